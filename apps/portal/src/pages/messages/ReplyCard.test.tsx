import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import { ReplyCard } from "./ReplyCard";

afterEach(cleanup);

describe("the reply box", () => {
  it("sends what was typed and empties the box only once the reply is stored", () => {
    const onSend = vi.fn<(body: string, clear: () => void) => void>();
    render(<ReplyCard onSend={onSend} pending={false} error={null} />);
    const box = screen.getByRole<HTMLTextAreaElement>("textbox");
    fireEvent.change(box, { target: { value: "We can start in May." } });
    fireEvent.click(screen.getByRole("button"));
    expect(onSend).toHaveBeenCalledOnce();
    const [body, clear] = onSend.mock.calls[0] ?? [];
    expect(body).toBe("We can start in May.");
    expect(box.value).toBe("We can start in May.");
    act(() => clear?.());
    expect(screen.getByRole<HTMLTextAreaElement>("textbox").value).toBe("");
  });

  it("cannot be sent twice while sending, and says when it was sent", () => {
    render(<ReplyCard onSend={() => undefined} pending error={null} sent />);
    expect(screen.getByRole<HTMLButtonElement>("button").disabled).toBe(true);
    expect(screen.getByRole("status").textContent).not.toBe("");
  });

  it("words the API's refusal", () => {
    render(<ReplyCard onSend={() => undefined} pending={false} error={new Error("x")} />);
    expect(screen.getByRole("alert")).toBeTruthy();
  });
});
