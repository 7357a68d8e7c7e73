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
  { iso3: "AFG", name: "Afghanistan", group: "asia-pacific", subregion: "Southern Asia", m49: "004", languages: [], developing: true, ratified: "2008-08-25" },
  { iso3: "ALB", name: "Albania", group: "eastern-european", subregion: "Southern Europe", m49: "008", languages: [], developing: false, ratified: "2006-05-25" },
  { iso3: "DZA", name: "Algeria", group: "african", subregion: "Northern Africa", m49: "012", languages: ["ar"], developing: true, ratified: "2004-08-25" },
  { iso3: "AGO", name: "Angola", group: "african", subregion: "Middle Africa", m49: "024", languages: [], developing: true, ratified: "2006-08-29" },
  { iso3: "ATG", name: "Antigua and Barbuda", group: "latin-american-caribbean", subregion: "Caribbean", m49: "028", languages: ["en"], developing: true, ratified: "2006-06-21" },
  { iso3: "ARG", name: "Argentina", group: "latin-american-caribbean", subregion: "South America", m49: "032", languages: ["es"], developing: true, ratified: "2006-08-28" },
  { iso3: "ARM", name: "Armenia", group: "eastern-european", subregion: "Western Asia", m49: "051", languages: [], developing: true, ratified: "2007-03-08" },
  { iso3: "AUS", name: "Australia", group: "western-european-other", subregion: "Australia and New Zealand", m49: "036", languages: ["en"], developing: false, ratified: "2005-12-07" },
  { iso3: "AUT", name: "Austria", group: "western-european-other", subregion: "Western Europe", m49: "040", languages: [], developing: false, ratified: "2006-01-11" },
  { iso3: "AZE", name: "Azerbaijan", group: "eastern-european", subregion: "Western Asia", m49: "031", languages: [], developing: true, ratified: "2005-11-01" },
  { iso3: "BHS", name: "Bahamas", group: "latin-american-caribbean", subregion: "Caribbean", m49: "044", languages: ["en"], developing: true, ratified: "2008-01-10" },
  { iso3: "BHR", name: "Bahrain", group: "asia-pacific", subregion: "Western Asia", m49: "048", languages: ["ar"], developing: true, ratified: "2010-10-05" },
  { iso3: "BGD", name: "Bangladesh", group: "asia-pacific", subregion: "Southern Asia", m49: "050", languages: [], developing: true, ratified: "2007-02-27" },
  { iso3: "BLR", name: "Belarus", group: "eastern-european", subregion: "Eastern Europe", m49: "112", languages: ["ru"], developing: false, ratified: "2005-02-17" },
  { iso3: "BEL", name: "Belgium", group: "western-european-other", subregion: "Western Europe", m49: "056", languages: ["fr"], developing: false, ratified: "2008-09-25" },
  { iso3: "BLZ", name: "Belize", group: "latin-american-caribbean", subregion: "Central America", m49: "084", languages: ["en"], developing: true, ratified: "2016-12-12" },
  { iso3: "BEN", name: "Benin", group: "african", subregion: "Western Africa", m49: "204", languages: ["fr"], developing: true, ratified: "2004-10-14" },
  { iso3: "BTN", name: "Bhutan", group: "asia-pacific", subregion: "Southern Asia", m49: "064", languages: [], developing: true, ratified: "2016-09-21" },
  { iso3: "BOL", name: "Bolivia (Plurinational State of)", group: "latin-american-caribbean", subregion: "South America", m49: "068", languages: ["es"], developing: true, ratified: "2005-12-05" },
  { iso3: "BIH", name: "Bosnia and Herzegovina", group: "eastern-european", subregion: "Southern Europe", m49: "070", languages: [], developing: false, ratified: "2006-10-26" },
  { iso3: "BWA", name: "Botswana", group: "african", subregion: "Southern Africa", m49: "072", languages: ["en"], developing: true, ratified: "2011-06-27" },
  { iso3: "BRA", name: "Brazil", group: "latin-american-caribbean", subregion: "South America", m49: "076", languages: [], developing: true, ratified: "2005-06-15" },
  { iso3: "BRN", name: "Brunei Darussalam", group: "asia-pacific", subregion: "South-eastern Asia", m49: "096", languages: [], developing: true, ratified: "2008-12-02" },
  { iso3: "BGR", name: "Bulgaria", group: "eastern-european", subregion: "Eastern Europe", m49: "100", languages: [], developing: false, ratified: "2006-09-20" },
  { iso3: "BFA", name: "Burkina Faso", group: "african", subregion: "Western Africa", m49: "854", languages: ["fr"], developing: true, ratified: "2006-10-10" },
  { iso3: "BDI", name: "Burundi", group: "african", subregion: "Eastern Africa", m49: "108", languages: ["en", "fr"], developing: true, ratified: "2006-03-10" },
  { iso3: "CPV", name: "Cabo Verde", group: "african", subregion: "Western Africa", m49: "132", languages: [], developing: true, ratified: "2008-04-23" },
  { iso3: "KHM", name: "Cambodia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "116", languages: [], developing: true, ratified: "2007-09-05" },
  { iso3: "CMR", name: "Cameroon", group: "african", subregion: "Middle Africa", m49: "120", languages: ["en", "fr"], developing: true, ratified: "2006-02-06" },
  { iso3: "CAN", name: "Canada", group: "western-european-other", subregion: "Northern America", m49: "124", languages: ["en", "fr"], developing: false, ratified: "2007-10-02" },
  { iso3: "CAF", name: "Central African Republic", group: "african", subregion: "Middle Africa", m49: "140", languages: ["fr"], developing: true, ratified: "2006-10-06" },
  { iso3: "TCD", name: "Chad", group: "african", subregion: "Middle Africa", m49: "148", languages: ["ar", "fr"], developing: true, ratified: "2018-06-26" },
  { iso3: "CHL", name: "Chile", group: "latin-american-caribbean", subregion: "South America", m49: "152", languages: ["es"], developing: true, ratified: "2006-09-13" },
  { iso3: "CHN", name: "China", group: "asia-pacific", subregion: "Eastern Asia", m49: "156", languages: ["zh"], developing: true, ratified: "2006-01-13" },
  { iso3: "COL", name: "Colombia", group: "latin-american-caribbean", subregion: "South America", m49: "170", languages: ["es"], developing: true, ratified: "2006-10-27" },
  { iso3: "COM", name: "Comoros", group: "african", subregion: "Eastern Africa", m49: "174", languages: ["ar", "fr"], developing: true, ratified: "2012-10-11" },
  { iso3: "COG", name: "Congo", group: "african", subregion: "Middle Africa", m49: "178", languages: ["fr"], developing: true, ratified: "2006-07-13" },
  { iso3: "COK", name: "Cook Islands", group: "asia-pacific", subregion: "Polynesia", m49: "184", languages: ["en"], developing: true, ratified: "2011-10-17" },
  { iso3: "CRI", name: "Costa Rica", group: "latin-american-caribbean", subregion: "Central America", m49: "188", languages: ["es"], developing: true, ratified: "2007-03-21" },
  { iso3: "CIV", name: "Côte d'Ivoire", group: "african", subregion: "Western Africa", m49: "384", languages: ["fr"], developing: true, ratified: "2012-10-25" },
  { iso3: "HRV", name: "Croatia", group: "eastern-european", subregion: "Southern Europe", m49: "191", languages: [], developing: false, ratified: "2005-04-24" },
  { iso3: "CUB", name: "Cuba", group: "latin-american-caribbean", subregion: "Caribbean", m49: "192", languages: ["es"], developing: true, ratified: "2007-02-09" },
  { iso3: "CYP", name: "Cyprus", group: "asia-pacific", subregion: "Western Asia", m49: "196", languages: [], developing: false, ratified: "2009-02-23" },
  { iso3: "CZE", name: "Czechia", group: "eastern-european", subregion: "Eastern Europe", m49: "203", languages: [], developing: false, ratified: "2013-11-29" },
  { iso3: "COD", name: "Democratic Republic of the Congo", group: "african", subregion: "Middle Africa", m49: "180", languages: ["fr"], developing: true, ratified: "2010-09-23" },
  { iso3: "DNK", name: "Denmark", group: "western-european-other", subregion: "Northern Europe", m49: "208", languages: [], developing: false, ratified: "2006-12-26" },
  { iso3: "DJI", name: "Djibouti", group: "african", subregion: "Eastern Africa", m49: "262", languages: ["ar", "fr"], developing: true, ratified: "2005-04-20" },
  { iso3: "DMA", name: "Dominica", group: "latin-american-caribbean", subregion: "Caribbean", m49: "212", languages: ["en"], developing: true, ratified: "2010-05-28" },
  { iso3: "DOM", name: "Dominican Republic", group: "latin-american-caribbean", subregion: "Caribbean", m49: "214", languages: ["es"], developing: true, ratified: "2006-10-26" },
  { iso3: "ECU", name: "Ecuador", group: "latin-american-caribbean", subregion: "South America", m49: "218", languages: ["es"], developing: true, ratified: "2005-09-15" },
  { iso3: "EGY", name: "Egypt", group: "african", subregion: "Northern Africa", m49: "818", languages: ["ar"], developing: true, ratified: "2005-02-25" },
  { iso3: "SLV", name: "El Salvador", group: "latin-american-caribbean", subregion: "Central America", m49: "222", languages: ["es"], developing: true, ratified: "2004-07-01" },
  { iso3: "GNQ", name: "Equatorial Guinea", group: "african", subregion: "Middle Africa", m49: "226", languages: ["fr", "es"], developing: true, ratified: "2018-05-30" },
  { iso3: "EST", name: "Estonia", group: "eastern-european", subregion: "Northern Europe", m49: "233", languages: [], developing: false, ratified: "2010-04-12" },
  { iso3: "SWZ", name: "Eswatini", group: "african", subregion: "Southern Africa", m49: "748", languages: ["en"], developing: true, ratified: "2012-09-24" },
  { iso3: "ETH", name: "Ethiopia", group: "african", subregion: "Eastern Africa", m49: "231", languages: [], developing: true, ratified: "2007-11-26" },
  { iso3: "FJI", name: "Fiji", group: "asia-pacific", subregion: "Melanesia", m49: "242", languages: ["en"], developing: true, ratified: "2008-05-14" },
  { iso3: "FIN", name: "Finland", group: "western-european-other", subregion: "Northern Europe", m49: "246", languages: [], developing: false, ratified: "2006-06-20" },
  { iso3: "FRA", name: "France", group: "western-european-other", subregion: "Western Europe", m49: "250", languages: ["fr"], developing: false, ratified: "2005-07-11" },
  { iso3: "GAB", name: "Gabon", group: "african", subregion: "Middle Africa", m49: "266", languages: ["fr"], developing: true, ratified: "2007-10-01" },
  { iso3: "GMB", name: "Gambia", group: "african", subregion: "Western Africa", m49: "270", languages: ["en"], developing: true, ratified: "2015-07-08" },
  { iso3: "GEO", name: "Georgia", group: "eastern-european", subregion: "Western Asia", m49: "268", languages: [], developing: true, ratified: "2008-11-04" },
  { iso3: "DEU", name: "Germany", group: "western-european-other", subregion: "Western Europe", m49: "276", languages: [], developing: false, ratified: "2014-11-12" },
  { iso3: "GHA", name: "Ghana", group: "african", subregion: "Western Africa", m49: "288", languages: ["en"], developing: true, ratified: "2007-06-27" },
  { iso3: "GRC", name: "Greece", group: "western-european-other", subregion: "Southern Europe", m49: "300", languages: [], developing: false, ratified: "2008-09-17" },
  { iso3: "GRD", name: "Grenada", group: "latin-american-caribbean", subregion: "Caribbean", m49: "308", languages: ["en"], developing: true, ratified: "2015-04-01" },
  { iso3: "GTM", name: "Guatemala", group: "latin-american-caribbean", subregion: "Central America", m49: "320", languages: ["es"], developing: true, ratified: "2006-11-03" },
  { iso3: "GIN", name: "Guinea", group: "african", subregion: "Western Africa", m49: "324", languages: ["fr"], developing: true, ratified: "2013-05-29" },
  { iso3: "GNB", name: "Guinea-Bissau", group: "african", subregion: "Western Africa", m49: "624", languages: [], developing: true, ratified: "2007-09-10" },
  { iso3: "GUY", name: "Guyana", group: "latin-american-caribbean", subregion: "South America", m49: "328", languages: ["en"], developing: true, ratified: "2008-04-16" },
  { iso3: "HTI", name: "Haiti", group: "latin-american-caribbean", subregion: "Caribbean", m49: "332", languages: ["fr"], developing: true, ratified: "2009-09-14" },
  { iso3: "VAT", name: "Holy See", group: "western-european-other", subregion: "Southern Europe", m49: "336", languages: [], developing: false, ratified: "2016-09-19" },
  { iso3: "HND", name: "Honduras", group: "latin-american-caribbean", subregion: "Central America", m49: "340", languages: ["es"], developing: true, ratified: "2005-05-23" },
  { iso3: "HUN", name: "Hungary", group: "eastern-european", subregion: "Eastern Europe", m49: "348", languages: [], developing: false, ratified: "2006-04-19" },
  { iso3: "ISL", name: "Iceland", group: "western-european-other", subregion: "Northern Europe", m49: "352", languages: [], developing: false, ratified: "2011-03-01" },
  { iso3: "IND", name: "India", group: "asia-pacific", subregion: "Southern Asia", m49: "356", languages: ["en"], developing: true, ratified: "2011-05-09" },
  { iso3: "IDN", name: "Indonesia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "360", languages: [], developing: true, ratified: "2006-09-19" },
  { iso3: "IRN", name: "Iran (Islamic Republic of)", group: "asia-pacific", subregion: "Southern Asia", m49: "364", languages: [], developing: true, ratified: "2009-04-20" },
  { iso3: "IRQ", name: "Iraq", group: "asia-pacific", subregion: "Western Asia", m49: "368", languages: ["ar"], developing: true, ratified: "2008-03-17" },
  { iso3: "IRL", name: "Ireland", group: "western-european-other", subregion: "Northern Europe", m49: "372", languages: ["en"], developing: false, ratified: "2011-11-09" },
  { iso3: "ISR", name: "Israel", group: "western-european-other", subregion: "Western Asia", m49: "376", languages: [], developing: false, ratified: "2009-02-04" },
  { iso3: "ITA", name: "Italy", group: "western-european-other", subregion: "Southern Europe", m49: "380", languages: [], developing: false, ratified: "2009-10-05" },
  { iso3: "JAM", name: "Jamaica", group: "latin-american-caribbean", subregion: "Caribbean", m49: "388", languages: ["en"], developing: true, ratified: "2008-03-05" },
  { iso3: "JPN", name: "Japan", group: "asia-pacific", subregion: "Eastern Asia", m49: "392", languages: [], developing: false, ratified: "2017-07-11" },
  { iso3: "JOR", name: "Jordan", group: "asia-pacific", subregion: "Western Asia", m49: "400", languages: ["ar"], developing: true, ratified: "2005-02-24" },
  { iso3: "KAZ", name: "Kazakhstan", group: "asia-pacific", subregion: "Central Asia", m49: "398", languages: ["ru"], developing: true, ratified: "2008-06-18" },
  { iso3: "KEN", name: "Kenya", group: "african", subregion: "Eastern Africa", m49: "404", languages: ["en"], developing: true, ratified: "2003-12-09" },
  { iso3: "KIR", name: "Kiribati", group: "asia-pacific", subregion: "Micronesia", m49: "296", languages: ["en"], developing: true, ratified: "2013-09-27" },
  { iso3: "KWT", name: "Kuwait", group: "asia-pacific", subregion: "Western Asia", m49: "414", languages: ["ar"], developing: true, ratified: "2007-02-16" },
  { iso3: "KGZ", name: "Kyrgyzstan", group: "asia-pacific", subregion: "Central Asia", m49: "417", languages: ["ru"], developing: true, ratified: "2005-09-16" },
  { iso3: "LAO", name: "Lao People's Democratic Republic", group: "asia-pacific", subregion: "South-eastern Asia", m49: "418", languages: [], developing: true, ratified: "2009-09-25" },
  { iso3: "LVA", name: "Latvia", group: "eastern-european", subregion: "Northern Europe", m49: "428", languages: [], developing: false, ratified: "2006-01-04" },
  { iso3: "LBN", name: "Lebanon", group: "asia-pacific", subregion: "Western Asia", m49: "422", languages: ["ar"], developing: true, ratified: "2009-04-22" },
  { iso3: "LSO", name: "Lesotho", group: "african", subregion: "Southern Africa", m49: "426", languages: ["en"], developing: true, ratified: "2005-09-16" },
  { iso3: "LBR", name: "Liberia", group: "african", subregion: "Western Africa", m49: "430", languages: ["en"], developing: true, ratified: "2005-09-16" },
  { iso3: "LBY", name: "Libya", group: "african", subregion: "Northern Africa", m49: "434", languages: ["ar"], developing: true, ratified: "2005-06-07" },
  { iso3: "LIE", name: "Liechtenstein", group: "western-european-other", subregion: "Western Europe", m49: "438", languages: [], developing: false, ratified: "2010-07-08" },
  { iso3: "LTU", name: "Lithuania", group: "eastern-european", subregion: "Northern Europe", m49: "440", languages: [], developing: false, ratified: "2006-12-21" },
  { iso3: "LUX", name: "Luxembourg", group: "western-european-other", subregion: "Western Europe", m49: "442", languages: ["fr"], developing: false, ratified: "2007-11-06" },
  { iso3: "MDG", name: "Madagascar", group: "african", subregion: "Eastern Africa", m49: "450", languages: ["fr"], developing: true, ratified: "2004-03-22" },
  { iso3: "MWI", name: "Malawi", group: "african", subregion: "Eastern Africa", m49: "454", languages: ["en"], developing: true, ratified: "2007-12-04" },
  { iso3: "MYS", name: "Malaysia", group: "asia-pacific", subregion: "South-eastern Asia", m49: "458", languages: [], developing: true, ratified: "2008-09-24" },
  { iso3: "MDV", name: "Maldives", group: "asia-pacific", subregion: "Southern Asia", m49: "462", languages: [], developing: true, ratified: "2007-03-22" },
  { iso3: "MLI", name: "Mali", group: "african", subregion: "Western Africa", m49: "466", languages: ["fr"], developing: true, ratified: "2008-04-18" },
  { iso3: "MLT", name: "Malta", group: "western-european-other", subregion: "Southern Europe", m49: "470", languages: ["en"], developing: false, ratified: "2008-04-11" },
  { iso3: "MHL", name: "Marshall Islands", group: "asia-pacific", subregion: "Micronesia", m49: "584", languages: ["en"], developing: true, ratified: "2011-11-17" },
  { iso3: "MRT", name: "Mauritania", group: "african", subregion: "Western Africa", m49: "478", languages: ["ar"], developing: true, ratified: "2006-10-25" },
  { iso3: "MUS", name: "Mauritius", group: "african", subregion: "Eastern Africa", m49: "480", languages: ["en"], developing: true, ratified: "2004-12-14" },
  { iso3: "MEX", name: "Mexico", group: "latin-american-caribbean", subregion: "Central America", m49: "484", languages: ["es"], developing: true, ratified: "2004-07-20" },
  { iso3: "FSM", name: "Micronesia (Federated States of)", group: "asia-pacific", subregion: "Micronesia", m49: "583", languages: ["en"], developing: true, ratified: "2012-03-21" },
  { iso3: "MNG", name: "Mongolia", group: "asia-pacific", subregion: "Eastern Asia", m49: "496", languages: [], developing: true, ratified: "2006-01-11" },
  { iso3: "MNE", name: "Montenegro", group: "eastern-european", subregion: "Southern Europe", m49: "499", languages: [], developing: false, ratified: "2006-10-23" },
  { iso3: "MAR", name: "Morocco", group: "african", subregion: "Northern Africa", m49: "504", languages: ["ar"], developing: true, ratified: "2007-05-09" },
  { iso3: "MOZ", name: "Mozambique", group: "african", subregion: "Eastern Africa", m49: "508", languages: [], developing: true, ratified: "2008-04-09" },
  { iso3: "MMR", name: "Myanmar", group: "asia-pacific", subregion: "South-eastern Asia", m49: "104", languages: [], developing: true, ratified: "2012-12-20" },
  { iso3: "NAM", name: "Namibia", group: "african", subregion: "Southern Africa", m49: "516", languages: ["en"], developing: true, ratified: "2004-08-03" },
  { iso3: "NRU", name: "Nauru", group: "asia-pacific", subregion: "Micronesia", m49: "520", languages: ["en"], developing: true, ratified: "2012-07-12" },
  { iso3: "NPL", name: "Nepal", group: "asia-pacific", subregion: "Southern Asia", m49: "524", languages: [], developing: true, ratified: "2011-03-31" },
  { iso3: "NLD", name: "Netherlands (Kingdom of the)", group: "western-european-other", subregion: "Western Europe", m49: "528", languages: [], developing: false, ratified: "2006-10-31" },
  { iso3: "NZL", name: "New Zealand", group: "western-european-other", subregion: "Australia and New Zealand", m49: "554", languages: ["en"], developing: false, ratified: "2015-12-01" },
  { iso3: "NIC", name: "Nicaragua", group: "latin-american-caribbean", subregion: "Central America", m49: "558", languages: ["es"], developing: true, ratified: "2006-02-15" },
  { iso3: "NER", name: "Niger", group: "african", subregion: "Western Africa", m49: "562", languages: ["fr"], developing: true, ratified: "2008-08-11" },
  { iso3: "NGA", name: "Nigeria", group: "african", subregion: "Western Africa", m49: "566", languages: ["en"], developing: true, ratified: "2004-12-14" },
  { iso3: "NIU", name: "Niue", group: "asia-pacific", subregion: "Polynesia", m49: "570", languages: ["en"], developing: true, ratified: "2017-10-03" },
  { iso3: "MKD", name: "North Macedonia", group: "eastern-european", subregion: "Southern Europe", m49: "807", languages: [], developing: false, ratified: "2007-04-13" },
  { iso3: "NOR", name: "Norway", group: "western-european-other", subregion: "Northern Europe", m49: "578", languages: [], developing: false, ratified: "2006-06-29" },
  { iso3: "OMN", name: "Oman", group: "asia-pacific", subregion: "Western Asia", m49: "512", languages: ["ar"], developing: true, ratified: "2014-01-09" },
  { iso3: "PAK", name: "Pakistan", group: "asia-pacific", subregion: "Southern Asia", m49: "586", languages: ["en"], developing: true, ratified: "2007-08-31" },
  { iso3: "PLW", name: "Palau", group: "asia-pacific", subregion: "Micronesia", m49: "585", languages: ["en"], developing: true, ratified: "2009-03-24" },
  { iso3: "PAN", name: "Panama", group: "latin-american-caribbean", subregion: "Central America", m49: "591", languages: ["es"], developing: true, ratified: "2005-09-23" },
  { iso3: "PNG", name: "Papua New Guinea", group: "asia-pacific", subregion: "Melanesia", m49: "598", languages: ["en"], developing: true, ratified: "2007-07-16" },
  { iso3: "PRY", name: "Paraguay", group: "latin-american-caribbean", subregion: "South America", m49: "600", languages: ["es"], developing: true, ratified: "2005-06-01" },
  { iso3: "PER", name: "Peru", group: "latin-american-caribbean", subregion: "South America", m49: "604", languages: ["es"], developing: true, ratified: "2004-11-16" },
  { iso3: "PHL", name: "Philippines", group: "asia-pacific", subregion: "South-eastern Asia", m49: "608", languages: ["en"], developing: true, ratified: "2006-11-08" },
  { iso3: "POL", name: "Poland", group: "eastern-european", subregion: "Eastern Europe", m49: "616", languages: [], developing: false, ratified: "2006-09-15" },
  { iso3: "PRT", name: "Portugal", group: "western-european-other", subregion: "Southern Europe", m49: "620", languages: [], developing: false, ratified: "2007-09-28" },
  { iso3: "QAT", name: "Qatar", group: "asia-pacific", subregion: "Western Asia", m49: "634", languages: ["ar"], developing: true, ratified: "2007-01-30" },
  { iso3: "KOR", name: "Republic of Korea", group: "asia-pacific", subregion: "Eastern Asia", m49: "410", languages: [], developing: true, ratified: "2008-03-27" },
  { iso3: "MDA", name: "Republic of Moldova", group: "eastern-european", subregion: "Eastern Europe", m49: "498", languages: [], developing: false, ratified: "2007-10-01" },
  { iso3: "ROU", name: "Romania", group: "eastern-european", subregion: "Eastern Europe", m49: "642", languages: [], developing: false, ratified: "2004-11-02" },
  { iso3: "RUS", name: "Russian Federation", group: "eastern-european", subregion: "Eastern Europe", m49: "643", languages: ["ru"], developing: false, ratified: "2006-05-09" },
  { iso3: "RWA", name: "Rwanda", group: "african", subregion: "Eastern Africa", m49: "646", languages: ["en", "fr"], developing: true, ratified: "2006-10-04" },
  { iso3: "KNA", name: "Saint Kitts and Nevis", group: "latin-american-caribbean", subregion: "Caribbean", m49: "659", languages: ["en"], developing: true, ratified: "2024-08-06" },
  { iso3: "LCA", name: "Saint Lucia", group: "latin-american-caribbean", subregion: "Caribbean", m49: "662", languages: ["en"], developing: true, ratified: "2011-11-25" },
  { iso3: "VCT", name: "Saint Vincent and the Grenadines", group: "latin-american-caribbean", subregion: "Caribbean", m49: "670", languages: ["en"], developing: true, ratified: "2023-01-01" },
  { iso3: "WSM", name: "Samoa", group: "asia-pacific", subregion: "Polynesia", m49: "882", languages: ["en"], developing: true, ratified: "2018-04-18" },
  { iso3: "SMR", name: "San Marino", group: "western-european-other", subregion: "Southern Europe", m49: "674", languages: [], developing: false, ratified: "2025-09-25" },
  { iso3: "STP", name: "Sao Tome and Principe", group: "african", subregion: "Middle Africa", m49: "678", languages: [], developing: true, ratified: "2006-04-12" },
  { iso3: "SAU", name: "Saudi Arabia", group: "asia-pacific", subregion: "Western Asia", m49: "682", languages: ["ar"], developing: true, ratified: "2013-04-29" },
  { iso3: "SEN", name: "Senegal", group: "african", subregion: "Western Africa", m49: "686", languages: ["fr"], developing: true, ratified: "2005-11-16" },
  { iso3: "SRB", name: "Serbia", group: "eastern-european", subregion: "Southern Europe", m49: "688", languages: [], developing: false, ratified: "2005-12-20" },
  { iso3: "SYC", name: "Seychelles", group: "african", subregion: "Eastern Africa", m49: "690", languages: ["en", "fr"], developing: true, ratified: "2006-03-16" },
  { iso3: "SLE", name: "Sierra Leone", group: "african", subregion: "Western Africa", m49: "694", languages: ["en"], developing: true, ratified: "2004-09-30" },
  { iso3: "SGP", name: "Singapore", group: "asia-pacific", subregion: "South-eastern Asia", m49: "702", languages: ["zh", "en"], developing: true, ratified: "2009-11-06" },
  { iso3: "SVK", name: "Slovakia", group: "eastern-european", subregion: "Eastern Europe", m49: "703", languages: [], developing: false, ratified: "2006-06-01" },
  { iso3: "SVN", name: "Slovenia", group: "eastern-european", subregion: "Southern Europe", m49: "705", languages: [], developing: false, ratified: "2008-04-01" },
  { iso3: "SLB", name: "Solomon Islands", group: "asia-pacific", subregion: "Melanesia", m49: "090", languages: ["en"], developing: true, ratified: "2012-01-06" },
  { iso3: "SOM", name: "Somalia", group: "african", subregion: "Eastern Africa", m49: "706", languages: ["ar"], developing: true, ratified: "2021-08-11" },
  { iso3: "ZAF", name: "South Africa", group: "african", subregion: "Southern Africa", m49: "710", languages: ["en"], developing: true, ratified: "2004-11-22" },
  { iso3: "SSD", name: "South Sudan", group: "african", subregion: "Eastern Africa", m49: "728", languages: ["en"], developing: true, ratified: "2015-01-23" },
  { iso3: "ESP", name: "Spain", group: "western-european-other", subregion: "Southern Europe", m49: "724", languages: ["es"], developing: false, ratified: "2006-06-19" },
  { iso3: "LKA", name: "Sri Lanka", group: "asia-pacific", subregion: "Southern Asia", m49: "144", languages: [], developing: true, ratified: "2004-03-31" },
  { iso3: "PSE", name: "State of Palestine", group: "asia-pacific", subregion: "Western Asia", m49: "275", languages: ["ar"], developing: true, ratified: "2014-04-02" },
  { iso3: "SDN", name: "Sudan", group: "african", subregion: "Northern Africa", m49: "729", languages: ["ar", "en"], developing: true, ratified: "2014-09-05" },
  { iso3: "SUR", name: "Suriname", group: "latin-american-caribbean", subregion: "South America", m49: "740", languages: [], developing: true, ratified: "2021-10-01" },
  { iso3: "SWE", name: "Sweden", group: "western-european-other", subregion: "Northern Europe", m49: "752", languages: [], developing: false, ratified: "2007-09-25" },
  { iso3: "CHE", name: "Switzerland", group: "western-european-other", subregion: "Western Europe", m49: "756", languages: ["fr"], developing: false, ratified: "2009-09-24" },
  { iso3: "TJK", name: "Tajikistan", group: "asia-pacific", subregion: "Central Asia", m49: "762", languages: [], developing: true, ratified: "2006-09-25" },
  { iso3: "THA", name: "Thailand", group: "asia-pacific", subregion: "South-eastern Asia", m49: "764", languages: [], developing: true, ratified: "2011-03-01" },
  { iso3: "TLS", name: "Timor-Leste", group: "asia-pacific", subregion: "South-eastern Asia", m49: "626", languages: [], developing: true, ratified: "2009-03-27" },
  { iso3: "TGO", name: "Togo", group: "african", subregion: "Western Africa", m49: "768", languages: ["fr"], developing: true, ratified: "2005-07-06" },
  { iso3: "TON", name: "Tonga", group: "asia-pacific", subregion: "Polynesia", m49: "776", languages: ["en"], developing: true, ratified: "2020-02-06" },
  { iso3: "TTO", name: "Trinidad and Tobago", group: "latin-american-caribbean", subregion: "Caribbean", m49: "780", languages: ["en"], developing: true, ratified: "2006-05-31" },
  { iso3: "TUN", name: "Tunisia", group: "african", subregion: "Northern Africa", m49: "788", languages: ["ar"], developing: true, ratified: "2008-09-23" },
  { iso3: "TUR", name: "Türkiye", group: "western-european-other", subregion: "Western Asia", m49: "792", languages: [], developing: true, ratified: "2006-11-09" },
  { iso3: "TKM", name: "Turkmenistan", group: "asia-pacific", subregion: "Central Asia", m49: "795", languages: [], developing: true, ratified: "2005-03-28" },
  { iso3: "TUV", name: "Tuvalu", group: "asia-pacific", subregion: "Polynesia", m49: "798", languages: ["en"], developing: true, ratified: "2015-09-04" },
  { iso3: "UGA", name: "Uganda", group: "african", subregion: "Eastern Africa", m49: "800", languages: ["en"], developing: true, ratified: "2004-09-09" },
  { iso3: "UKR", name: "Ukraine", group: "eastern-european", subregion: "Eastern Europe", m49: "804", languages: [], developing: false, ratified: "2009-12-02" },
  { iso3: "ARE", name: "United Arab Emirates", group: "asia-pacific", subregion: "Western Asia", m49: "784", languages: ["ar"], developing: true, ratified: "2006-02-22" },
  { iso3: "GBR", name: "United Kingdom of Great Britain and Northern Ireland", group: "western-european-other", subregion: "Northern Europe", m49: "826", languages: ["en"], developing: false, ratified: "2006-02-09" },
  { iso3: "TZA", name: "United Republic of Tanzania", group: "african", subregion: "Eastern Africa", m49: "834", languages: ["en"], developing: true, ratified: "2005-05-25" },
  { iso3: "USA", name: "United States of America", group: "western-european-other", subregion: "Northern America", m49: "840", languages: ["en"], developing: false, ratified: "2006-10-30" },
  { iso3: "URY", name: "Uruguay", group: "latin-american-caribbean", subregion: "South America", m49: "858", languages: ["es"], developing: true, ratified: "2007-01-10" },
  { iso3: "UZB", name: "Uzbekistan", group: "asia-pacific", subregion: "Central Asia", m49: "860", languages: [], developing: true, ratified: "2008-07-29" },
  { iso3: "VUT", name: "Vanuatu", group: "asia-pacific", subregion: "Melanesia", m49: "548", languages: ["en", "fr"], developing: true, ratified: "2011-07-12" },
  { iso3: "VEN", name: "Venezuela (Bolivarian Republic of)", group: "latin-american-caribbean", subregion: "South America", m49: "862", languages: ["es"], developing: true, ratified: "2009-02-02" },
  { iso3: "VNM", name: "Viet Nam", group: "asia-pacific", subregion: "South-eastern Asia", m49: "704", languages: [], developing: true, ratified: "2009-08-19" },
  { iso3: "YEM", name: "Yemen", group: "asia-pacific", subregion: "Western Asia", m49: "887", languages: ["ar"], developing: true, ratified: "2005-11-07" },
  { iso3: "ZMB", name: "Zambia", group: "african", subregion: "Eastern Africa", m49: "894", languages: ["en"], developing: true, ratified: "2007-12-07" },
  { iso3: "ZWE", name: "Zimbabwe", group: "african", subregion: "Eastern Africa", m49: "716", languages: ["en"], developing: true, ratified: "2007-03-08" },
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
