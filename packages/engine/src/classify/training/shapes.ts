import type { CategoryId } from "@tahub/domain";

/**
 * More shapes of needs, written for TA Hub to widen the generator's phrasing: terse nominal
 * lines ("<grouping word> on <topic>"), requests that start with "Support in", "Assistance in",
 * "Training of", needs that name the institution concerned (`{i}`), and short topic slots that
 * take a concept's own term. `{t}` is a topic, `{w}` the people concerned, `{i}` an institution.
 */
export const MORE_FORMS: Readonly<
  Record<CategoryId, { en: string[]; fr: string[]; es: string[] }>
> = {
  "capacity-building": {
    en: [
      "Capacity-building on {t}",
      "Training on {t}",
      "Training of {w} on {t}",
      "Support in training {w} on {t}",
      "Specialised courses for the {i} on {t}",
      "Training of staff of the {i} in {t}",
      "Strengthening the skills of the {i} with respect to {t}",
      "{t}: training and awareness-raising",
      "Sharing of good practices and practical guidance on {t}",
      "Development of a handbook and training modules on {t}",
      "Technical assistance needs: training of {w} on {t}",
      "Awareness-raising for {w} about {t}",
      // Technological tools are capacity-building for the secretariat (the CAC/COSP/2023 note on TA needs paras 16, 26).
      "Development of a database for {t}",
      "Development of an electronic system for {t}",
      "Setting up an online platform for {t}",
      "Case-management software for the {i} ({t})",
      // Peer learning, also abroad, is capacity-building (labelling guideline, peer-learning).
      "Peer exchange between the {i} and similar bodies abroad on {t}",
      "Study tour to a country with long experience of {t}",
      "Sharing of experience with other States parties on {t}",
    ],
    fr: [
      "Formation sur {t}",
      "Renforcement des capacites des agents du {i} sur {t}",
      "Sessions de formation et sensibilisation sur {t}",
      "Appui a la formation des {w} sur {t}",
      "Creation d'une base de donnees sur {t}",
      "Mise en place d'une plateforme electronique pour {t}",
      "Echanges entre le {i} et ses homologues sur {t}",
      "Voyage d'etude a l'etranger sur {t}",
    ],
    es: [
      "Capacitacion sobre {t}",
      "Formacion del personal de la {i} en {t}",
      "Cursos especializados sobre {t}",
      "Apoyo para capacitar a {w} en {t}",
      "Creacion de una base de datos sobre {t}",
      "Puesta en marcha de una plataforma electronica para {t}",
      "Intercambios entre la {i} y sus homologos sobre {t}",
      "Visita de estudio al extranjero sobre {t}",
    ],
  },
  "legislative-assistance": {
    en: [
      "Legislative assistance on {t}",
      "Assistance in drafting a law on {t}",
      "Support in amending the legislation on {t}",
      "Assistance in drafting rules for the {i} on {t}",
      "Review of the {i}'s enabling legislation regarding {t}",
      "{t}: drafting of a bill and implementing regulations",
      "Legal drafting support so that {t} is regulated by statute",
      "Technical assistance needs: legislative review on {t}",
      "Adoption of a decree on {t}",
      "Revision of the provisions of the criminal code and related acts on {t}",
    ],
    fr: [
      "Assistance legislative en matiere de {t}",
      "Appui a la revision de la loi sur {t}",
      "Redaction d'un decret relatif a {t}",
      "Mise en conformite de la legislation relative a {t}",
    ],
    es: [
      "Asistencia legislativa en materia de {t}",
      "Apoyo para reformar la ley sobre {t}",
      "Redaccion de un reglamento sobre {t}",
      "Armonizacion de la normativa relativa a {t}",
    ],
  },
  "institution-building": {
    en: [
      "Institution-building for {t}",
      "Establishment of a unit within the {i} for {t}",
      "Institutional support to the {i} for {t}",
      "Strengthening the {i}: staff, equipment and premises for {t}",
      "Office equipment and vehicles for the {i} ({t})",
      "Support in establishing a specialised body responsible for {t}",
      "Technical assistance needs: institutional strengthening of the {i} regarding {t}",
    ],
    fr: [
      "Renforcement institutionnel du {i} pour {t}",
      "Creation d'une unite specialisee au sein du {i} pour {t}",
      "Dotation du {i} en personnel et en materiel pour {t}",
    ],
    es: [
      "Fortalecimiento institucional de la {i} para {t}",
      "Creacion de una unidad especializada en la {i} para {t}",
      "Dotacion de personal y equipos a la {i} para {t}",
    ],
  },
  policymaking: {
    en: [
      "Policymaking on {t}",
      "Support in developing a national policy on {t}",
      "Assistance to the {i} in preparing a strategy on {t}",
      "An action plan for {t}",
      "Policy guidance and a strategic framework for {t}",
      "Development of a government policy on {t}",
      "Technical assistance needs: a policy and roadmap on {t}",
      "Coordination mechanism and strategic plan for {t}",
    ],
    fr: [
      "Elaboration d'une strategie nationale sur {t}",
      "Appui a la definition d'une politique relative a {t}",
      "Plan d'action du {i} sur {t}",
      "Orientations strategiques concernant {t}",
    ],
    es: [
      "Formulacion de una politica nacional sobre {t}",
      "Elaboracion de una estrategia sobre {t}",
      "Plan de accion de la {i} sobre {t}",
      "Orientaciones estrategicas relativas a {t}",
    ],
  },
  "research-data": {
    en: [
      "Research on {t}",
      "Data-gathering and analysis on {t}",
      "A study of {t} to inform reform",
      "Support for the {i} in collecting statistics on {t}",
      "Assessment of the effectiveness of {t}",
      "A national survey on {t}",
      "Technical assistance needs: research and data on {t}",
      "Evaluation of {t} and recommendations",
    ],
    fr: [
      "Recherche sur {t}",
      "Enquete nationale sur {t}",
      "Evaluation de l'efficacite de {t}",
      "Collecte de statistiques par le {i} sur {t}",
    ],
    es: [
      "Investigacion sobre {t}",
      "Encuesta nacional sobre {t}",
      "Evaluacion de la eficacia de {t}",
      "Recopilacion de estadisticas por la {i} sobre {t}",
    ],
  },
  "international-cooperation": {
    en: [
      "International cooperation on {t}",
      "Facilitation of cooperation with other countries on {t}",
      "Establishing communication channels with the requested States on {t}",
      "Bilateral agreements and memoranda of understanding on {t}",
      "Joining regional networks of practitioners on {t}",
      "Support in concluding cooperation agreements with foreign counterparts on {t}",
      "Technical assistance needs: regional cooperation and networking on {t}",
      "Facilitating mutual legal assistance with foreign central authorities on {t}",
    ],
    fr: [
      "Cooperation internationale en matiere de {t}",
      "Accords de cooperation avec des homologues etrangers sur {t}",
      "Canaux de communication avec les Etats requis sur {t}",
      "Adhesion a des reseaux regionaux de praticiens sur {t}",
    ],
    es: [
      "Cooperacion internacional en materia de {t}",
      "Acuerdos de cooperacion con homologos extranjeros sobre {t}",
      "Canales de comunicacion con los Estados requeridos sobre {t}",
      "Adhesion a redes regionales de profesionales sobre {t}",
    ],
  },
};

/**
 * French and Spanish forms for bare terms (the knowledge base's terms carry no article):
 * "en matiere de" / "en materia de" take a noun without one.
 */
export const TERM_FORMS: Readonly<Record<CategoryId, { fr: string[]; es: string[] }>> = {
  "capacity-building": {
    fr: [
      "Formation en matiere de {t}",
      "Renforcement des capacites en matiere de {t}",
      "Base de donnees en matiere de {t}",
    ],
    es: [
      "Capacitacion en materia de {t}",
      "Fortalecimiento de capacidades en materia de {t}",
      "Sistema informatico en materia de {t}",
    ],
  },
  "legislative-assistance": {
    fr: [
      "Assistance legislative en matiere de {t}",
      "Revision de la legislation en matiere de {t}",
    ],
    es: ["Asistencia legislativa en materia de {t}", "Reforma de la normativa en materia de {t}"],
  },
  "institution-building": {
    fr: [
      "Renforcement institutionnel en matiere de {t}",
      "Equipement et materiel en matiere de {t}",
    ],
    es: [
      "Fortalecimiento institucional en materia de {t}",
      "Equipamiento y personal en materia de {t}",
    ],
  },
  policymaking: {
    fr: ["Elaboration d'une politique en matiere de {t}", "Plan d'action en matiere de {t}"],
    es: ["Formulacion de una politica en materia de {t}", "Plan de accion en materia de {t}"],
  },
  "research-data": {
    fr: ["Etude en matiere de {t}", "Collecte de donnees en matiere de {t}"],
    es: ["Estudio en materia de {t}", "Recopilacion de datos en materia de {t}"],
  },
  "international-cooperation": {
    fr: ["Cooperation internationale en matiere de {t}", "Accords bilateraux en matiere de {t}"],
    es: ["Cooperacion internacional en materia de {t}", "Acuerdos bilaterales en materia de {t}"],
  },
};

/** Institutions a need may name, by article (fallback: the generic ones). */
export const INSTITUTIONS: Readonly<Record<number, string[]>> = {
  5: ["anti-corruption agency", "ministry of justice", "national integrity committee"],
  6: ["anti-corruption commission", "ethics commission", "ombudsman's office", "ACA"],
  7: ["civil service commission", "electoral commission", "public service agency"],
  8: ["ethics commission", "asset declaration office", "office of government ethics"],
  9: ["public procurement authority", "supreme audit institution", "ministry of finance"],
  10: ["information commission", "ombudsman's office", "ministry of public administration"],
  11: ["judicial council", "prosecution service", "judicial training institute"],
  12: ["companies registry", "securities regulator", "chamber of commerce"],
  13: ["anti-corruption agency", "ministry of education", "national integrity committee"],
  14: ["FIU", "financial intelligence unit", "central bank", "customs administration"],
  51: ["asset recovery office", "central authority", "prosecution service"],
  52: ["FIU", "banking supervisor", "central bank"],
  53: ["office of the attorney general", "ministry of justice"],
  54: ["asset management office", "prosecution service", "asset recovery office"],
  55: ["central authority", "asset recovery office", "office of the attorney general"],
  56: ["FIU", "asset recovery office"],
  57: ["ministry of finance", "asset management office", "central authority"],
  58: ["FIU", "financial intelligence unit"],
  59: ["ministry of foreign affairs", "central authority"],
};
export const GENERIC_INSTITUTIONS = ["anti-corruption agency", "ministry of justice", "ACA"];

/** Spanish and French generic institutions (their articles fixed by the form's gender). */
export const INSTITUTIONS_FR = ["ministere de la justice", "bureau anticorruption", "service"];
export const INSTITUTIONS_ES = ["oficina anticorrupcion", "fiscalia", "contraloria"];

/** Ways a line of several needs is introduced. */
export const LIST_LEADS = [
  "Technical assistance needs: ",
  "Needs identified: ",
  "Priority needs: ",
  "",
  "The following assistance would be useful: ",
];

/**
 * Contractions French and Spanish require after filling a slot: "a les" -> "aux",
 * "de les" -> "des", "a le" -> "au", "de le" -> "du"; "a el" -> "al", "de el" -> "del".
 * Slots are filled with noun phrases that carry their own article, so the form's
 * preposition and the topic's article meet here.
 */
export function contract(text: string, lang: "en" | "fr" | "es"): string {
  if (lang === "fr")
    return (
      text
        // "en matiere de" takes no article: "en matiere de blanchiment", "en matiere d'enquetes".
        .replace(/\bmatiere de (?:les|le|la) /g, "matiere de ")
        .replace(/\bmatiere de l'/g, "matiere de ")
        .replace(/\b([aà]) les\b/g, "aux")
        .replace(/\b([aà]) le\b/g, "au")
        .replace(/\bde les\b/g, "des")
        .replace(/\bde le\b/g, "du")
        .replace(/\bmatiere de ([aeiou])/g, "matiere d'$1")
        .replace(/\bdu ([aeiou])/g, "de l'$1")
        .replace(/\bau ([aeiou])/g, "a l'$1")
        .replace(/\ble ([aeiou])/g, "l'$1")
    );
  if (lang === "es")
    return text
      .replace(/\bmateria de (?:los|las|el|la) /g, "materia de ")
      .replace(/\ba el\b/g, "al")
      .replace(/\bde el\b/g, "del");
  return text;
}
