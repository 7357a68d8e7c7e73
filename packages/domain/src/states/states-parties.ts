/**
 * The parties to the United Nations Convention against Corruption (UNCAC), as of late 2026:
 * 191 States in `STATES_PARTIES`, plus the European Union (`EUROPEAN_UNION`) — 192 parties.
 *
 * Who is in. All 193 UN Member States except the six in `NON_PARTIES`, plus four parties that
 * are not UN members: the Cook Islands (2011), the Holy See (2016, also on behalf of Vatican City
 * State), Niue (2017) and the State of Palestine (2014). The most recent joiners are Saint Kitts
 * and Nevis (accession 6 August 2024) and San Marino (ratification deposited 25 September 2025).
 * The count was cross-checked against published totals: 186 parties late 2019; Tonga the 187th
 * (February 2020); 188 in August 2021 (Somalia); 189 in 2022 (Suriname); 190 in 2023
 * (UNODC, "UNCAC at 20"); 191 after Saint Kitts and Nevis; 192 in early 2026.
 *
 * Who is out (`NON_PARTIES`), as far as we could confirm: Andorra (its Government approved
 * accession on 14 January 2026; parliamentary approval and deposit were still pending in the
 * last reports we found — add it here once the Secretary-General records the deposit), Barbados
 * (signatory, 10 December 2003), the Democratic People's Republic of Korea, Eritrea, Monaco, and
 * the Syrian Arab Republic (signatory, 9 December 2003).
 *
 * The European Union approved the Convention as a regional economic integration organization
 * (article 67(2)). It is not a State and has no regional group, so it is not in
 * `STATES_PARTIES`; it is exported as `EUROPEAN_UNION` and counted only where parties (not
 * States parties) are counted.
 *
 * Sources: the UN Treaty Collection / UNODC "Signature and ratification status" list (chapter
 * XVIII-14) as reproduced in the Netherlands Treaty Series (Trb. 2006, 266) and on
 * legacarta.intracen.org; UNODC, UNDP and government press releases for the later accessions
 * (Vanuatu, Iceland and Thailand 2011, Saint Lucia, Grenada, the Holy See, Tonga, Somalia,
 * Suriname, Saint Kitts and Nevis, San Marino, Andorra); the UN M49 overview table (UNSD) for
 * codes, sub-regions and the developed/developing column; UN regional group lists (African 54,
 * Asia-Pacific 54, Eastern European 23, Latin American and Caribbean 33, WEOG 28 + United States).
 *
 * Dates (`ratified`) are deposit dates. They were compiled from the sources above and from the
 * depositary record as best known; most were not re-verified day by day. Known to be uncertain —
 * listed in `APPROXIMATE_RATIFICATION_DATES`:
 * - Saint Vincent and the Grenadines: stored as 2023-01-01, a placeholder. It is counted a party
 *   because the published totals (189 in late 2022, 190 in 2023, 185 UN Member States in early
 *   2024) leave it as the only plausible joiner of that period, but we found no primary record of
 *   the deposit. Verify against the UN Treaty Collection before relying on it.
 * - Suriname: stored as 2021-10-01, a placeholder within the right period (accession law approved
 *   July 2021, reported done November 2021).
 * - Tonga: stored as 2020-02-06, the day accession was announced at the Pacific Regional
 *   Conference on Anti-Corruption; the deposit was that month but the day is unverified.
 * - Portugal: 2007-09-28; UNODC's press release says "Friday, 27 September", which is not a
 *   Friday, so one of the two days is wrong.
 */

import type { OrganizationParty, StateParty } from "./types.js";

// One line per State, sorted by `name` (String#localeCompare with "en").
// prettier-ignore
export const STATES_PARTIES: readonly StateParty[] = [
  { iso3: "AFG", iso2: "AF", name: "Afghanistan", group: "asia-pacific", subregion: "Southern Asia", m49: "004", languages: [], developing: true, ratified: "2008-08-25" },
  { iso3: "ALB", iso2: "AL", name: "Albania", group: "eastern-european", subregion: "Southern Europe", m49: "008", languages: [], developing: false, ratified: "2006-05-25" },
  { iso3: "DZA", iso2: "DZ", name: "Algeria", group: "african", subregion: "Northern Africa", m49: "012", languages: ["ar"], developing: true, ratified: "2004-08-25" },
  { iso3: "AGO", iso2: "AO", name: "Angola", group: "african", subregion: "Middle Africa", m49: "024", languages: [], developing: true, ratified: "2006-08-29" },
  { iso3: "ATG", iso2: "AG", name: "Antigua and Barbuda", group: "latin-american-caribbean", subregion: "Caribbean", m49: "028", languages: ["en"], developing: true, ratified: "2006-06-21" },
  { iso3: "ARG", iso2: "AR", name: "Argentina", group: "latin-american-caribbean", subregion: "South America", m49: "032", languages: ["es"], developing: true, ratified: "2006-08-28" },
  { iso3: "ARM", iso2: "AM", name: "Armenia", group: "eastern-european", subregion: "Western Asia", m49: "051", languages: [], developing: true, ratified: "2007-03-08" },
  { iso3: "AUS", iso2: "AU", name: "Australia", group: "western-european-other", subregion: "Australia and New Zealand", m49: "036", languages: ["en"], developing: false, ratified: "2005-12-07" },
  { iso3: "AUT", iso2: "AT", name: "Austria", group: "western-european-other", subregion: "Western Europe", m49: "040", languages: [], developing: false, ratified: "2006-01-11" },
  { iso3: "AZE", iso2: "AZ", name: "Azerbaijan", group: "eastern-european", subregion: "Western Asia", m49: "031", languages: [], developing: true, ratified: "2005-11-01" },
  { iso3: "BHS", iso2: "BS", name: "Bahamas", group: "latin-american-caribbean", subregion: "Caribbean", m49: "044", languages: ["en"], developing: true, ratified: "2008-01-10" },
  { iso3: "BHR", iso2: "BH", name: "Bahrain", group: "asia-pacific", subregion: "Western Asia", m49: "048", languages: ["ar"], developing: true, ratified: "2010-10-05" },
  { iso3: "BGD", iso2: "BD", name: "Bangladesh", group: "asia-pacific", subregion: "Southern Asia", m49: "050", languages: [], developing: true, ratified: "2007-02-27" },
  { iso3: "BLR", iso2: "BY", name: "Belarus", group: "eastern-european", subregion: "Eastern Europe", m49: "112", languages: ["ru"], developing: false, ratified: "2005-02-17" },
  { iso3: "BEL", iso2: "BE", name: "Belgium", group: "western-european-other", subregion: "Western Europe", m49: "056", languages: ["fr"], developing: false, ratified: "2008-09-25" },
  { iso3: "BLZ", iso2: "BZ", name: "Belize", group: "latin-american-caribbean", subregion: "Central America", m49: "084", languages: ["en"], developing: true, ratified: "2016-12-12" },
  { iso3: "BEN", iso2: "BJ", name: "Benin", group: "african", subregion: "Western Africa", m49: "204", languages: ["fr"], developing: true, ratified: "2004-10-14" },
  { iso3: "BTN", iso2: "BT", name: "Bhutan", group: "asia-pacific", subregion: "Southern Asia", m49: "064", languages: [], developing: true, ratified: "2016-09-21" },
  { iso3: "BOL", iso2: "BO", name: "Bolivia (Plurinational State of)", group: "latin-american-caribbean", subregion: "South America", m49: "068", languages: ["es"], developing: true, ratified: "2005-12-05" },
  { iso3: "BIH", iso2: "BA", name: "Bosnia and Herzegovina", group: "eastern-european", subregion: "Southern Europe", m49: "070", languages: [], developing: false, ratified: "2006-10-26" },
  { iso3: "BWA", iso2: "BW", name: "Botswana", group: "african", subregion: "Southern Africa", m49: "072", languages: ["en"], developing: true, ratified: "2011-06-27" },
  { iso3: "BRA", iso2: "BR", name: "Brazil", group: "latin-american-caribbean", subregion: "South America", m49: "076", languages: [], developing: true, ratified: "2005-06-15" },
  { iso3: "BRN", iso2: "BN", name: "Brunei Darussalam", group: "asia-pacific", subregion: "South-eastern Asia", m49: "096", languages: [], developing: true, ratified: "2008-12-02" },
  { iso3: "BGR", iso2: "BG", name: "Bulgaria", group: "eastern-european", subregion: "Eastern Europe", m49: "100", languages: [], developing: false, ratified: "2006-09-20" },
  { iso3: "BFA", iso2: "BF", name: "Burkina Faso", group: "african", subregion: "Western Africa", m49: "854", languages: ["fr"], developing: true, ratified: "2006-10-10" },
  { iso3: "BDI", iso2: "BI", name: "Burundi", group: "african", subregion: "Eastern Africa", m49: "108", languages: ["en", "fr"], developing: true, ratified: "2006-03-10" },
  { iso3: "CPV", iso2: "CV", name: "Cabo Verde", group: "african", subregion: "Western Africa", m49: "132", languages: [], developing: true, ratified: "2008-04-23" },
  { iso3: "KHM", iso2: "KH", name: "Cambodia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "116", languages: [], developing: true, ratified: "2007-09-05" },
  { iso3: "CMR", iso2: "CM", name: "Cameroon", group: "african", subregion: "Middle Africa", m49: "120", languages: ["en", "fr"], developing: true, ratified: "2006-02-06" },
  { iso3: "CAN", iso2: "CA", name: "Canada", group: "western-european-other", subregion: "Northern America", m49: "124", languages: ["en", "fr"], developing: false, ratified: "2007-10-02" },
  { iso3: "CAF", iso2: "CF", name: "Central African Republic", group: "african", subregion: "Middle Africa", m49: "140", languages: ["fr"], developing: true, ratified: "2006-10-06" },
  { iso3: "TCD", iso2: "TD", name: "Chad", group: "african", subregion: "Middle Africa", m49: "148", languages: ["ar", "fr"], developing: true, ratified: "2018-06-26" },
  { iso3: "CHL", iso2: "CL", name: "Chile", group: "latin-american-caribbean", subregion: "South America", m49: "152", languages: ["es"], developing: true, ratified: "2006-09-13" },
  { iso3: "CHN", iso2: "CN", name: "China", group: "asia-pacific", subregion: "Eastern Asia", m49: "156", languages: ["zh"], developing: true, ratified: "2006-01-13" },
  { iso3: "COL", iso2: "CO", name: "Colombia", group: "latin-american-caribbean", subregion: "South America", m49: "170", languages: ["es"], developing: true, ratified: "2006-10-27" },
  { iso3: "COM", iso2: "KM", name: "Comoros", group: "african", subregion: "Eastern Africa", m49: "174", languages: ["ar", "fr"], developing: true, ratified: "2012-10-11" },
  { iso3: "COG", iso2: "CG", name: "Congo", group: "african", subregion: "Middle Africa", m49: "178", languages: ["fr"], developing: true, ratified: "2006-07-13" },
  { iso3: "COK", iso2: "CK", name: "Cook Islands", group: "asia-pacific", subregion: "Polynesia", m49: "184", languages: ["en"], developing: true, ratified: "2011-10-17" },
  { iso3: "CRI", iso2: "CR", name: "Costa Rica", group: "latin-american-caribbean", subregion: "Central America", m49: "188", languages: ["es"], developing: true, ratified: "2007-03-21" },
  { iso3: "CIV", iso2: "CI", name: "Côte d'Ivoire", group: "african", subregion: "Western Africa", m49: "384", languages: ["fr"], developing: true, ratified: "2012-10-25" },
  { iso3: "HRV", iso2: "HR", name: "Croatia", group: "eastern-european", subregion: "Southern Europe", m49: "191", languages: [], developing: false, ratified: "2005-04-24" },
  { iso3: "CUB", iso2: "CU", name: "Cuba", group: "latin-american-caribbean", subregion: "Caribbean", m49: "192", languages: ["es"], developing: true, ratified: "2007-02-09" },
  { iso3: "CYP", iso2: "CY", name: "Cyprus", group: "asia-pacific", subregion: "Western Asia", m49: "196", languages: [], developing: false, ratified: "2009-02-23" },
  { iso3: "CZE", iso2: "CZ", name: "Czechia", group: "eastern-european", subregion: "Eastern Europe", m49: "203", languages: [], developing: false, ratified: "2013-11-29" },
  { iso3: "COD", iso2: "CD", name: "Democratic Republic of the Congo", group: "african", subregion: "Middle Africa", m49: "180", languages: ["fr"], developing: true, ratified: "2010-09-23" },
  { iso3: "DNK", iso2: "DK", name: "Denmark", group: "western-european-other", subregion: "Northern Europe", m49: "208", languages: [], developing: false, ratified: "2006-12-26" },
  { iso3: "DJI", iso2: "DJ", name: "Djibouti", group: "african", subregion: "Eastern Africa", m49: "262", languages: ["ar", "fr"], developing: true, ratified: "2005-04-20" },
  { iso3: "DMA", iso2: "DM", name: "Dominica", group: "latin-american-caribbean", subregion: "Caribbean", m49: "212", languages: ["en"], developing: true, ratified: "2010-05-28" },
  { iso3: "DOM", iso2: "DO", name: "Dominican Republic", group: "latin-american-caribbean", subregion: "Caribbean", m49: "214", languages: ["es"], developing: true, ratified: "2006-10-26" },
  { iso3: "ECU", iso2: "EC", name: "Ecuador", group: "latin-american-caribbean", subregion: "South America", m49: "218", languages: ["es"], developing: true, ratified: "2005-09-15" },
  { iso3: "EGY", iso2: "EG", name: "Egypt", group: "african", subregion: "Northern Africa", m49: "818", languages: ["ar"], developing: true, ratified: "2005-02-25" },
  { iso3: "SLV", iso2: "SV", name: "El Salvador", group: "latin-american-caribbean", subregion: "Central America", m49: "222", languages: ["es"], developing: true, ratified: "2004-07-01" },
  { iso3: "GNQ", iso2: "GQ", name: "Equatorial Guinea", group: "african", subregion: "Middle Africa", m49: "226", languages: ["fr", "es"], developing: true, ratified: "2018-05-30" },
  { iso3: "EST", iso2: "EE", name: "Estonia", group: "eastern-european", subregion: "Northern Europe", m49: "233", languages: [], developing: false, ratified: "2010-04-12" },
  { iso3: "SWZ", iso2: "SZ", name: "Eswatini", group: "african", subregion: "Southern Africa", m49: "748", languages: ["en"], developing: true, ratified: "2012-09-24" },
  { iso3: "ETH", iso2: "ET", name: "Ethiopia", group: "african", subregion: "Eastern Africa", m49: "231", languages: [], developing: true, ratified: "2007-11-26" },
  { iso3: "FJI", iso2: "FJ", name: "Fiji", group: "asia-pacific", subregion: "Melanesia", m49: "242", languages: ["en"], developing: true, ratified: "2008-05-14" },
  { iso3: "FIN", iso2: "FI", name: "Finland", group: "western-european-other", subregion: "Northern Europe", m49: "246", languages: [], developing: false, ratified: "2006-06-20" },
  { iso3: "FRA", iso2: "FR", name: "France", group: "western-european-other", subregion: "Western Europe", m49: "250", languages: ["fr"], developing: false, ratified: "2005-07-11" },
  { iso3: "GAB", iso2: "GA", name: "Gabon", group: "african", subregion: "Middle Africa", m49: "266", languages: ["fr"], developing: true, ratified: "2007-10-01" },
  { iso3: "GMB", iso2: "GM", name: "Gambia", group: "african", subregion: "Western Africa", m49: "270", languages: ["en"], developing: true, ratified: "2015-07-08" },
  { iso3: "GEO", iso2: "GE", name: "Georgia", group: "eastern-european", subregion: "Western Asia", m49: "268", languages: [], developing: true, ratified: "2008-11-04" },
  { iso3: "DEU", iso2: "DE", name: "Germany", group: "western-european-other", subregion: "Western Europe", m49: "276", languages: [], developing: false, ratified: "2014-11-12" },
  { iso3: "GHA", iso2: "GH", name: "Ghana", group: "african", subregion: "Western Africa", m49: "288", languages: ["en"], developing: true, ratified: "2007-06-27" },
  { iso3: "GRC", iso2: "GR", name: "Greece", group: "western-european-other", subregion: "Southern Europe", m49: "300", languages: [], developing: false, ratified: "2008-09-17" },
  { iso3: "GRD", iso2: "GD", name: "Grenada", group: "latin-american-caribbean", subregion: "Caribbean", m49: "308", languages: ["en"], developing: true, ratified: "2015-04-01" },
  { iso3: "GTM", iso2: "GT", name: "Guatemala", group: "latin-american-caribbean", subregion: "Central America", m49: "320", languages: ["es"], developing: true, ratified: "2006-11-03" },
  { iso3: "GIN", iso2: "GN", name: "Guinea", group: "african", subregion: "Western Africa", m49: "324", languages: ["fr"], developing: true, ratified: "2013-05-29" },
  { iso3: "GNB", iso2: "GW", name: "Guinea-Bissau", group: "african", subregion: "Western Africa", m49: "624", languages: [], developing: true, ratified: "2007-09-10" },
  { iso3: "GUY", iso2: "GY", name: "Guyana", group: "latin-american-caribbean", subregion: "South America", m49: "328", languages: ["en"], developing: true, ratified: "2008-04-16" },
  { iso3: "HTI", iso2: "HT", name: "Haiti", group: "latin-american-caribbean", subregion: "Caribbean", m49: "332", languages: ["fr"], developing: true, ratified: "2009-09-14" },
  { iso3: "VAT", iso2: "VA", name: "Holy See", group: "western-european-other", subregion: "Southern Europe", m49: "336", languages: [], developing: false, ratified: "2016-09-19", groupObserver: true },
  { iso3: "HND", iso2: "HN", name: "Honduras", group: "latin-american-caribbean", subregion: "Central America", m49: "340", languages: ["es"], developing: true, ratified: "2005-05-23" },
  { iso3: "HUN", iso2: "HU", name: "Hungary", group: "eastern-european", subregion: "Eastern Europe", m49: "348", languages: [], developing: false, ratified: "2006-04-19" },
  { iso3: "ISL", iso2: "IS", name: "Iceland", group: "western-european-other", subregion: "Northern Europe", m49: "352", languages: [], developing: false, ratified: "2011-03-01" },
  { iso3: "IND", iso2: "IN", name: "India", group: "asia-pacific", subregion: "Southern Asia", m49: "356", languages: ["en"], developing: true, ratified: "2011-05-09" },
  { iso3: "IDN", iso2: "ID", name: "Indonesia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "360", languages: [], developing: true, ratified: "2006-09-19" },
  { iso3: "IRN", iso2: "IR", name: "Iran (Islamic Republic of)", group: "asia-pacific", subregion: "Southern Asia", m49: "364", languages: [], developing: true, ratified: "2009-04-20" },
  { iso3: "IRQ", iso2: "IQ", name: "Iraq", group: "asia-pacific", subregion: "Western Asia", m49: "368", languages: ["ar"], developing: true, ratified: "2008-03-17" },
  { iso3: "IRL", iso2: "IE", name: "Ireland", group: "western-european-other", subregion: "Northern Europe", m49: "372", languages: ["en"], developing: false, ratified: "2011-11-09" },
  { iso3: "ISR", iso2: "IL", name: "Israel", group: "western-european-other", subregion: "Western Asia", m49: "376", languages: [], developing: false, ratified: "2009-02-04" },
  { iso3: "ITA", iso2: "IT", name: "Italy", group: "western-european-other", subregion: "Southern Europe", m49: "380", languages: [], developing: false, ratified: "2009-10-05" },
  { iso3: "JAM", iso2: "JM", name: "Jamaica", group: "latin-american-caribbean", subregion: "Caribbean", m49: "388", languages: ["en"], developing: true, ratified: "2008-03-05" },
  { iso3: "JPN", iso2: "JP", name: "Japan", group: "asia-pacific", subregion: "Eastern Asia", m49: "392", languages: [], developing: false, ratified: "2017-07-11" },
  { iso3: "JOR", iso2: "JO", name: "Jordan", group: "asia-pacific", subregion: "Western Asia", m49: "400", languages: ["ar"], developing: true, ratified: "2005-02-24" },
  { iso3: "KAZ", iso2: "KZ", name: "Kazakhstan", group: "asia-pacific", subregion: "Central Asia", m49: "398", languages: ["ru"], developing: true, ratified: "2008-06-18" },
  { iso3: "KEN", iso2: "KE", name: "Kenya", group: "african", subregion: "Eastern Africa", m49: "404", languages: ["en"], developing: true, ratified: "2003-12-09" },
  { iso3: "KIR", iso2: "KI", name: "Kiribati", group: "asia-pacific", subregion: "Micronesia", m49: "296", languages: ["en"], developing: true, ratified: "2013-09-27" },
  { iso3: "KWT", iso2: "KW", name: "Kuwait", group: "asia-pacific", subregion: "Western Asia", m49: "414", languages: ["ar"], developing: true, ratified: "2007-02-16" },
  { iso3: "KGZ", iso2: "KG", name: "Kyrgyzstan", group: "asia-pacific", subregion: "Central Asia", m49: "417", languages: ["ru"], developing: true, ratified: "2005-09-16" },
  { iso3: "LAO", iso2: "LA", name: "Lao People's Democratic Republic", group: "asia-pacific", subregion: "South-eastern Asia", m49: "418", languages: [], developing: true, ratified: "2009-09-25" },
  { iso3: "LVA", iso2: "LV", name: "Latvia", group: "eastern-european", subregion: "Northern Europe", m49: "428", languages: [], developing: false, ratified: "2006-01-04" },
  { iso3: "LBN", iso2: "LB", name: "Lebanon", group: "asia-pacific", subregion: "Western Asia", m49: "422", languages: ["ar"], developing: true, ratified: "2009-04-22" },
  { iso3: "LSO", iso2: "LS", name: "Lesotho", group: "african", subregion: "Southern Africa", m49: "426", languages: ["en"], developing: true, ratified: "2005-09-16" },
  { iso3: "LBR", iso2: "LR", name: "Liberia", group: "african", subregion: "Western Africa", m49: "430", languages: ["en"], developing: true, ratified: "2005-09-16" },
  { iso3: "LBY", iso2: "LY", name: "Libya", group: "african", subregion: "Northern Africa", m49: "434", languages: ["ar"], developing: true, ratified: "2005-06-07" },
  { iso3: "LIE", iso2: "LI", name: "Liechtenstein", group: "western-european-other", subregion: "Western Europe", m49: "438", languages: [], developing: false, ratified: "2010-07-08" },
  { iso3: "LTU", iso2: "LT", name: "Lithuania", group: "eastern-european", subregion: "Northern Europe", m49: "440", languages: [], developing: false, ratified: "2006-12-21" },
  { iso3: "LUX", iso2: "LU", name: "Luxembourg", group: "western-european-other", subregion: "Western Europe", m49: "442", languages: ["fr"], developing: false, ratified: "2007-11-06" },
  { iso3: "MDG", iso2: "MG", name: "Madagascar", group: "african", subregion: "Eastern Africa", m49: "450", languages: ["fr"], developing: true, ratified: "2004-03-22" },
  { iso3: "MWI", iso2: "MW", name: "Malawi", group: "african", subregion: "Eastern Africa", m49: "454", languages: ["en"], developing: true, ratified: "2007-12-04" },
  { iso3: "MYS", iso2: "MY", name: "Malaysia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "458", languages: [], developing: true, ratified: "2008-09-24" },
  { iso3: "MDV", iso2: "MV", name: "Maldives", group: "asia-pacific", subregion: "Southern Asia", m49: "462", languages: [], developing: true, ratified: "2007-03-22" },
  { iso3: "MLI", iso2: "ML", name: "Mali", group: "african", subregion: "Western Africa", m49: "466", languages: ["fr"], developing: true, ratified: "2008-04-18" },
  { iso3: "MLT", iso2: "MT", name: "Malta", group: "western-european-other", subregion: "Southern Europe", m49: "470", languages: ["en"], developing: false, ratified: "2008-04-11" },
  { iso3: "MHL", iso2: "MH", name: "Marshall Islands", group: "asia-pacific", subregion: "Micronesia", m49: "584", languages: ["en"], developing: true, ratified: "2011-11-17" },
  { iso3: "MRT", iso2: "MR", name: "Mauritania", group: "african", subregion: "Western Africa", m49: "478", languages: ["ar"], developing: true, ratified: "2006-10-25" },
  { iso3: "MUS", iso2: "MU", name: "Mauritius", group: "african", subregion: "Eastern Africa", m49: "480", languages: ["en"], developing: true, ratified: "2004-12-14" },
  { iso3: "MEX", iso2: "MX", name: "Mexico", group: "latin-american-caribbean", subregion: "Central America", m49: "484", languages: ["es"], developing: true, ratified: "2004-07-20" },
  { iso3: "FSM", iso2: "FM", name: "Micronesia (Federated States of)", group: "asia-pacific", subregion: "Micronesia", m49: "583", languages: ["en"], developing: true, ratified: "2012-03-21" },
  { iso3: "MNG", iso2: "MN", name: "Mongolia", group: "asia-pacific", subregion: "Eastern Asia", m49: "496", languages: [], developing: true, ratified: "2006-01-11" },
  { iso3: "MNE", iso2: "ME", name: "Montenegro", group: "eastern-european", subregion: "Southern Europe", m49: "499", languages: [], developing: false, ratified: "2006-10-23" },
  { iso3: "MAR", iso2: "MA", name: "Morocco", group: "african", subregion: "Northern Africa", m49: "504", languages: ["ar"], developing: true, ratified: "2007-05-09" },
  { iso3: "MOZ", iso2: "MZ", name: "Mozambique", group: "african", subregion: "Eastern Africa", m49: "508", languages: [], developing: true, ratified: "2008-04-09" },
  { iso3: "MMR", iso2: "MM", name: "Myanmar", group: "asia-pacific", subregion: "South-eastern Asia", m49: "104", languages: [], developing: true, ratified: "2012-12-20" },
  { iso3: "NAM", iso2: "NA", name: "Namibia", group: "african", subregion: "Southern Africa", m49: "516", languages: ["en"], developing: true, ratified: "2004-08-03" },
  { iso3: "NRU", iso2: "NR", name: "Nauru", group: "asia-pacific", subregion: "Micronesia", m49: "520", languages: ["en"], developing: true, ratified: "2012-07-12" },
  { iso3: "NPL", iso2: "NP", name: "Nepal", group: "asia-pacific", subregion: "Southern Asia", m49: "524", languages: [], developing: true, ratified: "2011-03-31" },
  { iso3: "NLD", iso2: "NL", name: "Netherlands (Kingdom of the)", group: "western-european-other", subregion: "Western Europe", m49: "528", languages: [], developing: false, ratified: "2006-10-31" },
  { iso3: "NZL", iso2: "NZ", name: "New Zealand", group: "western-european-other", subregion: "Australia and New Zealand", m49: "554", languages: ["en"], developing: false, ratified: "2015-12-01" },
  { iso3: "NIC", iso2: "NI", name: "Nicaragua", group: "latin-american-caribbean", subregion: "Central America", m49: "558", languages: ["es"], developing: true, ratified: "2006-02-15" },
  { iso3: "NER", iso2: "NE", name: "Niger", group: "african", subregion: "Western Africa", m49: "562", languages: ["fr"], developing: true, ratified: "2008-08-11" },
  { iso3: "NGA", iso2: "NG", name: "Nigeria", group: "african", subregion: "Western Africa", m49: "566", languages: ["en"], developing: true, ratified: "2004-12-14" },
  { iso3: "NIU", iso2: "NU", name: "Niue", group: "asia-pacific", subregion: "Polynesia", m49: "570", languages: ["en"], developing: true, ratified: "2017-10-03" },
  { iso3: "MKD", iso2: "MK", name: "North Macedonia", group: "eastern-european", subregion: "Southern Europe", m49: "807", languages: [], developing: false, ratified: "2007-04-13" },
  { iso3: "NOR", iso2: "NO", name: "Norway", group: "western-european-other", subregion: "Northern Europe", m49: "578", languages: [], developing: false, ratified: "2006-06-29" },
  { iso3: "OMN", iso2: "OM", name: "Oman", group: "asia-pacific", subregion: "Western Asia", m49: "512", languages: ["ar"], developing: true, ratified: "2014-01-09" },
  { iso3: "PAK", iso2: "PK", name: "Pakistan", group: "asia-pacific", subregion: "Southern Asia", m49: "586", languages: ["en"], developing: true, ratified: "2007-08-31" },
  { iso3: "PLW", iso2: "PW", name: "Palau", group: "asia-pacific", subregion: "Micronesia", m49: "585", languages: ["en"], developing: true, ratified: "2009-03-24" },
  { iso3: "PAN", iso2: "PA", name: "Panama", group: "latin-american-caribbean", subregion: "Central America", m49: "591", languages: ["es"], developing: true, ratified: "2005-09-23" },
  { iso3: "PNG", iso2: "PG", name: "Papua New Guinea", group: "asia-pacific", subregion: "Melanesia", m49: "598", languages: ["en"], developing: true, ratified: "2007-07-16" },
  { iso3: "PRY", iso2: "PY", name: "Paraguay", group: "latin-american-caribbean", subregion: "South America", m49: "600", languages: ["es"], developing: true, ratified: "2005-06-01" },
  { iso3: "PER", iso2: "PE", name: "Peru", group: "latin-american-caribbean", subregion: "South America", m49: "604", languages: ["es"], developing: true, ratified: "2004-11-16" },
  { iso3: "PHL", iso2: "PH", name: "Philippines", group: "asia-pacific", subregion: "South-eastern Asia", m49: "608", languages: ["en"], developing: true, ratified: "2006-11-08" },
  { iso3: "POL", iso2: "PL", name: "Poland", group: "eastern-european", subregion: "Eastern Europe", m49: "616", languages: [], developing: false, ratified: "2006-09-15" },
  { iso3: "PRT", iso2: "PT", name: "Portugal", group: "western-european-other", subregion: "Southern Europe", m49: "620", languages: [], developing: false, ratified: "2007-09-28" },
  { iso3: "QAT", iso2: "QA", name: "Qatar", group: "asia-pacific", subregion: "Western Asia", m49: "634", languages: ["ar"], developing: true, ratified: "2007-01-30" },
  { iso3: "KOR", iso2: "KR", name: "Republic of Korea", group: "asia-pacific", subregion: "Eastern Asia", m49: "410", languages: [], developing: true, ratified: "2008-03-27" },
  { iso3: "MDA", iso2: "MD", name: "Republic of Moldova", group: "eastern-european", subregion: "Eastern Europe", m49: "498", languages: [], developing: false, ratified: "2007-10-01" },
  { iso3: "ROU", iso2: "RO", name: "Romania", group: "eastern-european", subregion: "Eastern Europe", m49: "642", languages: [], developing: false, ratified: "2004-11-02" },
  { iso3: "RUS", iso2: "RU", name: "Russian Federation", group: "eastern-european", subregion: "Eastern Europe", m49: "643", languages: ["ru"], developing: false, ratified: "2006-05-09" },
  { iso3: "RWA", iso2: "RW", name: "Rwanda", group: "african", subregion: "Eastern Africa", m49: "646", languages: ["en", "fr"], developing: true, ratified: "2006-10-04" },
  { iso3: "KNA", iso2: "KN", name: "Saint Kitts and Nevis", group: "latin-american-caribbean", subregion: "Caribbean", m49: "659", languages: ["en"], developing: true, ratified: "2024-08-06" },
  { iso3: "LCA", iso2: "LC", name: "Saint Lucia", group: "latin-american-caribbean", subregion: "Caribbean", m49: "662", languages: ["en"], developing: true, ratified: "2011-11-25" },
  { iso3: "VCT", iso2: "VC", name: "Saint Vincent and the Grenadines", group: "latin-american-caribbean", subregion: "Caribbean", m49: "670", languages: ["en"], developing: true, ratified: "2023-01-01" },
  { iso3: "WSM", iso2: "WS", name: "Samoa", group: "asia-pacific", subregion: "Polynesia", m49: "882", languages: ["en"], developing: true, ratified: "2018-04-18" },
  { iso3: "SMR", iso2: "SM", name: "San Marino", group: "western-european-other", subregion: "Southern Europe", m49: "674", languages: [], developing: false, ratified: "2025-09-25" },
  { iso3: "STP", iso2: "ST", name: "Sao Tome and Principe", group: "african", subregion: "Middle Africa", m49: "678", languages: [], developing: true, ratified: "2006-04-12" },
  { iso3: "SAU", iso2: "SA", name: "Saudi Arabia", group: "asia-pacific", subregion: "Western Asia", m49: "682", languages: ["ar"], developing: true, ratified: "2013-04-29" },
  { iso3: "SEN", iso2: "SN", name: "Senegal", group: "african", subregion: "Western Africa", m49: "686", languages: ["fr"], developing: true, ratified: "2005-11-16" },
  { iso3: "SRB", iso2: "RS", name: "Serbia", group: "eastern-european", subregion: "Southern Europe", m49: "688", languages: [], developing: false, ratified: "2005-12-20" },
  { iso3: "SYC", iso2: "SC", name: "Seychelles", group: "african", subregion: "Eastern Africa", m49: "690", languages: ["en", "fr"], developing: true, ratified: "2006-03-16" },
  { iso3: "SLE", iso2: "SL", name: "Sierra Leone", group: "african", subregion: "Western Africa", m49: "694", languages: ["en"], developing: true, ratified: "2004-09-30" },
  { iso3: "SGP", iso2: "SG", name: "Singapore", group: "asia-pacific", subregion: "South-eastern Asia", m49: "702", languages: ["zh", "en"], developing: true, ratified: "2009-11-06" },
  { iso3: "SVK", iso2: "SK", name: "Slovakia", group: "eastern-european", subregion: "Eastern Europe", m49: "703", languages: [], developing: false, ratified: "2006-06-01" },
  { iso3: "SVN", iso2: "SI", name: "Slovenia", group: "eastern-european", subregion: "Southern Europe", m49: "705", languages: [], developing: false, ratified: "2008-04-01" },
  { iso3: "SLB", iso2: "SB", name: "Solomon Islands", group: "asia-pacific", subregion: "Melanesia", m49: "090", languages: ["en"], developing: true, ratified: "2012-01-06" },
  { iso3: "SOM", iso2: "SO", name: "Somalia", group: "african", subregion: "Eastern Africa", m49: "706", languages: ["ar"], developing: true, ratified: "2021-08-11" },
  { iso3: "ZAF", iso2: "ZA", name: "South Africa", group: "african", subregion: "Southern Africa", m49: "710", languages: ["en"], developing: true, ratified: "2004-11-22" },
  { iso3: "SSD", iso2: "SS", name: "South Sudan", group: "african", subregion: "Eastern Africa", m49: "728", languages: ["en"], developing: true, ratified: "2015-01-23" },
  { iso3: "ESP", iso2: "ES", name: "Spain", group: "western-european-other", subregion: "Southern Europe", m49: "724", languages: ["es"], developing: false, ratified: "2006-06-19" },
  { iso3: "LKA", iso2: "LK", name: "Sri Lanka", group: "asia-pacific", subregion: "Southern Asia", m49: "144", languages: [], developing: true, ratified: "2004-03-31" },
  { iso3: "PSE", iso2: "PS", name: "State of Palestine", group: "asia-pacific", subregion: "Western Asia", m49: "275", languages: ["ar"], developing: true, ratified: "2014-04-02" },
  { iso3: "SDN", iso2: "SD", name: "Sudan", group: "african", subregion: "Northern Africa", m49: "729", languages: ["ar", "en"], developing: true, ratified: "2014-09-05" },
  { iso3: "SUR", iso2: "SR", name: "Suriname", group: "latin-american-caribbean", subregion: "South America", m49: "740", languages: [], developing: true, ratified: "2021-10-01" },
  { iso3: "SWE", iso2: "SE", name: "Sweden", group: "western-european-other", subregion: "Northern Europe", m49: "752", languages: [], developing: false, ratified: "2007-09-25" },
  { iso3: "CHE", iso2: "CH", name: "Switzerland", group: "western-european-other", subregion: "Western Europe", m49: "756", languages: ["fr"], developing: false, ratified: "2009-09-24" },
  { iso3: "TJK", iso2: "TJ", name: "Tajikistan", group: "asia-pacific", subregion: "Central Asia", m49: "762", languages: [], developing: true, ratified: "2006-09-25" },
  { iso3: "THA", iso2: "TH", name: "Thailand", group: "asia-pacific", subregion: "South-eastern Asia", m49: "764", languages: [], developing: true, ratified: "2011-03-01" },
  { iso3: "TLS", iso2: "TL", name: "Timor-Leste", group: "asia-pacific", subregion: "South-eastern Asia", m49: "626", languages: [], developing: true, ratified: "2009-03-27" },
  { iso3: "TGO", iso2: "TG", name: "Togo", group: "african", subregion: "Western Africa", m49: "768", languages: ["fr"], developing: true, ratified: "2005-07-06" },
  { iso3: "TON", iso2: "TO", name: "Tonga", group: "asia-pacific", subregion: "Polynesia", m49: "776", languages: ["en"], developing: true, ratified: "2020-02-06" },
  { iso3: "TTO", iso2: "TT", name: "Trinidad and Tobago", group: "latin-american-caribbean", subregion: "Caribbean", m49: "780", languages: ["en"], developing: true, ratified: "2006-05-31" },
  { iso3: "TUN", iso2: "TN", name: "Tunisia", group: "african", subregion: "Northern Africa", m49: "788", languages: ["ar"], developing: true, ratified: "2008-09-23" },
  { iso3: "TUR", iso2: "TR", name: "Türkiye", group: "western-european-other", subregion: "Western Asia", m49: "792", languages: [], developing: true, ratified: "2006-11-09" },
  { iso3: "TKM", iso2: "TM", name: "Turkmenistan", group: "asia-pacific", subregion: "Central Asia", m49: "795", languages: [], developing: true, ratified: "2005-03-28" },
  { iso3: "TUV", iso2: "TV", name: "Tuvalu", group: "asia-pacific", subregion: "Polynesia", m49: "798", languages: ["en"], developing: true, ratified: "2015-09-04" },
  { iso3: "UGA", iso2: "UG", name: "Uganda", group: "african", subregion: "Eastern Africa", m49: "800", languages: ["en"], developing: true, ratified: "2004-09-09" },
  { iso3: "UKR", iso2: "UA", name: "Ukraine", group: "eastern-european", subregion: "Eastern Europe", m49: "804", languages: [], developing: false, ratified: "2009-12-02" },
  { iso3: "ARE", iso2: "AE", name: "United Arab Emirates", group: "asia-pacific", subregion: "Western Asia", m49: "784", languages: ["ar"], developing: true, ratified: "2006-02-22" },
  { iso3: "GBR", iso2: "GB", name: "United Kingdom of Great Britain and Northern Ireland", group: "western-european-other", subregion: "Northern Europe", m49: "826", languages: ["en"], developing: false, ratified: "2006-02-09" },
  { iso3: "TZA", iso2: "TZ", name: "United Republic of Tanzania", group: "african", subregion: "Eastern Africa", m49: "834", languages: ["en"], developing: true, ratified: "2005-05-25" },
  { iso3: "USA", iso2: "US", name: "United States of America", group: "western-european-other", subregion: "Northern America", m49: "840", languages: ["en"], developing: false, ratified: "2006-10-30" },
  { iso3: "URY", iso2: "UY", name: "Uruguay", group: "latin-american-caribbean", subregion: "South America", m49: "858", languages: ["es"], developing: true, ratified: "2007-01-10" },
  { iso3: "UZB", iso2: "UZ", name: "Uzbekistan", group: "asia-pacific", subregion: "Central Asia", m49: "860", languages: [], developing: true, ratified: "2008-07-29" },
  { iso3: "VUT", iso2: "VU", name: "Vanuatu", group: "asia-pacific", subregion: "Melanesia", m49: "548", languages: ["en", "fr"], developing: true, ratified: "2011-07-12" },
  { iso3: "VEN", iso2: "VE", name: "Venezuela (Bolivarian Republic of)", group: "latin-american-caribbean", subregion: "South America", m49: "862", languages: ["es"], developing: true, ratified: "2009-02-02" },
  { iso3: "VNM", iso2: "VN", name: "Viet Nam", group: "asia-pacific", subregion: "South-eastern Asia", m49: "704", languages: [], developing: true, ratified: "2009-08-19" },
  { iso3: "YEM", iso2: "YE", name: "Yemen", group: "asia-pacific", subregion: "Western Asia", m49: "887", languages: ["ar"], developing: true, ratified: "2005-11-07" },
  { iso3: "ZMB", iso2: "ZM", name: "Zambia", group: "african", subregion: "Eastern Africa", m49: "894", languages: ["en"], developing: true, ratified: "2007-12-07" },
  { iso3: "ZWE", iso2: "ZW", name: "Zimbabwe", group: "african", subregion: "Eastern Africa", m49: "716", languages: ["en"], developing: true, ratified: "2007-03-08" },
];

/** The European Union, party by approval (article 67(2)); deposited 12 September 2008. */
export const EUROPEAN_UNION: OrganizationParty = {
  kind: "organization",
  id: "EU",
  name: "European Union",
  ratified: "2008-09-12",
};

export interface NonParty {
  iso3: string;
  name: string;
  /** Regional group the State belongs to in the UN (for explaining gaps per group). */
  group: StateParty["group"];
  /** Whether it signed the Convention (signature alone does not make a State a party). */
  signatory: boolean;
  note?: string;
}

/** UN Member States that are not parties, as far as we could confirm (see the header). */
export const NON_PARTIES: readonly NonParty[] = [
  {
    iso3: "AND",
    name: "Andorra",
    group: "western-european-other",
    signatory: false,
    note: "Government approved accession on 14 January 2026; deposit not yet recorded in our sources.",
  },
  { iso3: "BRB", name: "Barbados", group: "latin-american-caribbean", signatory: true },
  {
    iso3: "PRK",
    name: "Democratic People's Republic of Korea",
    group: "asia-pacific",
    signatory: false,
  },
  { iso3: "ERI", name: "Eritrea", group: "african", signatory: false },
  { iso3: "MCO", name: "Monaco", group: "western-european-other", signatory: false },
  { iso3: "SYR", name: "Syrian Arab Republic", group: "asia-pacific", signatory: true },
];

/** ISO3 codes whose `ratified` date is a placeholder or unverified to the day (see the header). */
export const APPROXIMATE_RATIFICATION_DATES: ReadonlySet<string> = new Set([
  "VCT",
  "SUR",
  "TON",
  "PRT",
]);
