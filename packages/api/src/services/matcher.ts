/**
 * The matching index over the database's needs, offers, knowledge-bank entries and consenting
 * experts. Built from the records, cached in the process, and rebuilt when the database's data
 * version (bumped by every write, in any process) changes — so any process answers from the
 * same data, and nothing here needs to be shared between processes.
 *
 * The index holds every record; what a caller may see is filtered afterwards with `meta`
 * (confidentiality tier and owner), so restricted records never come out of a match.
 */
import { dataVersion, type VersionReader } from "@tahub/db";
import {
  canRead,
  DELIVERED_ENGAGEMENT_STATUSES,
  ENDED_WITHOUT_SUPPORT,
  type CategoryId,
  type ModalityId,
  type NeedStatus,
  type RegionalGroupId,
  type RoleId,
  type Confidentiality,
} from "@tahub/domain";
import {
  AnalysisCache,
  buildMatchIndex,
  WAITING_STATUSES,
  type MatchCandidate,
  type MatchIndex,
  type MatchNeed,
} from "@tahub/engine";
import { mayReadNeed } from "../access.js";
import type { SessionUser } from "../auth/user.js";
import type { DbClient } from "../db.js";
import { toDay } from "../lib/dates.js";

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

export interface MatchData {
  index: MatchIndex;
  meta: Map<string, RecordMeta>;
  needs: Map<string, MatchNeed>;
  /** Who already supports each need: provider ids and names, by need id. */
  supporters: Map<string, { providerId: string; provider: string; status: string }[]>;
  builtAt: number;
}

export interface MatcherService {
  data(db: DbClient): Promise<MatchData>;
}

const role = (u: SessionUser | null): RoleId => u?.role ?? "public";

/** Whether `user` may see the record behind a match result. */
export function visibleTo(user: SessionUser | null, m: RecordMeta | undefined): boolean {
  if (!m) return false;
  // Needs follow the one rule of `visibleNeeds` (consents to share included).
  if (m.kind === "need") return mayReadNeed(user, m);
  const owns =
    (!!user?.state && user.role === "state" && m.state === user.state) ||
    (!!user?.providerId && user.role === "provider" && m.providerId === user.providerId);
  return canRead(role(user), m.confidentiality, owns);
}

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

/** Every record the index is built from, in one round of parallel reads. */
function fetchRecords(db: DbClient) {
  return Promise.all([
    db.need.findMany({
      // A withdrawn need leaves matching for everyone (docs/states.md).
      where: { status: { not: "withdrawn" } },
      select: {
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
      },
    }),
    db.offer.findMany({
      include: { provider: { select: { name: true, stateId: true, kind: true } } },
    }),
    db.expertise.findMany({
      include: {
        provider: { select: { name: true, stateId: true, kind: true } },
        state: { select: { name: true } },
      },
    }),
    // Consent is a filter: an expert who did not agree to be listed is never matched.
    db.expert.findMany({ where: { consentToList: true } }),
    db.engagement.findMany({
      // Declined and withdrawn engagements are no support (issue 15 lifecycle).
      where: { status: { notIn: [...ENDED_WITHOUT_SUPPORT] } },
      select: {
        needId: true,
        offerId: true,
        providerId: true,
        status: true,
        provider: { select: { name: true, stateId: true, kind: true } },
        need: { select: { stateId: true } },
      },
    }),
    // Consents to share restricted needs with named providers; expiry is checked per read.
    db.needShare.findMany({
      where: { revokedAt: null },
      select: { needId: true, providerId: true, expiresOn: true },
    }),
  ]);
}

type Records = Awaited<ReturnType<typeof fetchRecords>>;
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
function supportOf(engagements: readonly EngagementRow[]) {
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

function offerCandidate(o: OfferRow, support: Support): MatchCandidate {
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

function expertiseCandidate(e: ExpertiseRow): MatchCandidate {
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

function expertCandidate(x: ExpertRow): MatchCandidate {
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

/** What `visibleTo` needs of every record: kind, title, tier and owner. */
function metaOf(records: Records): Map<string, RecordMeta> {
  const [needs, offers, expertise, experts, , shares] = records;
  const sharedWith = sharesByNeed(shares);
  const meta = new Map<string, RecordMeta>();
  for (const n of needs)
    meta.set(n.id, {
      kind: "need",
      title: n.text.slice(0, 140),
      confidentiality: n.confidentiality as Confidentiality,
      state: n.stateId,
      sharedWith: sharedWith.get(n.id) ?? [],
    });
  for (const o of offers)
    meta.set(o.id, {
      kind: "offer",
      title: o.title,
      confidentiality: o.confidentiality as Confidentiality,
      providerId: o.providerId,
    });
  for (const e of expertise)
    meta.set(e.id, {
      kind: "expertise",
      title: e.title,
      confidentiality: e.confidentiality as Confidentiality,
      state: e.stateId,
      providerId: e.providerId,
    });
  for (const x of experts)
    meta.set(x.id, { kind: "expert", title: x.name, confidentiality: "public" });
  return meta;
}

async function build(db: DbClient, reuse: AnalysisCache): Promise<MatchData> {
  const records = await fetchRecords(db);
  const [needs, offers, expertise, experts, engagements] = records;
  const support = supportOf(engagements);
  const matchNeeds = needs.map((n) => toMatchNeed(n, support));
  const candidates = [
    ...offers.map((o) => offerCandidate(o, support)),
    ...expertise.map(expertiseCandidate),
    ...experts.map(expertCandidate),
  ];
  return {
    index: buildMatchIndex({ candidates, needs: matchNeeds }, { reuse }),
    meta: metaOf(records),
    needs: new Map(matchNeeds.map((n) => [n.id, n])),
    supporters: support.supporters,
    builtAt: Date.now(),
  };
}

export function createMatcherService(readVersion: VersionReader = dataVersion): MatcherService {
  let cached: { key: string; data: Promise<MatchData> } | null = null;
  // The analyses of the last build's texts: a rebuild after a write analyses only the records
  // whose text changed (docs/matching.md, "Rebuilding after a write").
  const reuse = new AnalysisCache();
  return {
    async data(db) {
      const key = await readVersion(db);
      if (cached?.key === key) return cached.data;
      const data = build(db, reuse);
      cached = { key, data };
      // A failed build must not be cached forever.
      data.catch(() => {
        if (cached?.data === data) cached = null;
      });
      return data;
    },
  };
}
