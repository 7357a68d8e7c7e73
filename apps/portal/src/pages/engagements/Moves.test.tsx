import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "../../i18n";
import { recordingTrpc } from "../../lib/recordingTrpc";
import type { RouterOutputs } from "../../lib/trpc";
import { evaluationOf } from "../../components/DacScores";
import { Moves } from "./Moves";

afterEach(cleanup);

function renderMoves(actions: string[]) {
  const { calls, wrap } = recordingTrpc();
  const e = { id: "e1", version: 3, needId: "n1", actions, proposedNeedStatus: null };
  render(
    wrap(<Moves e={e as unknown as RouterOutputs["engagements"]["byId"]} onReload={() => {}} />),
  );
  return calls;
}

describe("the moves on an engagement", () => {
  it("offers only the moves the API allows now", () => {
    renderMoves(["accept", "decline"]);
    expect(screen.getByRole("button", { name: "Accept" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Withdraw" })).toBeNull();
  });

  it("asks why before declining, and sends nothing until told", async () => {
    const calls = renderMoves(["accept", "decline"]);
    fireEvent.click(screen.getByRole("button", { name: "Decline" }));
    expect(screen.getByRole("alert").textContent).toBe("Say why you decline the proposal.");
    expect(calls).toEqual([]);
    fireEvent.change(screen.getByLabelText("Message (required to decline)"), {
      target: { value: " Out of scope " },
    });
    fireEvent.click(screen.getByRole("button", { name: "Decline" }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]).toEqual({
      path: "engagements.move",
      input: { id: "e1", version: 3, move: "decline", message: "Out of scope" },
    });
  });
});

describe("an evaluation as the engagement page sends it", () => {
  it("sends each scored OECD-DAC criterion as a number", () => {
    expect(evaluationOf({ relevance: "4", coherence: "2" })).toEqual({
      relevance: { score: 4 },
      coherence: { score: 2 },
    });
  });

  it("leaves out the criteria put back to 'not scored'", () => {
    expect(evaluationOf({ relevance: "", impact: "3" })).toEqual({ impact: { score: 3 } });
    expect(evaluationOf({ relevance: "" })).toEqual({});
  });
});
