import { englishStopwords } from "./natural.js";
import type { Language } from "./language.js";

/*
 * French and Spanish function words (natural ships an English list only). Accents are folded
 * because stop words are removed after normalisation.
 */
const FR = `a au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y ete etre avoir afin ainsi aussi autre autres comme dont entre est sont plus selon sous tout tous toute toutes lors notamment`;
const ES = `a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas ellos en entre era es esa esas ese eso esos esta estas este esto estos fue ha han hasta la las le les lo los mas me mi mis mucho muy ni no nos nosotros o os otra otras otro otros para pero poco por que quien se sea ser si sin sobre su sus tambien te tiene todo todos tu un una unas uno unos y ya asi segun`;

/*
 * Words frequent in every need whatever its category or article: keeping them would only add
 * noise. Deliberately short: "support", "training", "law" carry signal and stay.
 */
const DOMAIN_EN = `need needs needed state states party parties country countries convention uncac including include includes also well regard regarding relation related within etc e.g i.e`;

const LISTS: Record<Language, ReadonlySet<string>> = {
  en: new Set([...englishStopwords, ...DOMAIN_EN.split(" ")]),
  fr: new Set(FR.split(" ")),
  es: new Set(ES.split(" ")),
};

export function isStopword(word: string, lang: Language): boolean {
  return LISTS[lang].has(word);
}
