/**
 * The 71 articles of the United Nations Convention against Corruption with their official
 * English titles (General Assembly resolution 58/4, annex), and the chapter each belongs to.
 */
import type { ChapterId } from "./chapters.js";

export interface Article {
  /** Article number, 1-71. */
  number: number;
  /** Official English title. */
  title: string;
  chapter: ChapterId;
}

const TITLES: readonly string[] = [
  "Statement of purpose",
  "Use of terms",
  "Scope of application",
  "Protection of sovereignty",
  "Preventive anti-corruption policies and practices",
  "Preventive anti-corruption body or bodies",
  "Public sector",
  "Codes of conduct for public officials",
  "Public procurement and management of public finances",
  "Public reporting",
  "Measures relating to the judiciary and prosecution services",
  "Private sector",
  "Participation of society",
  "Measures to prevent money-laundering",
  "Bribery of national public officials",
  "Bribery of foreign public officials and officials of public international organizations",
  "Embezzlement, misappropriation or other diversion of property by a public official",
  "Trading in influence",
  "Abuse of functions",
  "Illicit enrichment",
  "Bribery in the private sector",
  "Embezzlement of property in the private sector",
  "Laundering of proceeds of crime",
  "Concealment",
  "Obstruction of justice",
  "Liability of legal persons",
  "Participation and attempt",
  "Knowledge, intent and purpose as elements of an offence",
  "Statute of limitations",
  "Prosecution, adjudication and sanctions",
  "Freezing, seizure and confiscation",
  "Protection of witnesses, experts and victims",
  "Protection of reporting persons",
  "Consequences of acts of corruption",
  "Compensation for damage",
  "Specialized authorities",
  "Cooperation with law enforcement authorities",
  "Cooperation between national authorities",
  "Cooperation between national authorities and the private sector",
  "Bank secrecy",
  "Criminal record",
  "Jurisdiction",
  "International cooperation",
  "Extradition",
  "Transfer of sentenced persons",
  "Mutual legal assistance",
  "Transfer of criminal proceedings",
  "Law enforcement cooperation",
  "Joint investigations",
  "Special investigative techniques",
  "General provision",
  "Prevention and detection of transfers of proceeds of crime",
  "Measures for direct recovery of property",
  "Mechanisms for recovery of property through international cooperation in confiscation",
  "International cooperation for purposes of confiscation",
  "Special cooperation",
  "Return and disposal of assets",
  "Financial intelligence unit",
  "Bilateral and multilateral agreements and arrangements",
  "Training and technical assistance",
  "Collection, exchange and analysis of information on corruption",
  "Other measures: implementation of the Convention through economic development and technical assistance",
  "Conference of the States Parties to the Convention",
  "Secretariat",
  "Implementation of the Convention",
  "Settlement of disputes",
  "Signature, ratification, acceptance, approval and accession",
  "Entry into force",
  "Amendment",
  "Denunciation",
  "Depositary and languages",
];

/** First article of each chapter, in order; a chapter runs to the next one's start. */
const CHAPTER_STARTS: ReadonlyArray<readonly [ChapterId, number]> = [
  ["I", 1],
  ["II", 5],
  ["III", 15],
  ["IV", 43],
  ["V", 51],
  ["VI", 60],
  ["VII", 63],
  ["VIII", 65],
];

function chapterByNumber(n: number): ChapterId {
  let chapter: ChapterId = "I";
  for (const [id, start] of CHAPTER_STARTS) if (n >= start) chapter = id;
  return chapter;
}

export const ARTICLES: readonly Article[] = TITLES.map((title, i) => ({
  number: i + 1,
  title,
  chapter: chapterByNumber(i + 1),
}));

export const ARTICLE_COUNT = 71;
