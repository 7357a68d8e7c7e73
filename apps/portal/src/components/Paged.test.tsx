import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "../i18n";
import { FilterBar, SelectFilter } from "./form";
import { LoadMore, pageItems, PagedList, type PagedQuery } from "./Paged";

const query = (over: Partial<PagedQuery> = {}): PagedQuery => ({
  isPending: false,
  isError: false,
  error: null,
  hasNextPage: false,
  isFetchingNextPage: false,
  fetchNextPage: vi.fn(() => Promise.resolve()),
  refetch: vi.fn(() => Promise.resolve()),
  ...over,
});

afterEach(cleanup);

describe("a paged list", () => {
  it("shows placeholder rows while the first page loads, not the list", () => {
    render(
      <PagedList list={query({ isPending: true })} count={0} empty="Nothing">
        <p>rows</p>
      </PagedList>,
    );
    expect(screen.getByRole("status", { name: "Loading…" })).toBeTruthy();
    expect(screen.queryByText("rows")).toBeNull();
  });

  it("says what failed and retries on request", () => {
    const list = query({ isError: true, error: new Error("boom") });
    render(
      <PagedList list={list} count={0} empty="Nothing">
        <p>rows</p>
      </PagedList>,
    );
    expect(screen.getByRole("alert")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(list.refetch).toHaveBeenCalledOnce();
  });

  it("shows the empty state when nothing matched", () => {
    render(
      <PagedList list={query()} count={0} empty="No users match">
        <p>rows</p>
      </PagedList>,
    );
    expect(screen.getByText("No users match")).toBeTruthy();
    expect(screen.queryByText("rows")).toBeNull();
  });

  it("shows the list, wrapped with its pager, and fetches the next page on request", () => {
    const list = query({ hasNextPage: true });
    const { container } = render(
      <PagedList list={list} count={2} empty="Nothing" wrap={(c) => <section>{c}</section>}>
        <p>rows</p>
      </PagedList>,
    );
    expect(container.querySelector("section p")?.textContent).toBe("rows");
    expect(container.querySelector("section .load-more")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(list.fetchNextPage).toHaveBeenCalledOnce();
  });
});

describe("the pager", () => {
  it("is absent on the last page", () => {
    const { container } = render(<LoadMore list={query()} />);
    expect(container.textContent).toBe("");
  });

  it("is disabled while the next page loads, and can say so", () => {
    render(<LoadMore list={query({ hasNextPage: true, isFetchingNextPage: true })} busyLabel />);
    const button = screen.getByRole("button", { name: "Loading…" });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it("joins the pages fetched so far, in order", () => {
    expect(pageItems({ pages: [{ items: [1, 2] }, { items: [3] }] })).toEqual([1, 2, 3]);
    expect(pageItems(undefined)).toEqual([]);
  });
});

describe("a filter bar", () => {
  it("offers 'Any' first and reports the choice, or '' for any", () => {
    const onChange = vi.fn();
    render(
      <FilterBar>
        <SelectFilter
          id="f"
          label="Status"
          value=""
          onChange={onChange}
          options={["open", "closed"] as const}
          optionLabel={(o) => o.toUpperCase()}
        />
      </FilterBar>,
    );
    expect(screen.getByRole("group", { name: "Filters" })).toBeTruthy();
    const select = screen.getByLabelText<HTMLSelectElement>("Status");
    expect([...select.options].map((o) => o.text)).toEqual(["Any", "OPEN", "CLOSED"]);
    fireEvent.change(select, { target: { value: "closed" } });
    expect(onChange).toHaveBeenLastCalledWith("closed");
  });

  it("is a form that applies its filters on submit when the page asks for one", () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <FilterBar label="Filter mail" onSubmit={onSubmit}>
        <button type="submit">Apply</button>
      </FilterBar>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(onSubmit).toHaveBeenCalledOnce();
    expect(screen.getByRole("form", { name: "Filter mail" })).toBeTruthy();
  });
});
