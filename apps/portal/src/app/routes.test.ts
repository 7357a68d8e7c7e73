import { describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { allows, navFor } from "./access";
import { routes } from "./routes";

const links = (role: Parameters<typeof navFor>[1]) =>
  Object.fromEntries(navFor(routes, role).map((s) => [s.section, s.links.map((l) => l.to)]));

const lookup = (key: string): unknown =>
  key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);

describe("the route table", () => {
  it("lists each path once", () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it("names every navigation link with a key the dictionaries have", () => {
    for (const r of routes)
      for (const n of r.nav ?? []) {
        expect(typeof lookup(n.label), n.label).toBe("string");
        if (n.count) expect(lookup(n.count.label), n.count.label).toMatch(/{{count}}/);
      }
  });

  it("only lists a page in a section whose readers may open it", () => {
    const reader = {
      secretariat: "analyst",
      donor: "provider",
      state: "state",
      admin: "admin",
    } as const;
    for (const r of routes)
      for (const n of r.nav ?? []) {
        if (!r.access || n.section === "explore" || n.section === "mine") continue;
        expect(allows(r.access, reader[n.section]), `${r.path} in ${n.section}`).toBe(true);
      }
  });
});

describe("who may open a guarded page", () => {
  it("keeps the signed-out visitor out of every guarded page", () => {
    for (const r of routes) if (r.access) expect(allows(r.access, "public"), r.path).toBe(false);
  });

  it("lets the secretariat into State and donor pages, but not a State into a donor's", () => {
    expect(allows("state", "analyst")).toBe(true);
    expect(allows("donor", "analyst")).toBe(true);
    expect(allows("donor", "state")).toBe(false);
    expect(allows("state", "provider")).toBe(false);
    expect(allows("stateOrDonor", "provider")).toBe(true);
    expect(allows("secretariat", "state")).toBe(false);
  });

  it("keeps the administration pages to the administrator, not the analyst", () => {
    expect(allows("admin", "admin")).toBe(true);
    expect(allows("admin", "analyst")).toBe(false);
    const adminPaths = routes.filter((r) => r.access === "admin").map((r) => r.path);
    expect(adminPaths).toEqual(["/admin/users", "/admin/audit", "/admin/outbox"]);
  });
});

describe("the side navigation, read from the route table", () => {
  it("shows the public only the pages to explore", () => {
    expect(links("public")).toEqual({
      explore: ["/", "/needs", "/offers", "/expertise", "/experts", "/analytics"],
    });
  });

  it("gives a State focal point its work and its own section, in order", () => {
    const nav = links("state");
    expect(Object.keys(nav)).toEqual(["mine", "explore", "state"]);
    expect(nav.mine).toEqual(["/inbox", "/engagements", "/messages", "/subscriptions"]);
    expect(nav.state).toEqual([
      "/my/needs",
      "/my/needs/new",
      "/ingest",
      "/expertise/new",
      "/questionnaire",
      "/my/assistance",
      "/my/experts",
    ]);
  });

  it("gives a donor its offers, matches and coverage", () => {
    expect(links("provider").donor).toEqual([
      "/my/offers",
      "/matches",
      "/coverage",
      "/expertise/new",
      "/experts/new",
    ]);
  });

  it("gives the administrator the secretariat's section and the administration", () => {
    const nav = links("admin");
    expect(Object.keys(nav)).toEqual(["mine", "explore", "secretariat", "admin"]);
    expect(nav.secretariat).toEqual([
      "/review",
      "/programmes",
      "/import",
      "/ingest",
      "/questionnaire/answers",
      "/findings",
      "/experts/new",
      "/my/assistance",
      "/my/experts",
    ]);
    expect(nav.admin).toEqual(["/admin/users", "/admin/audit", "/admin/outbox"]);
    expect(links("analyst").admin).toBeUndefined();
  });

  it("words the same page for each reader: the secretariat reads recommended experts, a State recommends one", () => {
    const label = (role: "analyst" | "state") =>
      navFor(routes, role)
        .flatMap((s) => s.links)
        .find((l) => l.to === "/my/experts")?.label;
    expect(label("analyst")).toBe("nav.recommendedExperts");
    expect(label("state")).toBe("nav.recommendExpert");
  });
});
