import type { CategoryId } from "@tahub/domain";

/**
 * How each form of assistance is asked for. `{t}` is a topic, `{w}` the people concerned.
 * Written to vary the verbs and the nominal style the way national drafters do.
 */
export const FORMS: Readonly<Record<CategoryId, { en: string[]; fr: string[]; es: string[] }>> = {
  "capacity-building": {
    en: [
      "Training for {w} on {t}",
      "Capacity-building on {t}",
      "Capacity-building for {w} with regard to {t}",
      "Workshops and peer learning for {w} on {t}",
      "Specialised training courses covering {t}",
      "Building the skills of {w} regarding {t}",
      "Mentoring and on-the-job coaching of {w} dealing with {t}",
      "Sharing of good practices on {t}",
      "A training manual and e-learning module on {t}",
      "Train-the-trainer sessions for {w} on {t}",
      "Enhancing the knowledge of {w} about {t}",
      "Technical skills development of {w} in {t}",
      // Technological tools are capacity-building for the secretariat (the CAC/COSP/2023 note on TA needs paras 16, 26).
      "An electronic information system supporting {t}",
      "Digitisation of the records used for {t}",
      // Peer learning, study visits included, is capacity-building too (the CAC/COSP/2023 note on TA needs para 16).
      "Study visits to countries with experience in {t}",
      // Exchanges of experience, also with other States, and practice guidance are
      // capacity-building (labelling guideline, rules peer-learning and operational-guidance).
      "Exchange of experience with other States on {t}",
      "Practical guidelines for {w} on {t}",
      "Twinning with a peer institution abroad on {t}",
    ],
    fr: [
      "Formation des {w} sur {t}",
      "Renforcement des capacites en matiere de {t}",
      "Ateliers de formation sur {t}",
      "Partage de bonnes pratiques concernant {t}",
      "Creation d'un systeme d'information sur {t}",
      "Voyages d'etude sur {t}",
      "Echange d'experiences avec d'autres Etats sur {t}",
      "Lignes directrices a l'intention des praticiens sur {t}",
    ],
    es: [
      "Capacitacion de {w} sobre {t}",
      "Fortalecimiento de capacidades en materia de {t}",
      "Talleres de formacion sobre {t}",
      "Intercambio de buenas practicas sobre {t}",
      "Desarrollo de un sistema informatico para {t}",
      "Visitas de estudio sobre {t}",
      "Intercambio de experiencias con otros Estados sobre {t}",
      "Directrices practicas para los profesionales sobre {t}",
    ],
  },
  "legislative-assistance": {
    en: [
      "Legislative assistance on {t}",
      "Assistance in drafting legislation on {t}",
      "Review of the legal framework governing {t}",
      "Amending existing laws to address {t}",
      "Drafting of implementing regulations on {t}",
      "Legal advice to bring national law on {t} into line with the Convention",
      "Support to finalise the draft bill on {t}",
      "A model law or legislative guide on {t}",
      "Comparative legal analysis and drafting support for a law on {t}",
      "Legislative drafting: {t}",
    ],
    fr: [
      "Assistance legislative sur {t}",
      "Appui a la redaction d'un projet de loi sur {t}",
      "Revision du cadre juridique relatif a {t}",
      "Elaboration des textes d'application concernant {t}",
    ],
    es: [
      "Asistencia legislativa sobre {t}",
      "Apoyo en la redaccion de un proyecto de ley sobre {t}",
      "Revision del marco juridico relativo a {t}",
      "Reforma de la legislacion sobre {t}",
    ],
  },
  "institution-building": {
    en: [
      "Institution-building: strengthening the bodies responsible for {t}",
      "Establishment of a dedicated unit for {t}",
      "Strengthening the operational capacity of the institutions in charge of {t}",
      "Provision of equipment and vehicles for {t}",
      "Setting up internal procedures and reporting lines for {t}",
      "Institutional support, including staffing and premises, for {t}",
      "Creating an interministerial structure to steer {t}",
    ],
    fr: [
      "Renforcement institutionnel des structures chargees de {t}",
      "Mise en place d'une unite dediee a {t}",
      "Appui en equipements et en materiel pour {t}",
    ],
    es: [
      "Fortalecimiento institucional de las entidades encargadas de {t}",
      "Creacion de una unidad dedicada a {t}",
      "Equipamiento y vehiculos para {t}",
    ],
  },
  policymaking: {
    en: [
      "Development of a policy on {t}",
      "Assistance in preparing an action plan on {t}",
      "A national strategy addressing {t}",
      "Policy advice on {t}",
      "Including {t} in the next national strategy",
      "A roadmap for {t}",
      "Formulating a government policy framework for {t}",
      "Policymaking support: priorities and sequencing for {t}",
    ],
    fr: [
      "Elaboration d'une politique sur {t}",
      "Appui a l'elaboration d'un plan d'action sur {t}",
      "Strategie nationale relative a {t}",
      "Feuille de route pour {t}",
    ],
    es: [
      "Elaboracion de una politica sobre {t}",
      "Apoyo en la formulacion de un plan de accion sobre {t}",
      "Estrategia nacional sobre {t}",
      "Hoja de ruta para {t}",
    ],
  },
  "research-data": {
    en: [
      "A study on {t}",
      "Assessment of {t}",
      "Collection and analysis of data on {t}",
      "Statistics on {t}",
      "Research into {t}",
      "Mapping of {t} and gap analysis",
      "A survey measuring {t}",
      "Baseline data and indicators on {t}",
      "Typologies and trend analysis concerning {t}",
    ],
    fr: [
      "Etude sur {t}",
      "Collecte et analyse de donnees sur {t}",
      "Diagnostic de {t}",
      "Statistiques relatives a {t}",
    ],
    es: [
      "Estudio sobre {t}",
      "Recopilacion y analisis de datos sobre {t}",
      "Diagnostico de {t}",
      "Estadisticas sobre {t}",
    ],
  },
  "international-cooperation": {
    en: [
      "Negotiating cooperation agreements with other States on {t}",
      "Cooperation with foreign counterparts on {t}",
      "Support for regional cooperation on {t}",
      "Facilitating contacts with foreign authorities on {t}",
      "South-South cooperation on {t}",
      "Joining international networks of practitioners working on {t}",
    ],
    fr: [
      "Accords de cooperation avec d'autres Etats sur {t}",
      "Cooperation avec les homologues etrangers en matiere de {t}",
      "Cooperation regionale concernant {t}",
    ],
    es: [
      "Acuerdos de cooperacion con otros Estados sobre {t}",
      "Cooperacion con homologos extranjeros en materia de {t}",
      "Cooperacion regional sobre {t}",
    ],
  },
};

/** The grouping's own name, as States write it in terse needs. */
export const NAMES: Readonly<Record<CategoryId, { en: string[]; fr: string[]; es: string[] }>> = {
  "capacity-building": {
    en: ["Capacity-building", "Capacity building", "Training"],
    fr: ["Renforcement des capacites"],
    es: ["Fortalecimiento de capacidades", "Capacitacion"],
  },
  "legislative-assistance": {
    en: ["Legislative assistance", "Legislative drafting and advice"],
    fr: ["Assistance legislative"],
    es: ["Asistencia legislativa"],
  },
  "institution-building": {
    en: ["Institution-building", "Institution building"],
    fr: ["Renforcement institutionnel"],
    es: ["Fortalecimiento institucional"],
  },
  policymaking: {
    en: ["Policymaking", "Policy-making", "Development of an action plan"],
    fr: ["Elaboration de politiques"],
    es: ["Formulacion de politicas"],
  },
  "research-data": {
    en: ["Research/data-gathering and analysis", "Research and data collection"],
    fr: ["Recherche, collecte et analyse de donnees"],
    es: ["Investigacion, recopilacion y analisis de datos"],
  },
  "international-cooperation": {
    en: [
      "Facilitation of international cooperation with other countries",
      "International cooperation",
    ],
    fr: ["Facilitation de la cooperation internationale"],
    es: ["Facilitacion de la cooperacion internacional"],
  },
};

export const GENERIC_WHO = {
  en: [
    "relevant officials",
    "practitioners",
    "staff of the competent authorities",
    "public officials",
  ],
  fr: ["agents publics", "praticiens"],
  es: ["funcionarios publicos", "servidores publicos"],
};
