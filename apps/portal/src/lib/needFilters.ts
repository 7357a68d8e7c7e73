import type { RouterInputs } from "./trpc";

type NeedListInput = RouterInputs["needs"]["list"];

/** Turns the explorer's URL parameters into `needs.list` input, dropping empty and invalid values. */
export function needListInput(params: URLSearchParams): NonNullable<NeedListInput> {
  const input: Record<string, unknown> = {};
  const cycle = params.get("cycle");
  if (cycle === "1" || cycle === "2") input.cycle = Number(cycle);
  const article = Number(params.get("article"));
  if (Number.isInteger(article) && article >= 1 && article <= 71) input.article = article;
  for (const key of [
    "chapter",
    "category",
    "region",
    "status",
    "state",
    "q",
    "sort",
    "order",
  ] as const) {
    const v = params.get(key)?.trim();
    if (v) input[key] = v;
  }
  return input;
}
