/**
 * Every length cap on input, documented once. Each one bounds what one request can make the
 * server store and later serve (an uncapped list in an expert's CV once let 50 MB through to
 * anonymous readers), and each is generous for real use. The numbers are characters (UTF-16 code
 * units, as zod and JavaScript count them) or list items. Messages built here reach the user, so
 * they say the limit in plain words.
 */

/** Record ids (cuid-like) and cursors. */
export const MAX_ID = 64;
/** Free text of a need, and the description of an offer or knowledge-bank entry. */
export const MAX_TEXT = 10_000;
/** Titles of offers and knowledge-bank entries (the portal's forms use the same limit). */
export const MAX_TITLE = 200;
/** Names of people and organisations, positions, roles, degrees. */
export const MAX_NAME = 200;
/** RFC 5321 caps a forward path at 256 octets, so an address longer than 254 cannot be delivered. */
export const MAX_EMAIL = 254;
/** Web addresses: browsers and servers commonly stop around 2,000 characters. */
export const MAX_URL = 2_000;
/** Longer prose: a provider's description, an expert's summary, an engagement's description. */
export const MAX_SUMMARY = 5_000;
/** A note: one CV entry's description, the note on an evaluation criterion. */
export const MAX_NOTE = 2_000;
/** Where a need came from (a report reference or a file name). */
export const MAX_SOURCE_REF = 500;
/** How to reach the people behind a knowledge-bank entry. */
export const MAX_CONTACT = 300;
/** A publication cited in a CV (author, title, year, place). */
export const MAX_PUBLICATION = 500;
/** One area of expertise named in a CV. */
export const MAX_AREA = 120;
/** A date-like field of a CV ("2019", "03/2019", "2019-03-01", "present"). */
export const MAX_CV_DATE = 20;
/** A calendar date as yyyy-mm-dd. */
export const MAX_DATE = 10;
/** ISO 3166 alpha-3 and ISO 639-1 codes. */
export const MAX_ISO3 = 3;
export const MAX_LANGUAGE_CODE = 2;
/** Model versions, reasons and other short machine strings. */
export const MAX_LABEL = 200;
/** An evidence phrase or match reason quoted from a text. */
export const MAX_PHRASE = 1_000;

/** Entries in each CV list (education, employment, assignments): a long career fits. */
export const MAX_CV_ENTRIES = 50;
/** Publications in one CV. */
export const MAX_PUBLICATIONS = 200;
/** Areas of expertise in one CV. */
export const MAX_AREAS = 30;
/** Languages an expert speaks (ISO 639-1 codes). */
export const MAX_LANGUAGES = 20;
/** UNCAC has 71 articles; a list may cite each once. */
export const MAX_ARTICLES = 71;
/** Evidence phrases and match reasons attached to one record. */
export const MAX_PHRASES = 50;
/** Scored categories or articles in one classification. */
export const MAX_SCORED = 100;

/** Uploads: the raw file, and the rows read from it. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_FILENAME = 200;
export const MAX_IMPORT_ROWS = 50_000;
/**
 * An XLSX is a ZIP: 20 MB compressed can declare gigabytes once expanded. The uncompressed size the
 * ZIP's central directory declares for all its parts (worksheets, shared strings...) is capped
 * before any of it is inflated. 100 MB of XML holds 50,000 rows of needs of 1,500 characters each,
 * and is five times what a 20 MB CSV can carry.
 */
export const MAX_XLSX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;
/** Entries in an XLSX's ZIP: a plain workbook has a few dozen. */
export const MAX_XLSX_ENTRIES = 1_000;

const n = (x: number) => x.toLocaleString("en-US");

/** "the title is longer than 200 characters" */
export const tooLong = (what: string, max: number) => `${what} is longer than ${n(max)} characters`;
/** "at most 50 entries" */
export const tooMany = (what: string, max: number) => `at most ${n(max)} ${what}`;

// donors (issue 15, deliverable 4)
/**
 * An offer's budget, in whole currency units: a trillion covers any programme in any currency
 * (a large one in Indonesian rupiah or Iranian rial runs to 10^12), and stays exact in a double.
 */
export const MAX_BUDGET = 1_000_000_000_000;
/** An offer's duration: ten years, longer than any technical-assistance programme. */
export const MAX_DURATION_MONTHS = 120;
/** A message between a provider and a State or expert: a long letter. */
export const MAX_MESSAGE = 5_000;
/** "the budget is more than 1,000,000" */
export const tooBig = (what: string, max: number) => `${what} is more than ${n(max)}`;

/**
 * Executive-summary ingestion (issue 14, part 4). A summary's technical-assistance section is a
 * few pages: 10 MB holds a DOCX or PDF of it with images to spare, so a 20 MB upload is refused
 * before it is decoded. The extracted or pasted text is capped too: 200,000 characters is about
 * 60 pages, and the needs one summary yields are capped at 500 (a section names a few dozen).
 */
export const MAX_SUMMARY_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_SUMMARY_CHARS = 200_000;
export const MAX_SUMMARY_NEEDS = 500;
