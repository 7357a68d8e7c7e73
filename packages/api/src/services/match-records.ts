/**
 * The records the match index is built from, read from the database, and their conversion into
 * the engine's records and the API's `RecordMeta`. The same reads, restricted to some ids, give
 * the live view `matcher.ts` checks results against when it answers from an older index.
 */
import { setImmediate as nextMacrotask } from "node:timers/promises";
import {
  DELIVERED_ENGAGEMENT_STATUSES,
  ENDED_WITHOUT_SUPPORT,
  type CategoryId,
  type Confidentiality,
  type ModalityId,
  type NeedStatus,
  type RegionalGroupId,
} from "@tahub/domain";
import {
  WAITING_STATUSES,
  type MatchCandidate,
  type MatchNeed,
  type Steps,
} from "@tahub/engine";
import type { DbClient } from "../db.js";
import { toDay } from "../lib/dates.js";

/**
 * Provider kinds that act for their State: a national agency, or a State's bilateral donor
 * agency. Their offers, knowledge-bank entries and engagements are what that State does. Hubs,
 * UNODC, international organisations, NGOs, academia and firms act for no State, even when they
 * sit in one (`stateId` then says where they are based).
 */
const STATE_ACTING_KINDS: readonly string[] = ["state-agency", "bilateral-donor"];

export function actingState(p: { kind: string; stateId: string | null }): string | undefined {
  return STATE_ACTING_KINDS.includes(p.kind) ? (p.stateId ?? undefined) : undefined;
}

export interface RecordMeta {
  kind: "need" | "offer" | "expertise" | "expert";
  title: string;
  confidentiality: Confidentiality;
  /** Owning State (needs, State expertise) or provider (offers, provider expertise). */
  state?: string | null;
  providerId?: string | null;
  /** Needs: the providers their State consented to share them with (docs/states.md). */
  sharedWith?: { providerId: string; expiresOn: string | null }[];
}

/** Which records to read: all of them (a build), or only these ids (one need read live). */
const only = (ids?: readonly string[]) => (ids ? { id: { in: [...ids] } } : {});

const NEED_FIELDS = {
  id: true,
  stateId: true,
  text: true,
  articles: true,
  category: true,
  categories: true,
  chapterId: true,
  language: true,
  status: true,
  confidentiality: true,
  identifiedOn: true,
  createdAt: true,
} as const;

function readNeeds(db: DbClient, ids?: readonly string[]) {
  // A withdrawn need leaves matching for everyone (docs/states.md).
  return db.need.findMany({
    where: { status: { not: "withdrawn" }, ...only(ids) },
    select: NEED_FIELDS,
  });
}

/**
 * Needs read for a build, in pages: on the embedded database every query waits for the one
 * before it, so a page a need's page re-checks live waits for one page of this read, not for
 * all 100,000 needs (docs/matching.md, "Answering while the index is rebuilt").
 */
const NEED_PAGE = 1_000;

async function readAllNeeds(db: DbClient) {
  const needs: Awaited<ReturnType<typeof readNeeds>> = [];
  let after: string | undefined;
  for (;;) {
    const page = await db.need.findMany({
      where: { status: { not: "withdrawn" }, ...(after ? { id: { gt: after } } : {}) },
      select: NEED_FIELDS,
      orderBy: { id: "asc" },
      take: NEED_PAGE,
    });
    needs.push(...page);
    after = page.at(-1)?.id;
    // The embedded database answers through promises alone: without a macrotask between pages,
    // timers and other requests would not run until the whole read is done.
    await nextMacrotask();
    if (page.length < NEED_PAGE || !after) return needs;
  }
}

function readOffers(db: DbClient) {
  return db.offer.findMany({
    include: { provider: { select: { name: true, stateId: true, kind: true } } },
  });
}

function readExpertise(db: DbClient) {
  return db.expertise.findMany({
    include: {
      provider: { select: { name: true, stateId: true, kind: true } },
      state: { select: { name: true } },
    },
  });
}

function readExperts(db: DbClient) {
  // Consent is a filter: an expert who did not agree to be listed is never matched.
  return db.expert.findMany({ where: { consentToList: true } });
}

/** Engagements that count as support, of every need or of the needs named. */
function readEngagements(db: DbClient, needIds?: readonly string[]) {
  return db.engagement.findMany({
    // Declined and withdrawn engagements are no support (issue 15 lifecycle).
    where: {
      status: { notIn: [...ENDED_WITHOUT_SUPPORT] },
      ...(needIds ? { needId: { in: [...needIds] } } : {}),
    },
    select: {
      needId: true,
      offerId: true,
      providerId: true,
      status: true,
      provider: { select: { name: true, stateId: true, kind: true } },
      need: { select: { stateId: true } },
    },
  });
}

/** Consents to share restricted needs with named providers; expiry is checked per read. */
function readShares(db: DbClient) {
  return db.needShare.findMany({
    where: { revokedAt: null },
    select: { needId: true, providerId: true, expiresOn: true },
  });
}

/** Every record the index is built from, in one round of parallel reads. */
export function fetchRecords(db: DbClient) {
  return Promise.all([
    readAllNeeds(db),
    readOffers(db),
    readExpertise(db),
    readExperts(db),
    readEngagements(db),
    readShares(db),
  ]);
}

export type Records = Awaited<ReturnType<typeof fetchRecords>>;
type NeedRow = Records[0][number];
type OfferRow = Records[1][number];
type ExpertiseRow = Records[2][number];
type ExpertRow = Records[3][number];
type EngagementRow = Records[4][number];
type ShareRow = Records[5][number];

/** Appends `value` to the list kept under `key`. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function sharesByNeed(shares: readonly ShareRow[]) {
  const sharedWith = new Map<string, { providerId: string; expiresOn: string | null }[]>();
  for (const sh of shares)
    push(sharedWith, sh.needId, { providerId: sh.providerId, expiresOn: toDay(sh.expiresOn) });
  return sharedWith;
}

/** Who supports each need, and what was delivered: by which acting State, to which States. */
export function supportOf(engagements: readonly EngagementRow[]) {
  const supporters = new Map<string, { providerId: string; provider: string; status: string }[]>();
  const deliveredTo = new Map<string, Set<string>>();
  const deliveredBy = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, v: string) =>
    m.set(key, (m.get(key) ?? new Set<string>()).add(v));
  for (const e of engagements) {
    push(supporters, e.needId, {
      providerId: e.providerId,
      provider: e.provider.name,
      status: e.status,
    });
    // Partner evidence "delivered assistance": under way or done, by a provider acting for a State.
    const actsFor = actingState(e.provider);
    if (actsFor && (DELIVERED_ENGAGEMENT_STATUSES as readonly string[]).includes(e.status))
      add(deliveredBy, e.needId, actsFor);
    if (e.offerId) add(deliveredTo, e.offerId, e.need.stateId);
  }
  return { supporters, deliveredTo, deliveredBy };
}

type Support = ReturnType<typeof supportOf>;

function toMatchNeed(n: NeedRow, support: Support): MatchNeed {
  const supportCount = support.supporters.get(n.id)?.length ?? 0;
  // Waiting (equity, issue 13): an open need nobody has engaged on, since it was identified,
  // or since it was recorded when the review did not date it. A cancelled engagement is no
  // support, so its need waits again, counted from the start.
  const waiting = supportCount === 0 && WAITING_STATUSES.includes(n.status as NeedStatus);
  const since = toDay(n.identifiedOn) ?? toDay(n.createdAt);
  return {
    id: n.id,
    text: n.text,
    state: n.stateId,
    articles: n.articles,
    category: n.category as CategoryId | null,
    categories: n.categories as CategoryId[],
    chapter: n.chapterId,
    language: n.language,
    status: n.status as NeedStatus,
    supportCount,
    ...(waiting && since ? { waitingSince: since } : {}),
    deliveredBy: [...(support.deliveredBy.get(n.id) ?? [])],
  };
}

export function offerCandidate(o: OfferRow, support: Support): MatchCandidate {
  return {
    id: o.id,
    kind: "offer",
    provider: o.provider.name,
    providerState: actingState(o.provider),
    basedIn: o.provider.stateId ?? undefined,
    text: `${o.title}. ${o.description}`,
    articles: o.articles,
    categories: o.categories as CategoryId[],
    modalities: o.modalities as ModalityId[],
    regions: o.regions as RegionalGroupId[],
    languages: o.languages,
    southSouth: o.southSouth,
    capacity: o.capacity ?? undefined,
    period: { from: toDay(o.periodFrom) ?? undefined, to: toDay(o.periodTo) ?? undefined },
    status: o.status as "open" | "closed",
    deliveredTo: [...(support.deliveredTo.get(o.id) ?? [])],
  };
}

export function expertiseCandidate(e: ExpertiseRow): MatchCandidate {
  return {
    id: e.id,
    kind: "expertise",
    provider: e.provider?.name ?? e.state?.name ?? undefined,
    // The State published it itself, or one of its agencies did.
    providerState: e.stateId ?? (e.provider ? actingState(e.provider) : undefined),
    basedIn: e.stateId ?? e.provider?.stateId ?? undefined,
    text: `${e.title}. ${e.description}`,
    articles: e.articles,
    categories: e.categories as CategoryId[],
    languages: e.languages,
  };
}

export function expertCandidate(x: ExpertRow): MatchCandidate {
  return {
    id: x.id,
    kind: "expert",
    provider: x.name,
    // Nationality places a person; it is not that State offering anything.
    basedIn: x.nationality ?? undefined,
    text: [x.currentPosition, x.organization, x.summary, x.areas.join(", ")]
      .filter(Boolean)
      .join(". "),
    articles: x.articles,
    languages: x.languages,
  };
}

const needMeta = (n: NeedRow, sharedWith: RecordMeta["sharedWith"]): RecordMeta => ({
  kind: "need",
  title: n.text.slice(0, 140),
  confidentiality: n.confidentiality as Confidentiality,
  state: n.stateId,
  sharedWith: sharedWith ?? [],
});

const offerMeta = (
  o: Pick<OfferRow, "title" | "confidentiality" | "providerId">,
): RecordMeta => ({
  kind: "offer",
  title: o.title,
  confidentiality: o.confidentiality as Confidentiality,
  providerId: o.providerId,
});

const expertiseMeta = (
  e: Pick<ExpertiseRow, "title" | "confidentiality" | "stateId" | "providerId">,
): RecordMeta => ({
  kind: "expertise",
  title: e.title,
  confidentiality: e.confidentiality as Confidentiality,
  state: e.stateId,
  providerId: e.providerId,
});

const expertMeta = (x: Pick<ExpertRow, "name">): RecordMeta => ({
  kind: "expert",
  title: x.name,
  confidentiality: "public",
});

/**
 * Records converted between two pauses when a build runs in slices: at 100,000 needs the whole
 * conversion is about half a second, which no request should wait for in one piece.
 */
const CONVERT_STEP = 1_000;

/** What `visibleTo` needs of every record: kind, title, tier and owner. */
export function* metaSteps(records: Records): Steps<Map<string, RecordMeta>> {
  const [needs, offers, expertise, experts, , shares] = records;
  const sharedWith = sharesByNeed(shares);
  const meta = new Map<string, RecordMeta>();
  for (const [i, n] of needs.entries()) {
    meta.set(n.id, needMeta(n, sharedWith.get(n.id)));
    if (i % CONVERT_STEP === CONVERT_STEP - 1) yield;
  }
  for (const o of offers) meta.set(o.id, offerMeta(o));
  for (const e of expertise) meta.set(e.id, expertiseMeta(e));
  for (const x of experts) meta.set(x.id, expertMeta(x));
  return meta;
}

/** The needs as the index takes them (`toMatchNeed`), in a list and by id. */
export function* matchNeedSteps(
  needs: readonly NeedRow[],
  support: Support,
): Steps<{ list: MatchNeed[]; byId: Map<string, MatchNeed> }> {
  const list: MatchNeed[] = [];
  const byId = new Map<string, MatchNeed>();
  for (const [i, n] of needs.entries()) {
    const m = toMatchNeed(n, support);
    list.push(m);
    byId.set(m.id, m);
    if (i % CONVERT_STEP === CONVERT_STEP - 1) yield;
  }
  return { list, byId };
}

/**
 * The records whose access data may have changed since `since`: needs edited (tier, status,
 * withdrawal), consents to share granted or revoked, offers edited and experts whose consent
 * to be listed was recorded again. Knowledge-bank entries are never edited after publication,
 * and no record here is deleted through the API. Writers outside the API must keep these
 * timestamps (`updatedAt`, `revokedAt`, `consentRecordedAt`) current for this to hold.
 */
export async function changedSince(db: DbClient, since: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Need" WHERE "updatedAt" >= ${since}
    UNION SELECT "needId" FROM "NeedShare" WHERE "grantedAt" >= ${since} OR "revokedAt" >= ${since}
    UNION SELECT "id" FROM "Offer" WHERE "updatedAt" >= ${since}
    UNION SELECT "id" FROM "Expert" WHERE "consentRecordedAt" >= ${since}`;
  return rows.map((r) => r.id);
}

/**
 * The current meta of the records named, read now: what `visibleTo` must see when results come
 * from an index built before the last write. A record that is gone (deleted, withdrawn, an
 * expert's consent withdrawn) maps to `undefined`, which nobody may see. The ids go as one
 * array parameter (`= ANY`), however many they are.
 */
export async function liveMeta(
  db: DbClient,
  ids: readonly string[],
): Promise<Map<string, RecordMeta | undefined>> {
  const list = [...ids];
  const [needs, shares, offers, expertise, experts] = await Promise.all([
    db.$queryRaw<{ id: string; stateId: string; confidentiality: string; title: string }[]>`
      SELECT "id", "stateId", "confidentiality", left("text", 140) AS "title" FROM "Need"
      WHERE "id" = ANY(${list}::text[]) AND "status" <> 'withdrawn'`,
    db.$queryRaw<{ needId: string; providerId: string; expiresOn: string | null }[]>`
      SELECT "needId", "providerId", to_char("expiresOn", 'YYYY-MM-DD') AS "expiresOn"
      FROM "NeedShare" WHERE "needId" = ANY(${list}::text[]) AND "revokedAt" IS NULL`,
    db.$queryRaw<{ id: string; title: string; confidentiality: string; providerId: string }[]>`
      SELECT "id", "title", "confidentiality", "providerId" FROM "Offer"
      WHERE "id" = ANY(${list}::text[])`,
    db.$queryRaw<
      {
        id: string;
        title: string;
        confidentiality: string;
        stateId: string | null;
        providerId: string | null;
      }[]
    >`
      SELECT "id", "title", "confidentiality", "stateId", "providerId" FROM "Expertise"
      WHERE "id" = ANY(${list}::text[])`,
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT "id", "name" FROM "Expert" WHERE "id" = ANY(${list}::text[]) AND "consentToList"`,
  ]);
  const live = new Map<string, RecordMeta | undefined>(list.map((id) => [id, undefined]));
  const sharedWith = new Map<string, { providerId: string; expiresOn: string | null }[]>();
  for (const sh of shares)
    push(sharedWith, sh.needId, { providerId: sh.providerId, expiresOn: sh.expiresOn });
  for (const n of needs)
    live.set(n.id, {
      kind: "need",
      title: n.title,
      confidentiality: n.confidentiality as Confidentiality,
      state: n.stateId,
      sharedWith: sharedWith.get(n.id) ?? [],
    });
  for (const o of offers) live.set(o.id, offerMeta(o));
  for (const e of expertise) live.set(e.id, expertiseMeta(e));
  for (const x of experts) live.set(x.id, expertMeta(x));
  return live;
}

/** One need as the index would hold it, read now (its text, status and support as they are). */
export async function liveNeed(db: DbClient, needId: string): Promise<MatchNeed | undefined> {
  const [[need], engagements] = await Promise.all([
    readNeeds(db, [needId]),
    readEngagements(db, [needId]),
  ]);
  return need ? toMatchNeed(need, supportOf(engagements)) : undefined;
}
