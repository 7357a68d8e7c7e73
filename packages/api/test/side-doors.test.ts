/**
 * The generated side-door test (issue 12). Every kind of record is seeded with a restricted
 * marker: a made-up word no other record contains. Then EVERY read procedure of the router
 * (found by walking it, so a new one cannot be forgotten) is called as every role, on every
 * backend. A marker may appear in an answer only for the roles allowed to read its record, and
 * each of those roles must meet it somewhere: the readers see exactly what they may.
 *
 * Look-ups by id assert outcome codes: OK for a reader, NOT_FOUND (never FORBIDDEN, which would
 * confirm the record exists) for everyone else.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/index.js";
import { backends } from "./backends.js";
import { createHarness, outcome, ROLES, type Harness, type TestRole } from "./harness.js";
import { must } from "./must.js";
import { seed, type Seeded } from "./side-doors-seed.js";

type Caller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;

const SECRETARIAT: TestRole[] = ["admin", "analyst"];
const PROVIDERS: TestRole[] = ["provider", "otherProvider"];

/** Each marker, the record that carries it, and who may read it. */
const MARKERS = {
  // Peru (otherState) owns these needs; a State always reads its own.
  Zephyrine: ["need, secretariat-only", [...SECRETARIAT, "otherState"]],
  Quillwort: ["need, donors and secretariat", [...SECRETARIAT, "otherState", ...PROVIDERS]],
  // otherProvider owns these offers.
  Brindlemoss: ["offer, secretariat-only", [...SECRETARIAT, "otherProvider"]],
  Cobaltine: ["offer, donors and secretariat", [...SECRETARIAT, ...PROVIDERS]],
  Driftpebble: ["knowledge-bank entry, secretariat-only", [...SECRETARIAT, "otherState"]],
  // An expert who did not consent to be listed: the secretariat manages the entry.
  // otherProvider added this expert without consent: it sees its own entry, to complete it.
  Emberquail: ["expert without consent", [...SECRETARIAT, "otherProvider"]],
  // An expert's address: only those who keep the entry, its owning provider (otherProvider) and
  // the secretariat (issue 15: others write through the platform, which shows no address).
  "fernwhistle@experts.test": ["listed expert's e-mail", [...SECRETARIAT, "otherProvider"]],
  "glimmerfen@kb.test": ["public knowledge-bank contact", [...SECRETARIAT, ...PROVIDERS, "state"]],
  Larkspurtine: ["engagement on a restricted need", [...SECRETARIAT, "otherState"]],
  // Messages of an engagement's history are the parties' exchange (issue 15): Kenya accepted
  // otherProvider's proposal on its public need with this message.
  Marigoldfen: ["State's message on an engagement", [...SECRETARIAT, "state", "otherProvider"]],
  // Peru accepted the secretariat's proposal for `provider` on the secretariat-only need: the
  // provider may not read the need, so neither the engagement nor the inbox may tell it.
  Nightjarrow: ["message on a restricted need's engagement", [...SECRETARIAT, "otherState"]],
  // Reviewers' findings (issue 14, part 6) are the secretariat's: not even Kenya reads its own.
  Umbervale: ["reviewers' finding of Kenya", SECRETARIAT],
  // donors (issue 15, deliverable 4): messages are their two parties' only, not the
  // secretariat's. `provider` writes to Kenya, and to the listed expert of otherProvider (who
  // has an address and consent, so the mail goes to the expert and no platform user answers).
  Wrenbramble: ["provider's message to Kenya", ["provider", "state"]],
  Thistledown: ["provider's message to a listed expert", ["provider"]],
  // ---- States (issue 15, deliverable 3; docs/states.md)
  // Peru consented to share this secretariat-only need with `provider` only.
  Saffronlark: [
    "restricted need shared with one provider",
    [...SECRETARIAT, "otherState", "provider"],
  ],
  // The earlier wording of Peru's restricted need: its history is the State's and the secretariat's.
  Briarcombe: ["a need's earlier wording (revision)", [...SECRETARIAT, "otherState"]],
  Oleanderquist: ["State's correction proposal", [...SECRETARIAT, "otherState"]],
  Wisteriaplume: ["assistance a State received", [...SECRETARIAT, "otherState"]],
  // A recommended person's contact: the secretariat's only, not even the recommending State's.
  "heronsbill@rec.test": ["recommended expert's contact", SECRETARIAT],
  // A public need Peru withdrew: out of every list, search, match and export but its State's
  // and the secretariat's.
  Moonquarry: ["withdrawn public need", [...SECRETARIAT, "otherState"]],
  // ---- end States
} as const satisfies Record<string, readonly [string, readonly TestRole[]]>;
type Marker = keyof typeof MARKERS;

/** An analytics question whose filters the restricted needs pass (issue 14, part 2). */
const ANALYTICS_FILTERED = {
  filters: { states: ["KEN", "PER"], cycle: 2, genderResponsive: false },
};

type Inputs = Record<string, unknown[]>;

/** Every marker's word, for the searches and `q` filters. */
const WORDS = Object.keys(MARKERS).map((m) => must(m.split("@")[0]));

/** The reference data, search, and the records' lists and look-ups. */
function recordInputs(s: Seeded): Inputs {
  return {
    "auth.me": [undefined],
    "convention.articles": [undefined],
    "convention.chapters": [undefined],
    "convention.clusters": [undefined],
    "convention.categories": [undefined],
    "states.list": [{}],
    "search.global": WORDS.map((q) => ({ q })),
    "needs.list": [{ limit: 200 }, ...WORDS.map((q) => ({ q, limit: 200 }))],
    "needs.byId": [
      s.publicNeed,
      ...Object.values(s.needs),
      // States (issue 15): a shared and a withdrawn need
      s.states.shared,
      s.states.withdrawn,
    ].map((id) => ({ id })),
    "needs.duplicates": ["PER", "KEN"].map((state) => ({
      state,
      text: "Support for the protection of informants who report procurement fraud (art. 33)",
    })),
    "classify.text": [{ text: "Protection of informants in procurement audits (art. 33)" }],
    "classify.queue": [{}],
    "offers.list": [{ limit: 200 }, ...WORDS.map((q) => ({ q, limit: 200 }))],
    "offers.byId": Object.values(s.offers).map((id) => ({ id })),
    "expertise.list": [{ limit: 200 }, ...WORDS.map((q) => ({ q, limit: 200 }))],
    "expertise.byId": Object.values(s.expertise).map((id) => ({ id })),
    "experts.list": [{ limit: 200 }, ...WORDS.map((q) => ({ q, limit: 200 }))],
    "experts.balance": [undefined],
    "experts.byId": Object.values(s.experts).map((id) => ({ id })),
  };
}

/** Providers, engagements, the inbox, messages and the matcher. */
function exchangeInputs(s: Seeded, h: Harness): Inputs {
  const need = { needId: s.publicNeed };
  return {
    "providers.list": [{}],
    "providers.byId": [{ id: h.ids.provider }, { id: h.ids.otherProvider }],
    "engagements.list": [{}, { needId: s.publicNeed }, { mine: true }],
    "engagements.byId": Object.values(s.engagements).map((id) => ({ id })),
    "inbox.list": [{}, { unreadOnly: true, limit: 200 }],
    "inbox.unread": [undefined],
    // donors (issue 15, deliverables 4-5)
    "analytics.evaluations": [undefined, { filters: ANALYTICS_FILTERED.filters }],
    "admin.users": [{}],
    "messages.list": [{}, { unreadOnly: true, limit: 200 }],
    "messages.byId": Object.values(s.threads).map((id) => ({ id })),
    "messages.unread": [undefined],
    "messages.expertThread": [{ token: "x".repeat(43) }],
    "match.forNeed": [
      need,
      ...[...Object.values(s.needs), s.states.shared, s.states.withdrawn].map((needId) => ({
        needId,
      })),
    ],
    "match.partners": [need],
    "match.similar": [need],
    "match.forProvider": [{ providerId: h.ids.provider }, { providerId: h.ids.otherProvider }],
    "match.coverage": [{ providerId: h.ids.provider }, { providerId: h.ids.otherProvider }],
    "match.waiting": [{}, { region: "latin-american-caribbean", limit: 200 }, { article: 33 }],
    "match.regionalProgrammes": [{}, { minStates: 2 }, { region: "latin-american-caribbean" }],
  };
}

/** Analytics, questionnaires, the note, findings, notifications, exports and the audit trail. */
function reportInputs(): Inputs {
  return {
    "analytics.figures": [undefined, { periods: ["2020-01", "2099-12"] }, ANALYTICS_FILTERED],
    "analytics.crossTabs": [
      undefined,
      { grouping: "any" },
      { filters: ANALYTICS_FILTERED.filters },
    ],
    "analytics.supplyMatrix": [{}],
    "analytics.csv": [
      ...["I", "II", "III", "IV", "IV-any", "V", "VI", "matrix"].map((figure) => ({ figure })),
      ...["grouping-article", "region-article", "region-grouping"].map((figure) => ({
        figure,
        query: ANALYTICS_FILTERED,
      })),
    ],
    "questionnaire.questions": [undefined],
    "questionnaire.list": [{}],
    // The secretariat must name a State (`{}` is a BAD_REQUEST for it): each State by name.
    "questionnaire.latest": [{ state: "KEN" }, { state: "PER" }],
    "questionnaire.tally": [undefined],
    "questionnaire.export": [{ format: "csv" }, { format: "xlsx" }],
    "report.note": [
      { asAt: "2099-12-31", format: "md" },
      { asAt: "2099-12-31", periods: ["2020-01", "2099-12"], format: "docx" },
    ],
    "findings.list": [{}, { state: "KEN" }],
    "findings.compare": [undefined, { cycle: 2, chapter: "II", region: "african" }],
    "findings.compareCsv": [undefined, { cycle: 2, chapter: "II", asAt: "2023-09-15" }],
    // notifications & mail (issue 15)
    "subscriptions.list": [undefined],
    "subscriptions.feed": [{}],
    "outbox.list": [{}, { status: "queued" }, { to: "test.org", kind: "notification" }],
    "questionnaire.round": [undefined],
    // Every format the exports offer (there is no XLSX export: asking for one was a
    // BAD_REQUEST that showed nothing and so passed every check).
    "export.needs": ["csv", "json", "iati"].map((format) => ({ format })),
    "export.offers": ["csv", "json", "iati"].map((format) => ({ format })),
    "audit.list": [{}],
  };
}

/** States (issue 15, deliverable 3): histories, corrections, assistance, consents. */
function statesInputs(s: Seeded): Inputs {
  return {
    // ---- States (issue 15, deliverable 3)
    "needs.history": [
      s.states.withdrawn,
      s.publicNeed,
      s.states.shared,
      s.states.revised,
      ...Object.values(s.needs),
    ].map((id) => ({ id })),
    "corrections.list": [{}, { status: "pending" }],
    "assistance.list": [{}, { state: "PER" }],
    "recommendations.list": [{}, { status: "pending" }],
    "consents.list": [s.states.shared, s.states.revised].map((needId) => ({ needId })),
    // ---- end States
  };
}

/** The inputs each read procedure is called with: every record it could reveal. */
function readInputs(s: Seeded, h: Harness): Inputs {
  return {
    ...recordInputs(s),
    ...exchangeInputs(s, h),
    ...reportInputs(),
    ...statesInputs(s),
  };
}

function queryPaths(): string[] {
  const procedures = (
    appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } }
  )._def.procedures;
  return Object.entries(procedures)
    .filter(([, p]) => p._def.type === "query")
    .map(([path]) => path)
    .sort();
}

/** Text of an answer, with binary exports (base64 XLSX) decoded so markers inside are seen. */
function answerText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    typeof v === "string" && v.length > 200 && /^[A-Za-z0-9+/=]+$/.test(v)
      ? Buffer.from(v, "base64").toString("latin1")
      : v,
  );
}

for (const backend of backends()) {
  describe.skipIf(!backend.open)(`side doors on ${backend.name}`, () => {
    let h: Harness;
    let s: Seeded;
    /** role -> path -> text of every successful answer. */
    const seen = new Map<TestRole, Map<string, string>>();
    /** role -> "path input" -> outcome code. */
    const codes = new Map<TestRole, Map<string, string>>();

    beforeAll(async () => {
      h = await createHarness(must(backend.open));
      s = await seed(h);
      const inputs = readInputs(s, h);
      for (const role of ROLES) {
        const caller = (await h.as(role)) as unknown as Caller;
        const texts = new Map<string, string>();
        const outcomes = new Map<string, string>();
        for (const path of queryPaths()) {
          const [ns, proc] = path.split(".") as [string, string];
          let text = "";
          for (const input of inputs[path] ?? []) {
            let answer: unknown = null;
            const code = await outcome(
              must(must(caller[ns])[proc])(input).then((a) => {
                answer = a;
              }),
            );
            outcomes.set(`${path} ${JSON.stringify(input)}`, code);
            if (code === "OK") text += answerText(answer);
          }
          texts.set(path, text);
        }
        seen.set(role, texts);
        codes.set(role, outcomes);
      }
    }, 600_000);

    afterAll(async () => {
      await h?.close();
      await backend.cleanup();
    });

    it("calls every read procedure of the router (a new one needs its inputs here)", () => {
      expect(queryPaths().filter((p) => !(p in readInputs(s, h)))).toEqual([]);
    });

    // A call that fails for another reason (a wrong input, a crash) shows nothing, so it would
    // pass the leak checks while checking nothing: every call succeeds or is refused by role.
    it("answers every call with OK or a refusal, never an error that hides the answer", () => {
      const REFUSALS = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"];
      const failed: string[] = [];
      for (const role of ROLES)
        for (const [call, code] of must(codes.get(role)))
          if (code !== "OK" && !REFUSALS.includes(code)) failed.push(`${call} as ${role}: ${code}`);
      expect(failed).toEqual([]);
    });

    for (const [marker, [record, readers]] of Object.entries(MARKERS) as [
      Marker,
      (typeof MARKERS)[Marker],
    ][]) {
      it(`${record}: shown to exactly ${readers.join(", ")}`, () => {
        const leaks: string[] = [];
        const sawIt = new Set<TestRole>();
        for (const role of ROLES)
          for (const [path, text] of must(seen.get(role)))
            if (text.includes(marker)) {
              sawIt.add(role);
              if (!(readers as readonly TestRole[]).includes(role))
                leaks.push(`${role} via ${path}`);
            }
        expect(leaks, `"${marker}" leaked`).toEqual([]);
        expect([...sawIt].sort()).toEqual([...readers].sort());
      });
    }

    it("answers a look-up by id with OK for readers and NOT_FOUND for everyone else", () => {
      const byId: [string, string, Marker][] = [
        ["needs.byId", s.needs.Zephyrine, "Zephyrine"],
        ["needs.byId", s.needs.Quillwort, "Quillwort"],
        ["offers.byId", s.offers.Brindlemoss, "Brindlemoss"],
        ["offers.byId", s.offers.Cobaltine, "Cobaltine"],
        ["expertise.byId", s.expertise.Driftpebble, "Driftpebble"],
        ["experts.byId", s.experts.Emberquail, "Emberquail"],
        ["engagements.byId", s.engagements.Larkspurtine, "Larkspurtine"],
        // States (issue 15): shared with `provider` only; withdrawn
        ["needs.byId", s.states.shared, "Saffronlark"],
        ["needs.byId", s.states.withdrawn, "Moonquarry"],
      ];
      const wrong: string[] = [];
      for (const [path, id, marker] of byId)
        for (const role of ROLES) {
          const got = must(codes.get(role)).get(`${path} ${JSON.stringify({ id })}`);
          const want = (MARKERS[marker][1] as readonly TestRole[]).includes(role)
            ? "OK"
            : "NOT_FOUND";
          if (got !== want) wrong.push(`${path}(${marker}) as ${role}: ${got}, expected ${want}`);
        }
      expect(wrong).toEqual([]);
    });

    it("refuses a restricted record's id as a list cursor exactly as an unknown id", async () => {
      const pub = (await h.as("public")) as unknown as Caller;
      const lists: [string, string][] = [
        ["needs", s.needs.Zephyrine],
        ["offers", s.offers.Brindlemoss],
        ["expertise", s.expertise.Driftpebble],
        ["experts", s.experts.Emberquail],
      ];
      for (const [ns, id] of lists) {
        const answer = (cursor: string) =>
          must(must(pub[ns]).list)({ cursor, limit: 5 }).then(
            () => "OK",
            (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
          );
        expect(await answer(id), ns).toBe(await answer("no-such-record"));
        expect(await answer(id), ns).toMatch(/^BAD_REQUEST/);
      }
    });

    it("never names a restricted record's id to a role that may not read it", () => {
      const leaks: string[] = [];
      const restricted: [string, Marker][] = [
        [s.needs.Zephyrine, "Zephyrine"],
        [s.needs.Quillwort, "Quillwort"],
        [s.offers.Brindlemoss, "Brindlemoss"],
        [s.offers.Cobaltine, "Cobaltine"],
        [s.expertise.Driftpebble, "Driftpebble"],
        [s.experts.Emberquail, "Emberquail"],
        [s.engagements.Larkspurtine, "Larkspurtine"],
        [s.threads.Wrenbramble, "Wrenbramble"],
        [s.threads.Thistledown, "Thistledown"],
      ];
      for (const [id, marker] of restricted)
        for (const role of ROLES) {
          if ((MARKERS[marker][1] as readonly TestRole[]).includes(role)) continue;
          for (const [path, text] of must(seen.get(role)))
            if (text.includes(id)) leaks.push(`${marker} id to ${role} via ${path}`);
        }
      expect(leaks).toEqual([]);
    });
  });
}
