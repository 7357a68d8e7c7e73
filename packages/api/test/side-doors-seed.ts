/**
 * The side-door walk's records (side-doors.test.ts): every kind of record, each carrying a
 * restricted marker word (the test's `MARKERS` say who may read each one). The seeding runs in
 * one fixed order, as the roles' own procedures would write the records.
 */
import type { Harness } from "./harness.js";

type Tier = "secretariat-only" | "donors-secretariat";

export interface Seeded {
  publicNeed: string;
  needs: Record<"Zephyrine" | "Quillwort", string>;
  offers: Record<"Brindlemoss" | "Cobaltine", string>;
  expertise: Record<"Driftpebble" | "glimmerfen@kb.test", string>;
  experts: Record<"Emberquail" | "fernwhistle@experts.test", string>;
  engagements: Record<"Marigoldfen" | "Larkspurtine" | "overlap", string>;
  threads: Record<"Wrenbramble" | "Thistledown", string>;
  // States (issue 15, deliverable 3)
  states: { shared: string; revised: string; withdrawn: string };
}

type Caller = Awaited<ReturnType<Harness["as"]>>;

/** The callers that write most records: the secretariat, both States, the second provider. */
interface Writers {
  admin: Caller;
  peru: Caller;
  donor2: Caller;
  kenya: Caller;
}

const TOPIC = "protection of informants who report procurement fraud";

/** Kenya's public need, Peru's two restricted needs and otherProvider's two restricted offers. */
async function seedNeedsAndOffers(h: Harness, { peru, donor2, kenya }: Writers) {
  const publicNeed = await kenya.needs.create({
    state: "KEN",
    text: `Training on the ${TOPIC} (art. 33)`,
    articles: [33],
  });
  const needOf = async (word: string, confidentiality: Tier) =>
    (
      await peru.needs.create({
        state: "PER",
        text: `${word}: support for the ${TOPIC} (art. 33)`,
        articles: [33],
        confidentiality,
      })
    ).id;
  const needs = {
    Zephyrine: await needOf("Zephyrine", "secretariat-only"),
    Quillwort: await needOf("Quillwort", "donors-secretariat"),
  };
  const offerOf = async (word: string, confidentiality: Tier) =>
    (
      await donor2.offers.create({
        providerId: h.ids.otherProvider,
        title: `${word} informant protection programme`,
        description: `${word} mentoring on the ${TOPIC}`,
        modalities: ["training"],
        articles: [33],
        confidentiality,
      })
    ).id;
  const offers = {
    Brindlemoss: await offerOf("Brindlemoss", "secretariat-only"),
    Cobaltine: await offerOf("Cobaltine", "donors-secretariat"),
  };
  return { publicNeed, needs, offers };
}

/** Knowledge-bank entries (Peru's restricted one, Kenya's with a contact) and two experts. */
async function seedKnowledge({ peru, donor2, kenya }: Writers) {
  const expertise = {
    Driftpebble: (
      await peru.expertise.create({
        state: "PER",
        title: "Driftpebble informant protection unit",
        description: `How we set up the ${TOPIC}`,
        articles: [33],
        confidentiality: "secretariat-only",
      })
    ).id,
    "glimmerfen@kb.test": (
      await kenya.expertise.create({
        state: "KEN",
        title: "Whistle-blower hotline",
        description: `Our hotline for the ${TOPIC}`,
        articles: [33],
        contact: "glimmerfen@kb.test",
      })
    ).id,
  };
  const expertOf = async (name: string, email: string, consentToList: boolean) =>
    (
      await donor2.experts.upsert({
        expert: { name, email, languages: ["en"], articles: [33], consentToList, summary: TOPIC },
      })
    ).id;
  const experts = {
    Emberquail: await expertOf("Emberquail Ortiz", "ortiz@experts.test", false),
    "fernwhistle@experts.test": await expertOf("Ana Listed", "fernwhistle@experts.test", true),
  };
  return { expertise, experts };
}

/**
 * Engagements: one by otherProvider on the public need through its secretariat-only offer
 * (the offer must not surface through it), one on the restricted need with a described plan.
 */
async function seedEngagements(
  h: Harness,
  { admin, peru, donor2, kenya }: Writers,
  r: Awaited<ReturnType<typeof seedNeedsAndOffers>>,
): Promise<Seeded["engagements"]> {
  const viaRestrictedOffer = await donor2.engagements.create({
    needId: r.publicNeed.id,
    providerId: h.ids.otherProvider,
    offerId: r.offers.Brindlemoss,
    description: "Brindlemoss study visit for this need",
  });
  const onRestrictedNeed = await admin.engagements.create({
    needId: r.needs.Zephyrine,
    providerId: h.ids.provider,
    description: "Larkspurtine mentoring plan",
  });
  // The lifecycle's messages and notifications (issue 15): each State accepts with a message;
  // then `provider` proposes on the public need, now supported: an overlap warning.
  await kenya.engagements.move({
    id: viaRestrictedOffer.id,
    version: viaRestrictedOffer.version,
    move: "accept",
    message: "Marigoldfen: welcome, our unit will host",
  });
  await peru.engagements.move({
    id: onRestrictedNeed.id,
    version: onRestrictedNeed.version,
    move: "accept",
    message: "Nightjarrow: noted",
  });
  const overlap = await (
    await h.as("provider")
  ).engagements.create({ needId: r.publicNeed.id, providerId: h.ids.provider });
  return {
    Marigoldfen: viaRestrictedOffer.id,
    Larkspurtine: onRestrictedNeed.id,
    overlap: overlap.id,
  };
}

/** Peru meets its restricted needs; a finding on Kenya; Kenya and `provider` subscribe. */
async function seedFollowUps(h: Harness, { admin, peru }: Writers, needs: Seeded["needs"]) {
  // Peru met both restricted needs, so it is a partner "that had the same need and met it".
  for (const id of Object.values(needs)) await peru.needs.setStatus({ id, status: "met" });
  await admin.findings.record({
    state: "KEN",
    cycle: 2,
    article: 9,
    challenges: 3,
    recommendations: 2,
    source: "Umbervale country report",
  });
  for (const r of ["state", "provider"] as const)
    await (await h.as(r)).subscriptions.create({ target: "needs", states: ["PER"] });
}

/**
 * donors (issue 15, deliverable 4): `provider` writes to Kenya, and to the listed expert of
 * otherProvider.
 */
async function seedThreads(
  h: Harness,
  publicNeed: string,
  listedExpert: string,
): Promise<Seeded["threads"]> {
  const donor = await h.as("provider");
  return {
    Wrenbramble: (
      await donor.messages.start({
        to: { kind: "state", state: "KEN" },
        subject: "A visit to your hotline unit",
        body: "Wrenbramble: may our team visit your hotline unit in May?",
        needId: publicNeed,
      })
    ).id,
    Thistledown: (
      await donor.messages.start({
        to: { kind: "expert", expertId: listedExpert },
        subject: "A mission in May",
        body: "Thistledown: would you be available for a two-week mission?",
      })
    ).id,
  };
}

/** Peru's restricted need shared with `provider`, and a need revised from restricted to public. */
async function seedSharedAndRevised(h: Harness, peru: Caller) {
  const shared = await peru.needs.create({
    state: "PER",
    text: "Saffronlark: case management system for the prosecution service (art. 36)",
    articles: [36],
    confidentiality: "secretariat-only",
  });
  await peru.consents.grant({ needId: shared.id, providerIds: [h.ids.provider] });
  const first = await peru.needs.create({
    state: "PER",
    text: "Briarcombe: vetting of customs officers (art. 7)",
    articles: [7],
    confidentiality: "secretariat-only",
  });
  const revised = await peru.needs.update({
    id: first.id,
    version: first.version,
    text: "Vetting and rotation of customs officers (art. 7)",
    confidentiality: "public",
  });
  return { shared: shared.id, revised: revised.id };
}

/** States (issue 15, deliverable 3): sharing, revisions, corrections, assistance, withdrawal. */
async function seedStates(h: Harness, peru: Caller): Promise<Seeded["states"]> {
  const { shared, revised } = await seedSharedAndRevised(h, peru);
  await peru.corrections.propose({
    needId: revised,
    categories: ["institution-building"],
    comment: "Oleanderquist: this is about the customs service's procedures",
  });
  await peru.assistance.record({
    state: "PER",
    providerId: h.ids.otherProvider,
    description: "Wisteriaplume: a study tour on customs integrity",
  });
  await peru.recommendations.create({
    state: "PER",
    person: { name: "Rosa Quispe", areas: ["customs"], contact: "heronsbill@rec.test" },
    reason: "Ran the customs integrity unit",
  });
  const gone = await peru.needs.create({
    state: "PER",
    text: "Moonquarry: training of procurement officers on the protection of informants (art. 33)",
    articles: [33],
  });
  await peru.needs.withdraw({ id: gone.id, version: gone.version, reason: "Funded at home" });
  return { shared, revised, withdrawn: gone.id };
}

/** Seeds every marked record, in the walk's fixed order. */
export async function seed(h: Harness): Promise<Seeded> {
  const writers: Writers = {
    admin: await h.as("admin"),
    peru: await h.as("otherState"),
    donor2: await h.as("otherProvider"),
    kenya: await h.as("state"),
  };
  const records = await seedNeedsAndOffers(h, writers);
  const { expertise, experts } = await seedKnowledge(writers);
  const engagements = await seedEngagements(h, writers, records);
  await seedFollowUps(h, writers, records.needs);
  const threads = await seedThreads(h, records.publicNeed.id, experts["fernwhistle@experts.test"]);
  const states = await seedStates(h, writers.peru);
  return {
    publicNeed: records.publicNeed.id,
    needs: records.needs,
    offers: records.offers,
    expertise,
    experts,
    engagements,
    threads,
    states,
  };
}
