/**
 * Search across languages (issue 13), on every backend: accents and case, stems, concepts named
 * in another language, the four lists and the global search, visibility kept, and documents
 * built by every way a record arrives (API writers, the import, rows written without one).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchVersion } from "@tahub/engine";
import { forgetSearchState, indexPending } from "../src/services/search.js";
import { backends } from "./backends.js";
import { createHarness, type Harness } from "./harness.js";
import { must } from "./must.js";

const b64 = (s: string) => Buffer.from(s).toString("base64");

const TEXTS = {
  assetRecovery: "Support to set up an asset recovery office and trace stolen assets abroad",
  whistle: "Legislative assistance to draft a whistle-blower protection law (art. 33)",
  strategic: "Appui à une analyse stratégique des risques de corruption dans les marchés publics",
  lanceur: "Formation des juges sur le statut du lanceur d'alerte",
  judges: "Training of judges on the criminal procedure code (art. 11)",
  secret: "Confidential asset recovery case with a neighbouring State",
} as const;

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`search on ${backend.name}`, () => {
    let h: Harness;
    const ids = {} as Record<keyof typeof TEXTS, string>;
    const texts = async (q: string, role: "analyst" | "public" = "analyst") =>
      (await (await h.as(role)).needs.list({ q, limit: 50 })).items.map((n) => n.text).sort();

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
      const analyst = await h.as("analyst");
      for (const [key, text] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
        const n = await analyst.needs.create({
          state: "KEN",
          text,
          ...(key === "secret" ? { confidentiality: "secretariat-only" as const } : {}),
        });
        ids[key] = n.id;
      }
    }, 300_000);
    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    it("is accent- and case-insensitive", async () => {
      expect(await texts("analyse strategique")).toEqual([TEXTS.strategic]);
      expect(await texts("ANALYSE STRATÉGIQUE")).toEqual([TEXTS.strategic]);
    });

    it("stems each language: a plural finds the singular", async () => {
      // ...and, through the glossary, the English record on the same thing.
      expect(await texts("lanceurs")).toEqual([TEXTS.whistle, TEXTS.lanceur].sort());
      expect(await texts("recoveries office")).toEqual([TEXTS.assetRecovery]);
    });

    it("finds English needs from a concept named in French or Spanish, and the reverse", async () => {
      expect(await texts("recouvrement des avoirs")).toEqual(
        [TEXTS.assetRecovery, TEXTS.secret].sort(),
      );
      expect(await texts("recuperación de activos")).toEqual(
        [TEXTS.assetRecovery, TEXTS.secret].sort(),
      );
      expect(await texts("lanceur d'alerte")).toEqual([TEXTS.whistle, TEXTS.lanceur].sort());
      expect(await texts("whistle-blowers")).toEqual([TEXTS.whistle, TEXTS.lanceur].sort());
      // Every word must still match: the concept does not stand for words it does not cover.
      expect(await texts("recouvrement des avoirs juges")).toEqual([]);
    });

    it("keeps the visibility rules: a restricted need stays out of reach of the public", async () => {
      expect(await texts("recouvrement des avoirs", "public")).toEqual([TEXTS.assetRecovery]);
      const hits = await (await h.as("public")).search.global({ q: "asset recovery", limit: 50 });
      expect(hits.map((x) => x.id)).not.toContain(ids.secret);
    });

    it("searches offers, the knowledge bank and experts the same way", async () => {
      const provider = await h.as("provider");
      await provider.offers.create({
        providerId: h.ids.provider,
        title: "Asset recovery mentoring",
        description: "Mentoring of asset recovery practitioners on tracing stolen assets",
        modalities: ["mentoring"],
      });
      await provider.expertise.create({
        providerId: h.ids.provider,
        title: "Whistle-blower hotline design",
        description: "How we built and staffed a protected reporting hotline",
      });
      await provider.experts.upsert({
        expert: {
          name: "Aster Vale",
          summary: "Prosecutor specialised in the recovery of stolen assets",
          languages: ["en"],
          articles: [51],
          areas: ["asset recovery"],
          education: [],
          employment: [],
          assignments: [],
          publications: [],
          availability: {},
          consentToList: true,
        },
      });
      const pub = await h.as("public");
      const offers = await pub.offers.list({ q: "recouvrement des avoirs" });
      expect(offers.items.map((o) => o.title)).toEqual(["Asset recovery mentoring"]);
      const kb = await pub.expertise.list({ q: "lanceurs d'alerte" });
      expect(kb.items.map((e) => e.title)).toEqual(["Whistle-blower hotline design"]);
      const experts = await pub.experts.list({ q: "recuperación de activos" });
      expect(experts.items.map((e) => e.name)).toEqual(["Aster Vale"]);
      // The global search finds the expert by CV too, not only by name.
      const global = await pub.search.global({ q: "recouvrement des avoirs", limit: 50 });
      expect(new Set(global.map((x) => x.kind))).toEqual(new Set(["need", "offer", "expert"]));
    });

    it("answers 'Kenya' with Kenya only among States, with ids the portal can word", async () => {
      const hits = await (await h.as("public")).search.global({ q: "Kenya", limit: 50 });
      expect(hits.filter((x) => x.kind === "state")).toEqual([
        expect.objectContaining({ id: "KEN", state: "KEN" }),
      ]);
      const civ = await (await h.as("public")).search.global({ q: "Ivory Coast", limit: 50 });
      expect(civ.filter((x) => x.kind === "state").map((x) => x.id)).toEqual(["CIV"]);
    });

    it("writes the document on create and update, so no rebuild is needed", async () => {
      const row = await h.db.prisma.need.findUniqueOrThrow({ where: { id: ids.judges } });
      expect(row.search).toContain(searchVersion());
      expect(row.search).toContain("judg");
      const analyst = await h.as("analyst");
      const n = await analyst.needs.byId({ id: ids.judges });
      await analyst.needs.update({
        id: n.id,
        version: n.version,
        text: "Training of prosecutors on the criminal procedure code (art. 11)",
      });
      const after = await h.db.prisma.need.findUniqueOrThrow({ where: { id: ids.judges } });
      expect(after.search).toContain("prosecutor");
      expect(after.search).not.toContain("judg");
      expect(await indexPending(h.db.prisma)).toEqual({ indexed: 0 });
    });

    it("fills the document of imported needs in the same INSERT", async () => {
      const analyst = await h.as("analyst");
      const csv = "state,text\nKEN,Renforcement du recouvrement des avoirs volés\n";
      await analyst.import.needs({ filename: "fr.csv", contentBase64: b64(csv) });
      const row = await h.db.prisma.need.findFirstOrThrow({
        where: { text: { startsWith: "Renforcement du recouvrement" } },
      });
      expect(row.search).toEqual(expect.arrayContaining([searchVersion(), "c:asset-recovery"]));
      expect(await texts("asset recovery")).toContain(row.text);
    });

    it("builds missing documents before searching, and rebuilds one whose text changed behind the API", async () => {
      // A row written without a document (another writer, the demo data, SQL).
      const bare = await h.db.prisma.need.create({
        data: { stateId: "KEN", cycle: 2, text: "Étude sur les marchés publics de l'État" },
      });
      expect(bare.search).toEqual([]);
      expect(await texts("etude marches")).toEqual([bare.text]);
      // Text changed by SQL: the trigger empties the stale document, the next search rebuilds it.
      await h.db.prisma
        .$executeRaw`UPDATE "Need" SET text = 'Rapport sur la gestion des archives' WHERE id = ${bare.id}`;
      const stale = await h.db.prisma.need.findUniqueOrThrow({ where: { id: bare.id } });
      expect(stale.search).toEqual([]);
      expect(await texts("etude marches")).toEqual([]);
      expect(await texts("gestion archives")).toEqual(["Rapport sur la gestion des archives"]);
    });

    it("rebuilds documents of an older version (a changed lexicon) on the next pass", async () => {
      await h.db.prisma.$executeRaw`UPDATE "Offer" SET search = ARRAY['~v0', 'old']::text[]`;
      forgetSearchState(h.db.prisma);
      const offers = await (await h.as("public")).offers.list({ q: "recuperacion de activos" });
      expect(offers.items.map((o) => o.title)).toEqual(["Asset recovery mentoring"]);
      const row = await h.db.prisma.offer.findFirstOrThrow();
      expect(row.search).toContain(searchVersion());
    });
  });
}
