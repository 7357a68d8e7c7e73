import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../../i18n";
import { OfferActions } from "./OfferActions";

afterEach(cleanup);

function renderActions(status: string, confirming: boolean) {
  const props = {
    offer: { id: "o1", title: "Asset recovery mentoring", status },
    confirming,
    onConfirming: vi.fn(),
    closing: false,
    onClose: vi.fn(),
    reopening: false,
    onReopen: vi.fn(),
  };
  render(
    <MemoryRouter>
      <OfferActions {...props} />
    </MemoryRouter>,
  );
  return props;
}

describe("an offer's actions on the provider's own list", () => {
  it("an open offer asks before closing: the first click only asks to confirm", () => {
    const props = renderActions("open", false);
    fireEvent.click(screen.getByRole("button", { name: /Asset recovery mentoring/ }));
    expect(props.onConfirming).toHaveBeenCalledWith(true);
    expect(props.onClose).not.toHaveBeenCalled();
  });

  it("while confirming, yes closes the offer and cancel withdraws the question", () => {
    const props = renderActions("open", true);
    const group = screen.getByRole("group");
    const [yes, cancel] = group.querySelectorAll("button");
    fireEvent.click(yes as HTMLButtonElement);
    expect(props.onClose).toHaveBeenCalledOnce();
    fireEvent.click(cancel as HTMLButtonElement);
    expect(props.onConfirming).toHaveBeenCalledWith(false);
  });

  it("a closed offer is reopened at once, with no question", () => {
    const props = renderActions("closed", false);
    fireEvent.click(screen.getByRole("button", { name: /Asset recovery mentoring/ }));
    expect(props.onReopen).toHaveBeenCalledOnce();
    expect(screen.queryByRole("group")).toBeNull();
  });

  it("every offer links to its edit page", () => {
    renderActions("closed", false);
    expect(screen.getByRole("link").getAttribute("href")).toBe("/my/offers/o1");
  });
});
