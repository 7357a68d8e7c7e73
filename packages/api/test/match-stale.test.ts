/**
 * A need's match page right after a write, while the match index is rebuilt (docs/matching.md,
 * "Rebuilding after a write"). The server lets such a page be answered from the last index
 * built; these tests hold the rebuild open and check what that answer may and may not say:
 * the need is read as it is now, nothing withdrawn, restricted since or no longer shared shows,
 * and records written since appear once the rebuild is done.
 */
import { dataVersion } from "@tahub/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildMatchData, createMatcherService } from "../src/services/matcher.js";
import { createHarness, type Harness } from "./harness.js";

let h: Harness;
let need: string;
let fiuOffer: string;
let procurementOffer: string;
let similarNeed: string;
let sharedNeed: string;

/** A rebuild the test holds until `release`, and how many builds ran at once. */
const builds = { held: null as Promise<void> | null, running: 0, mostAtOnce: 0, count: 0 };
let release = () => {};

function hold() {
  builds.held = new Promise<void>((resolve) => {
    release = () => {
      builds.held = null;
      resolve();
    };
  });
}

const matcher = createMatcherService(dataVersion, {
  staleAfterMs: 20,
  async build(db, reuse) {
    builds.count++;
    builds.running++;
    builds.mostAtOnce = Math.max(builds.mostAtOnce, builds.running);
    try {
      await builds.held;
      return await buildMatchData(db, reuse);
    } finally {
      builds.running--;
    }
  },
});

const FIU =
  "Training for the financial intelligence unit on the analysis of suspicious transaction reports";

beforeAll(async () => {
  h = await createHarness();
  h.services.matcher = matcher;
  const p = h.db.prisma;
  const admin = await h.as("admin");
  need = (await (await h.as("state")).needs.create({ state: "KEN", text: FIU, articles: [58] })).id;
  const offer = (title: string, description: string, articles: number[]) =>
    admin.offers.create({
      providerId: h.ids.otherProvider,
      title,
      description,
      modalities: ["training"],
      articles,
    });
  fiuOffer = (await offer("FIU analyst training", FIU, [58])).id;
  // Stays public: had the need been read from the old index, this would still rank first.
  await offer("FIU mentoring", `Mentoring. ${FIU}`, [58]);
  procurementOffer = (
    await offer(
      "Electronic procurement systems",
      "Design of electronic public procurement systems and rules for open tenders",
      [9],
    )
  ).id;
  const peru = await h.as("otherState");
  similarNeed = (
    await peru.needs.create({
      state: "PER",
      text: "Training of financial intelligence unit analysts on suspicious transaction reports",
      articles: [58],
    })
  ).id;
  sharedNeed = (
    await peru.needs.create({
      state: "PER",
      text: "Financial intelligence unit training on suspicious transaction reports analysis",
      articles: [58],
      confidentiality: "secretariat-only",
    })
  ).id;
  await p.needShare.create({ data: { needId: sharedNeed, providerId: h.ids.provider } });
}, 300_000);
afterAll(() => h?.close());

describe("a need's matches while the index is rebuilt after a write", () => {
  it("answers from the index of the data as it was, before any write", async () => {
    const m = await (await h.as("public")).match.forNeed({ needId: need });
    expect(m.offers.slice(0, 2).map((o) => o.id)).toContain(fiuOffer);
    const shared = await (await h.as("provider")).match.similar({ needId: need });
    expect(shared.map((s) => s.id)).toEqual(expect.arrayContaining([similarNeed, sharedNeed]));
  });

  it("reads the need itself as it is now and leaves out what was withdrawn, restricted or unshared since", async () => {
    await matcher.data(h.db.prisma); // the index of the data before the writes
    hold();
    const p = h.db.prisma;
    await p.need.update({
      where: { id: need },
      data: { text: "Rules for electronic public procurement and open tenders", articles: [9] },
    });
    await p.offer.update({ where: { id: fiuOffer }, data: { confidentiality: "secretariat-only" } });
    await p.need.update({ where: { id: similarNeed }, data: { status: "withdrawn" } });
    await p.needShare.updateMany({
      where: { needId: sharedNeed },
      data: { revokedAt: new Date() },
    });
    const newOffer = await p.offer.create({
      data: {
        providerId: h.ids.otherProvider,
        title: "Procurement rules",
        description: "Drafting rules for electronic public procurement and open tenders",
        modalities: ["training"],
        articles: [9],
      },
    });

    const m = await (await h.as("public")).match.forNeed({ needId: need });
    // The rebuild is still held: this answer came from the index built before the writes.
    expect(builds.held).not.toBeNull();
    expect(m.offers[0]?.id).toBe(procurementOffer);
    expect(m.offers[0]?.reasons).toContainEqual({ kind: "shared-articles", articles: [9] });
    expect(m.offers.map((o) => o.id)).not.toContain(fiuOffer);
    expect(m.offers.map((o) => o.id)).not.toContain(newOffer.id);
    expect(JSON.stringify(m)).not.toContain(similarNeed);
    const similar = await (await h.as("provider")).match.similar({ needId: need });
    expect(similar.map((s) => s.id)).not.toContain(similarNeed);
    expect(similar.map((s) => s.id)).not.toContain(sharedNeed);
    const partners = await (await h.as("provider")).match.partners({ needId: need });
    expect(JSON.stringify(partners)).not.toContain(sharedNeed);

    // Whoever needs the data as written (`data`) waits for the rebuild.
    let waited = true;
    const strict = matcher.data(h.db.prisma).then(() => (waited = false));
    await new Promise((r) => setTimeout(r, 50));
    expect(waited).toBe(true);

    release();
    await strict;
    await matcher.settled();
    const after = await (await h.as("public")).match.forNeed({ needId: need });
    expect(after.offers.map((o) => o.id)).toContain(newOffer.id);
    // Writes during a build queue the next build: never two at once.
    expect(builds.mostAtOnce).toBe(1);
  });

  it("without a stale allowance, waits for the rebuild after every write", async () => {
    const strictService = createMatcherService(dataVersion);
    const before = await strictService.current(h.db.prisma);
    expect(before.fresh).toBe(true);
    await h.db.prisma.offer.update({ where: { id: procurementOffer }, data: { title: "E-procurement" } });
    const after = await strictService.current(h.db.prisma);
    expect(after.fresh).toBe(true);
    expect(after.data).not.toBe(before.data);
  });

  it("does not keep a failed build: the next call builds again", async () => {
    let fail = true;
    const flaky = createMatcherService(dataVersion, {
      build: (db, reuse) => (fail ? Promise.reject(new Error("lost")) : buildMatchData(db, reuse)),
    });
    await expect(flaky.data(h.db.prisma)).rejects.toThrow("lost");
    fail = false;
    await expect(flaky.data(h.db.prisma)).resolves.toHaveProperty("index");
  });
});
