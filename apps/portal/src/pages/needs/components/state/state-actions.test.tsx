import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../../../i18n";
import { ProposalList } from "./CorrectionForm";
import { editInput } from "./NeedEditForm";
import { RevisionList } from "./NeedRevisions";
import { ConsentList } from "./ShareConsents";
import type { NeedLike } from "./shared";

afterEach(cleanup);

const need: NeedLike = {
  id: "n1",
  version: 4,
  text: "Train judges",
  articles: [5, 6],
  confidentiality: "secretariat-only",
  genderResponsive: false,
  status: "identified",
};

describe("editing a need", () => {
  it("sends only what changed, with the version the edit started from", () => {
    const same = {
      text: "Train judges",
      articles: "5, 6",
      tier: "secretariat-only",
      gender: false,
    } as const;
    expect(editInput(need, same)).toEqual({ id: "n1", version: 4 });
    expect(editInput(need, { ...same, articles: "art. 5 and 7", gender: true })).toEqual({
      id: "n1",
      version: 4,
      articles: [5, 7],
      genderResponsive: true,
    });
  });
});

describe("a need's correction proposals", () => {
  it("shows each outcome with what was proposed and the secretariat's reason", () => {
    const proposals = [
      {
        id: "c1",
        status: "rejected",
        proposed: { categories: ["capacity-building"], articles: [9] },
        comment: "It is training",
        decisionReason: "Already grouped so",
      },
    ] as unknown as Parameters<typeof ProposalList>[0]["proposals"];
    const { container } = render(<ProposalList proposals={proposals} />);
    expect(screen.getByText("Rejected").className).toContain("danger");
    expect(container.textContent).toContain("Art. 9");
    expect(screen.getByText("Secretariat's reason: Already grouped so")).toBeTruthy();
  });

  it("shows nothing before the first proposal", () => {
    const { container } = render(<ProposalList proposals={[]} />);
    expect(container.textContent).toBe("");
  });
});

describe("a need's share consents", () => {
  const consents = [
    {
      id: "k1",
      provider: "GIZ",
      active: true,
      grantedBy: "Amina",
      grantedAt: "2026-02-01T00:00:00Z",
      expiresOn: "2026-12-31",
      revokedAt: null,
      revokedBy: null,
    },
    {
      id: "k2",
      provider: "UNDP",
      active: false,
      grantedBy: null,
      grantedAt: "2026-01-01T00:00:00Z",
      expiresOn: null,
      revokedAt: "2026-01-15T00:00:00Z",
      revokedBy: "Amina",
    },
  ] as unknown as Parameters<typeof ConsentList>[0]["consents"];

  it("says who gave each consent and when, until when, and who revoked it", () => {
    const { container } = render(
      <ConsentList consents={consents} onRevoke={() => undefined} busy={false} />,
    );
    const [giz, undp] = [...container.querySelectorAll("li")];
    expect(giz?.textContent).toContain("granted by Amina on Feb 1, 2026 · until Dec 31, 2026");
    expect(undp?.textContent).toContain("Ended");
    expect(undp?.textContent).toContain(
      "granted by — on Jan 1, 2026 · revoked by Amina on Jan 15, 2026",
    );
  });

  it("lets only an active consent be revoked", () => {
    const onRevoke = vi.fn();
    render(<ConsentList consents={consents} onRevoke={onRevoke} busy={false} />);
    const buttons = screen.getAllByRole("button", { name: "Revoke" });
    expect(buttons).toHaveLength(1);
    fireEvent.click(buttons[0] as HTMLElement);
    expect(onRevoke).toHaveBeenCalledWith("k1");
  });

  it("says when the need is shared with nobody", () => {
    render(<ConsentList consents={[]} onRevoke={() => undefined} busy={false} />);
    expect(screen.getByText("Not shared with any provider.")).toBeTruthy();
  });
});

describe("a need's revisions", () => {
  it("shows each change before and after, in words", () => {
    const revisions = [
      {
        version: 2,
        at: "2026-03-01T10:00:00Z",
        kind: "edit",
        by: "Amina",
        reason: null,
        changes: [
          { field: "articles", before: [5], after: [5, 6] },
          { field: "genderResponsive", before: false, after: true },
          { field: "sourceRef", before: null, after: "CAC/COSP/2021" },
        ],
      },
    ] as unknown as Parameters<typeof RevisionList>[0]["revisions"];
    const { container } = render(<RevisionList revisions={revisions} />);
    const dds = [...container.querySelectorAll("dd")].map((d) => d.textContent);
    expect(dds[0]).toMatch(/^Art\. 5.* → Art.* 5.*6/);
    expect(dds[1]).toBe("No → Yes");
    expect(dds[2]).toBe("— → CAC/COSP/2021");
    expect(container.textContent).toContain("Edited · Amina");
  });

  it("says there is no edit yet", () => {
    render(<RevisionList revisions={[]} />);
    expect(screen.getByText("No edits yet.")).toBeTruthy();
  });
});
