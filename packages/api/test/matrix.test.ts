/* eslint-disable max-lines -- the role x procedure table is data: one row per procedure of the API (about 170), which the first test requires to be complete */
/**
 * The role x procedure matrix: every procedure of the API, called as every role, is either
 * allowed (succeeds) or refused (UNAUTHORIZED / FORBIDDEN, or NOT_FOUND for a record the caller
 * may not touch) exactly as this table says. A procedure added
 * to the router without a row here fails the first test, so nothing ships unreviewed.
 *
 * Allowed means the call succeeded, so a row's input must be valid for every allowed role: any
 * other answer (BAD_REQUEST from a wrong input, CONFLICT, a crash) fails the row with its code,
 * unless the row names it as `allowedAnswer` (docs/testing.md).
 */
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../src/index.js";
import { createHarness, outcome, ROLES, type Harness, type TestRole } from "./harness.js";
import { must } from "./must.js";

interface Fixtures {
  kenNeed: string;
  offer: string;
  engagement: string;
  provider: string;
  expert: string;
  expertise: string;
  subscription: string;
}

const ALL: TestRole[] = [...ROLES];
const USERS: TestRole[] = ROLES.filter((r) => r !== "public");
const SECRETARIAT: TestRole[] = ["admin", "analyst"];
/** Ownership procedures: the KEN focal point and the secretariat (fixtures belong to KEN). */
const KEN_OR_SECRETARIAT: TestRole[] = ["admin", "analyst", "state"];
/** Ownership procedures on the test provider's records. */
const PROVIDER_OR_SECRETARIAT: TestRole[] = ["admin", "analyst", "provider"];
const STATES_OR_SECRETARIAT: TestRole[] = ["admin", "analyst", "state", "otherState"];

const CSV = Buffer.from(
  "state,text,articles\nKEN,Training for asset declaration verifiers,52\n",
).toString("base64");

const FINDINGS_CSV = Buffer.from(
  "state,cycle,article,challenges,recommendations\nKEN,2,52,2,3\n",
).toString("base64");

const expert = {
  name: "Matrix Expert",
  languages: ["en"],
  consentToList: true,
};

const MATRIX: Record<
  string,
  {
    allowed: TestRole[];
    /** May read the database, e.g. for the version an update must name. */
    input: (f: Fixtures) => unknown;
    fresh?: boolean;
    /**
     * What an allowed call answers when, by design of the row, it cannot succeed (e.g. CONFLICT
     * for a stale version); say why beside it. Without it, allowed means OK and nothing else.
     */
    allowedAnswer?: "CONFLICT" | "PRECONDITION_FAILED";
  }
> = {
  "auth.login": {
    allowed: ALL,
    input: () => ({ email: "admin@test.org", password: "correct horse battery staple" }),
  },
  "auth.logout": { allowed: ALL, input: () => undefined, fresh: true },
  "auth.me": { allowed: ALL, input: () => undefined },
  "auth.setLocale": { allowed: USERS, input: () => ({ locale: "fr" }) },
  // notifications & mail (issue 15): password reset
  // A new address each call: one address may ask three times in 15 minutes.
  "auth.requestPasswordReset": {
    allowed: ALL,
    input: () => ({ email: `nobody${++resets}@test.org` }),
  },
  // Anyone holding a mailed token may use it (a fresh one for each call, for an account of its own).
  "auth.resetPassword": { allowed: ALL, input: () => resetToken() },
  "convention.articles": { allowed: ALL, input: () => undefined },
  "convention.chapters": { allowed: ALL, input: () => undefined },
  "convention.clusters": { allowed: ALL, input: () => undefined },
  "convention.categories": { allowed: ALL, input: () => undefined },
  "states.list": { allowed: ALL, input: () => ({}) },
  "search.global": { allowed: ALL, input: () => ({ q: "kenya" }) },
  "needs.list": { allowed: ALL, input: () => ({}) },
  "needs.byId": { allowed: ALL, input: (f) => ({ id: f.kenNeed }) },
  "needs.create": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({ state: "KEN", text: "Support for a whistle-blower protection law (art. 33)" }),
  },
  "needs.duplicates": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      text: "Training of the anti-corruption commission's investigators",
    }),
  },
  "needs.update": {
    allowed: KEN_OR_SECRETARIAT,
    input: async (f) => ({ id: f.kenNeed, version: await needVersion(f), genderResponsive: true }),
  },
  "needs.setStatus": {
    allowed: KEN_OR_SECRETARIAT,
    // Back and forth between two statuses, so every allowed caller makes a valid transition.
    input: async (f) => ({
      id: f.kenNeed,
      status: (await needRow(f)).status === "in-progress" ? "identified" : "in-progress",
    }),
  },
  "classify.text": { allowed: ALL, input: () => ({ text: "Legislative assistance (art. 52)" }) },
  "classify.batch": {
    allowed: SECRETARIAT,
    input: () => ({ texts: ["Training of FIU analysts"] }),
  },
  "classify.queue": { allowed: SECRETARIAT, input: () => ({}) },
  "classify.confirm": { allowed: SECRETARIAT, input: (f) => ({ needId: f.kenNeed }) },
  "classify.correct": {
    allowed: SECRETARIAT,
    input: async (f) => ({
      needId: f.kenNeed,
      version: await needVersion(f),
      category: "capacity-building",
      articles: [52],
    }),
  },
  "classify.retrain": { allowed: ["admin"], input: () => undefined },
  "offers.list": { allowed: ALL, input: () => ({}) },
  "offers.byId": { allowed: ALL, input: (f) => ({ id: f.offer }) },
  "offers.create": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: (f) => ({
      providerId: f.provider,
      title: "Peer review",
      description: "Peer review of integrity plans",
      modalities: ["peer-learning"],
    }),
  },
  "offers.update": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: async (f) => ({
      id: f.offer,
      version: (await h.db.prisma.offer.findUniqueOrThrow({ where: { id: f.offer } })).version,
      offer: {
        providerId: f.provider,
        title: "Risk assessment",
        description: "Corruption risk assessment training",
        modalities: ["training"],
      },
    }),
  },
  "offers.close": { allowed: PROVIDER_OR_SECRETARIAT, input: (f) => ({ id: f.offer }) },
  "offers.reopen": { allowed: PROVIDER_OR_SECRETARIAT, input: (f) => ({ id: f.offer }) },
  "expertise.list": { allowed: ALL, input: () => ({}) },
  "expertise.byId": { allowed: ALL, input: (f) => ({ id: f.expertise }) },
  "expertise.create": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      title: "E-procurement",
      description: "Our e-procurement reform",
    }),
  },
  "experts.list": { allowed: ALL, input: () => ({}) },
  "experts.balance": { allowed: ALL, input: () => undefined },
  "experts.byId": { allowed: ALL, input: (f) => ({ id: f.expert }) },
  "experts.upsert": {
    allowed: ["admin", "analyst", "provider", "otherProvider"],
    input: () => ({ expert }),
  },
  "providers.list": { allowed: ALL, input: () => ({}) },
  "providers.byId": { allowed: ALL, input: (f) => ({ id: f.provider }) },
  "providers.create": {
    allowed: ["admin"],
    input: () => ({ name: `Provider ${Math.random()}`, kind: "ngo" }),
  },
  "engagements.list": { allowed: ALL, input: () => ({}) },
  "engagements.create": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: (f) => ({ needId: f.kenNeed, providerId: f.provider }),
  },
  "engagements.update": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: async (f) => ({
      id: f.engagement,
      version: (await h.db.prisma.engagement.findUniqueOrThrow({ where: { id: f.engagement } }))
        .version,
      description: "Mentoring",
    }),
  },
  "engagements.byId": { allowed: ALL, input: (f) => ({ id: f.engagement }) },
  // Lifecycle moves: each call gets its own engagement in the status the move starts from.
  "engagements.move": {
    allowed: ["state"],
    input: async () => ({ ...(await freshEngagement("proposed")), move: "accept" }),
  },
  "engagements.evaluate": {
    // Both parties; the secretariat acts for the provider.
    allowed: KEN_OR_SECRETARIAT.concat("provider"),
    input: async () => ({
      ...(await freshEngagement("delivered")),
      evaluation: { relevance: { score: 3 } },
    }),
  },
  "engagements.decideNeedStatus": {
    allowed: ["state"],
    input: async () => ({
      ...(await freshEngagement("delivered", { proposedNeedStatus: "met" })),
      confirm: false,
    }),
  },
  "inbox.list": { allowed: USERS, input: () => ({}) },
  "inbox.unread": { allowed: USERS, input: () => undefined },
  "inbox.markRead": { allowed: USERS, input: () => ({ all: true }) },
  "match.forNeed": { allowed: ALL, input: (f) => ({ needId: f.kenNeed }) },
  "match.forProvider": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: (f) => ({ providerId: f.provider }),
  },
  "match.partners": { allowed: ALL, input: (f) => ({ needId: f.kenNeed }) },
  "match.similar": { allowed: ALL, input: (f) => ({ needId: f.kenNeed }) },
  "match.coverage": {
    allowed: PROVIDER_OR_SECRETARIAT,
    input: (f) => ({ providerId: f.provider }),
  },
  "match.waiting": { allowed: ALL, input: () => ({ region: "african" }) },
  "match.regionalProgrammes": { allowed: SECRETARIAT, input: () => ({ minStates: 3 }) },
  "analytics.figures": { allowed: ALL, input: () => undefined },
  "analytics.crossTabs": { allowed: ALL, input: () => undefined },
  "analytics.supplyMatrix": { allowed: ALL, input: () => ({}) },
  "analytics.csv": { allowed: ALL, input: () => ({ figure: "IV" }) },
  // notifications & mail (issue 14, part 5): the questionnaire's deadline
  "questionnaire.setDeadline": {
    allowed: SECRETARIAT,
    input: () => ({ deadline: "2099-06-30", remindDays: [7, 0] }),
  },
  "questionnaire.round": { allowed: USERS, input: () => undefined },
  "questionnaire.questions": { allowed: ALL, input: () => undefined },
  "questionnaire.submit": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({ state: "KEN", answers: { "2": { answer: "yes" } } }),
  },
  "questionnaire.list": { allowed: STATES_OR_SECRETARIAT, input: () => ({}) },
  "questionnaire.latest": { allowed: KEN_OR_SECRETARIAT, input: () => ({ state: "KEN" }) },
  "questionnaire.tally": { allowed: SECRETARIAT, input: () => undefined },
  "questionnaire.export": { allowed: SECRETARIAT, input: () => ({ format: "csv" }) },
  "report.note": { allowed: SECRETARIAT, input: () => ({ asAt: "2023-09-15", format: "md" }) },
  // Reviewers' findings (issue 14, part 6): the secretariat's alone, reads included.
  "findings.list": { allowed: SECRETARIAT, input: () => ({}) },
  "findings.record": {
    allowed: SECRETARIAT,
    input: () => ({ state: "KEN", cycle: 2, article: 12, challenges: 3, recommendations: 4 }),
  },
  "findings.remove": {
    allowed: SECRETARIAT,
    // Each call removes its own finding (a refused call's is replaced by the next one).
    input: async () => {
      const key = { stateId: "FRA", cycle: 2, article: 13 };
      await h.db.prisma.reviewFinding.deleteMany({ where: key });
      const f = await h.db.prisma.reviewFinding.create({
        data: { ...key, challenges: 1, recommendations: 1 },
      });
      return { id: f.id };
    },
  },
  "findings.import": {
    allowed: SECRETARIAT,
    input: () => ({ filename: "findings.csv", contentBase64: FINDINGS_CSV }),
  },
  "findings.compare": { allowed: SECRETARIAT, input: () => ({ cycle: 2, region: "african" }) },
  "findings.compareCsv": {
    allowed: SECRETARIAT,
    input: () => ({ cycle: 2, asAt: "2023-09-15" }),
  },
  // notifications & mail (issue 15): subscriptions, the outbox
  "subscriptions.list": { allowed: USERS, input: () => undefined },
  "subscriptions.create": {
    allowed: USERS,
    input: () => ({ target: "needs", frequency: "daily", articles: [52] }),
  },
  "subscriptions.remove": { allowed: USERS, input: (f) => ({ id: f.subscription }) },
  "subscriptions.feed": { allowed: USERS, input: () => ({}) },
  "outbox.list": { allowed: ["admin"], input: () => ({ status: "queued" }) },
  "outbox.retry": { allowed: ["admin"], input: () => ({ ids: ["no-such-mail"] }) },
  "import.needs": {
    allowed: SECRETARIAT,
    input: () => ({ filename: "needs.csv", contentBase64: CSV }),
  },
  // Executive-summary ingestion (issue 14, part 4): the secretariat, or a focal point for its own.
  "ingest.preview": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      chapter: "II",
      source: { text: "Kenya identified: (a) training of procurement auditors (art. 9)." },
    }),
  },
  "ingest.commit": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      chapter: "II",
      needs: [{ text: "Training of procurement auditors (art. 9)", articles: [9] }],
    }),
  },
  "export.needs": { allowed: ALL, input: () => ({ format: "csv" }) },
  "export.offers": { allowed: ALL, input: () => ({ format: "iati" }) },
  "audit.list": { allowed: ["admin"], input: () => ({}) },
  // ---- States (issue 15, deliverable 3; docs/states.md)
  "needs.history": { allowed: KEN_OR_SECRETARIAT, input: (f) => ({ id: f.kenNeed }) },
  "needs.withdraw": {
    allowed: KEN_OR_SECRETARIAT,
    // Each call withdraws its own fresh Kenyan need (a withdrawal is final).
    input: async () => {
      const n = await h.db.prisma.need.create({
        data: { stateId: "KEN", cycle: 2, text: "Matrix need to withdraw", articles: [6] },
      });
      return { id: n.id, version: n.version, reason: "Covered by the national budget" };
    },
  },
  "corrections.propose": {
    allowed: KEN_OR_SECRETARIAT,
    input: async () => ({
      needId: (await freshKenyanNeed()).id,
      articles: [6, 36],
      comment: "Part of building the new commission",
    }),
  },
  "corrections.list": { allowed: STATES_OR_SECRETARIAT, input: () => ({}) },
  "corrections.accept": {
    allowed: SECRETARIAT,
    input: async () => ({ id: (await freshCorrection()).id }),
  },
  "corrections.reject": {
    allowed: SECRETARIAT,
    input: async () => ({ id: (await freshCorrection()).id, reason: "Not what the text says" }),
  },
  "assistance.record": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      providerName: "Regional integrity academy",
      description: "Workshop for asset declaration verifiers",
      articles: [52],
      evaluation: { relevance: { score: 4 } },
    }),
  },
  "assistance.evaluate": {
    allowed: KEN_OR_SECRETARIAT,
    input: async () => {
      const a = await h.db.prisma.assistanceReceived.create({
        data: { stateId: "KEN", providerName: "Matrix provider", description: "Matrix help" },
      });
      return { id: a.id, evaluation: { impact: { score: 2 } } };
    },
  },
  "assistance.list": { allowed: STATES_OR_SECRETARIAT, input: () => ({}) },
  "recommendations.create": {
    allowed: KEN_OR_SECRETARIAT,
    input: () => ({
      state: "KEN",
      person: { name: "Matrix Person", areas: ["asset recovery"], contact: "mp@example.org" },
      reason: "Led the asset recovery unit",
    }),
  },
  "recommendations.list": { allowed: STATES_OR_SECRETARIAT, input: () => ({}) },
  "recommendations.addToDirectory": {
    allowed: SECRETARIAT,
    input: async () => {
      const r = await h.db.prisma.expertRecommendation.create({
        data: { stateId: "KEN", name: "Matrix Recommended", reason: "Matrix reason" },
      });
      return { id: r.id, consentToList: false };
    },
  },
  "recommendations.dismiss": {
    allowed: SECRETARIAT,
    input: async () => {
      const r = await h.db.prisma.expertRecommendation.create({
        data: { stateId: "KEN", name: "Matrix Dismissed", reason: "Matrix reason" },
      });
      return { id: r.id };
    },
  },
  "consents.grant": {
    allowed: KEN_OR_SECRETARIAT,
    input: async () => ({
      needId: (await freshKenyanNeed("secretariat-only")).id,
      providerIds: [h.ids.provider],
    }),
  },
  "consents.revoke": {
    allowed: KEN_OR_SECRETARIAT,
    input: async () => {
      const need = await freshKenyanNeed("secretariat-only");
      const share = await h.db.prisma.needShare.create({
        data: { needId: need.id, providerId: h.ids.provider },
      });
      return { id: share.id };
    },
  },
  "consents.list": { allowed: KEN_OR_SECRETARIAT, input: (f) => ({ needId: f.kenNeed }) },
  // ---- end States
  // ---- donors (issue 15, deliverables 4-6)
  "analytics.evaluations": { allowed: ALL, input: () => ({ filters: { regions: ["african"] } }) },
  // User and role management: the admin's alone (each call on its own fresh user).
  "admin.users": { allowed: ["admin"], input: () => ({ role: "state" }) },
  "admin.createUser": {
    allowed: ["admin"],
    input: () => ({
      email: `new.${Math.random().toString(36).slice(2)}@test.org`,
      name: "New focal point",
      membership: { role: "state", state: "KEN" },
    }),
  },
  "admin.setRole": {
    allowed: ["admin"],
    input: async () => ({
      userId: (await freshUser()).id,
      membership: { role: "provider", providerId: h.ids.provider },
    }),
  },
  "admin.setDisabled": {
    allowed: ["admin"],
    input: async () => ({ userId: (await freshUser()).id, disabled: true }),
  },
  // Only a provider's user starts a conversation; its parties (here `provider` and Kenya) read
  // and reply; an expert reads and replies through the link's token, without an account.
  "messages.start": {
    allowed: ["provider", "otherProvider"],
    input: () => ({ to: { kind: "state", state: "KEN" }, subject: "Matrix", body: "Hello" }),
  },
  "messages.reply": {
    allowed: ["provider", "state"],
    input: async () => ({ threadId: (await freshThread()).id, body: "Thank you" }),
  },
  "messages.list": { allowed: USERS, input: () => ({}) },
  "messages.byId": {
    allowed: ["provider", "state"],
    input: async () => ({ id: (await freshThread()).id }),
  },
  "messages.markRead": {
    allowed: ["provider", "state"],
    input: async () => ({ id: (await freshThread()).id }),
  },
  "messages.unread": { allowed: USERS, input: () => undefined },
  "messages.expertThread": { allowed: ALL, input: async () => ({ token: await expertLink() }) },
  "messages.expertReply": {
    allowed: ALL,
    input: async () => ({ token: await expertLink(), body: "Available in May" }),
  },
  // ---- end donors
};

let h: Harness;
let f: Fixtures;

/** An engagement of the test provider on a fresh Kenyan need, in `status`. */
async function freshEngagement(status: string, extra: { proposedNeedStatus?: string } = {}) {
  const need = await h.db.prisma.need.create({
    data: { stateId: "KEN", cycle: 2, text: "Matrix need for a lifecycle move", articles: [6] },
  });
  const e = await h.db.prisma.engagement.create({
    data: { needId: need.id, providerId: h.ids.provider, status, ...extra },
  });
  return { id: e.id, version: e.version };
}

// ---- donors (issue 15, deliverables 4-6)
/** A user nobody else uses, for the admin's changes. */
function freshUser() {
  return h.db.prisma.user.create({
    data: {
      email: `fresh.${Math.random().toString(36).slice(2)}@test.org`,
      name: "Fresh",
      passwordHash: "x",
      memberships: { create: { role: "analyst" } },
    },
  });
}

/** A thread from the test provider to Kenya. */
function freshThread() {
  return h.db.prisma.messageThread.create({
    data: { subject: "Matrix thread", providerId: h.ids.provider, stateId: "KEN" },
  });
}

/** A thread with a listed expert who has an address, and the token of the link mailed to them. */
async function expertLink() {
  const token = randomBytes(32).toString("base64url");
  const expert = await h.db.prisma.expert.create({
    data: {
      name: "Linked Expert",
      email: `linked.${token.slice(0, 8)}@experts.test`,
      languages: ["en"],
      consentToList: true,
    },
  });
  await h.db.prisma.messageThread.create({
    data: {
      subject: "Matrix mission",
      providerId: h.ids.provider,
      expertId: expert.id,
      expertRoute: "expert",
      expertTokenHash: createHash("sha256").update(token).digest("hex"),
    },
  });
  return token;
}
// ---- end donors

// ---- States (issue 15, deliverable 3)
/** A fresh Kenyan need (a withdrawal or a pending proposal is one per need). */
function freshKenyanNeed(confidentiality = "public") {
  return h.db.prisma.need.create({
    data: {
      stateId: "KEN",
      cycle: 2,
      text: "Matrix need for a State action",
      articles: [6],
      confidentiality,
    },
  });
}

/** A pending correction proposal on a fresh Kenyan need. */
async function freshCorrection() {
  const need = await freshKenyanNeed();
  return h.db.prisma.needCorrection.create({
    data: { needId: need.id, articles: [5], articlesGiven: true, comment: "Matrix proposal" },
  });
}
// ---- end States

let resets = 0;

/** A fresh password-reset token for an account no role uses (a reset ends its sessions). */
async function resetToken() {
  const token = randomBytes(32).toString("base64url");
  const user = await h.db.prisma.user.upsert({
    where: { email: "reset.matrix@test.org" },
    create: { email: "reset.matrix@test.org", name: "Reset", passwordHash: "x" },
    update: {},
  });
  await h.db.prisma.passwordResetToken.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId: user.id,
      expiresAt: new Date(Date.now() + 3600_000),
    },
  });
  return { token, password: "a new long password" };
}

const needRow = (fx: Fixtures) => h.db.prisma.need.findUniqueOrThrow({ where: { id: fx.kenNeed } });
const needVersion = async (fx: Fixtures) => (await needRow(fx)).version;

beforeAll(async () => {
  h = await createHarness();
  const admin = await h.as("admin");
  const need = await (
    await h.as("state")
  ).needs.create({
    state: "KEN",
    text: "Training of the anti-corruption commission's investigators (art. 6)",
  });
  const offer = await admin.offers.create({
    providerId: h.ids.provider,
    title: "Integrity assessment",
    description: "Institutional integrity assessments for anti-corruption bodies",
    modalities: ["assessment"],
    articles: [6],
  });
  const engagement = await admin.engagements.create({
    needId: need.id,
    providerId: h.ids.provider,
    offerId: offer.id,
  });
  const ex = await admin.experts.upsert({ expert });
  const entry = await admin.expertise.create({
    state: "KEN",
    title: "Asset declarations",
    description: "Online asset declaration system",
  });
  const sub = await admin.subscriptions.create({ target: "needs", states: ["KEN"] });
  f = {
    kenNeed: need.id,
    offer: offer.id,
    engagement: engagement.id,
    provider: h.ids.provider,
    expert: ex.id,
    expertise: entry.id,
    subscription: sub.id,
  };
}, 300_000);

afterAll(() => h?.close());

function procedurePaths(): string[] {
  return Object.keys(
    (appRouter as unknown as { _def: { procedures: Record<string, unknown> } })._def.procedures,
  ).sort();
}

describe("the role x procedure matrix", () => {
  it("has a row for every procedure of the router, and no row for a procedure that does not exist", () => {
    expect(procedurePaths()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const path of Object.keys(MATRIX).sort()) {
    it(`${path}: allowed for ${must(MATRIX[path]).allowed.join(", ")}; refused for the others`, async () => {
      const row = must(MATRIX[path]);
      const [ns, proc] = path.split(".") as [string, string];
      const results: Record<string, string> = {};
      for (const role of ROLES) {
        const caller = (await h.as(role, row.fresh)) as unknown as Record<
          string,
          Record<string, (i: unknown) => Promise<unknown>>
        >;
        const code = await outcome(must(must(caller[ns])[proc])(await row.input(f)));
        // Refused means refused outright, or answered as if the record did not exist (no
        // existence oracle); allowed means it succeeded. Any other outcome is its own code, and
        // fails the row: a BAD_REQUEST is neither.
        results[role] = ["UNAUTHORIZED", "FORBIDDEN", "NOT_FOUND"].includes(code)
          ? "refused"
          : code === (row.allowedAnswer ?? "OK")
            ? "allowed"
            : code;
      }
      const expected = Object.fromEntries(
        ROLES.map((r) => [r, row.allowed.includes(r) ? "allowed" : "refused"]),
      );
      expect(results).toEqual(expected);
    });
  }
});
