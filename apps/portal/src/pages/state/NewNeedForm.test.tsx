import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import "../../i18n";
import { recordingTrpc } from "../../lib/recordingTrpc";
import { NewNeedForm } from "./NewNeedForm";
import { useNewNeed } from "./useNewNeed";

afterEach(cleanup);

function Form() {
  return <NewNeedForm need={useNewNeed()} />;
}

describe("the new need form", () => {
  it("sends the need as typed, with its articles parsed, as a cycle-2 need", async () => {
    const { calls, wrap } = recordingTrpc();
    render(wrap(<Form />));
    fireEvent.change(screen.getByLabelText(/Need/), {
      target: { value: "Training for procurement officers on e-procurement" },
    });
    fireEvent.change(screen.getByLabelText(/Articles/), { target: { value: "9, 12" } });
    fireEvent.click(screen.getByRole("checkbox"));
    fireEvent.submit(screen.getByRole("button", { name: /Add|Save|Submit/ }));
    await waitFor(() => expect(calls.some((c) => c.path === "needs.create")).toBe(true));
    expect(calls.find((c) => c.path === "needs.create")?.input).toMatchObject({
      text: "Training for procurement officers on e-procurement",
      articles: [9, 12],
      cycle: 2,
      language: "en",
      confidentiality: "public",
      genderResponsive: true,
    });
  });
});
