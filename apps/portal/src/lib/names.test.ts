import { STATES_PARTIES } from "@tahub/domain";
import { describe, expect, it } from "vitest";
import { stateName, statesByName } from "./names";

describe("State names in the reader's language", () => {
  it("takes French and Spanish names from ICU by ISO code", () => {
    expect(stateName("KEN", "fr")).toBe("Kenya");
    expect(stateName("KEN", "es")).toBe("Kenia");
    expect(stateName("IDN", "fr")).toBe("Indonésie");
    expect(stateName("DEU", "fr")).toBe("Allemagne");
    expect(stateName("DEU", "es")).toBe("Alemania");
    expect(stateName("deu", "es-419")).toBe(stateName("DEU", "es"));
  });

  it("keeps the UN short name in English and for languages the portal does not offer", () => {
    expect(stateName("BOL", "en")).toBe("Bolivia (Plurinational State of)");
    expect(stateName("KEN", "en-GB")).toBe("Kenya");
    expect(stateName("IDN", "ru")).toBe("Indonesia");
  });

  it("names the parties themselves where ICU names something else", () => {
    expect(stateName("PSE", "fr")).toBe("État de Palestine");
    expect(stateName("PSE", "es")).toBe("Estado de Palestina");
    expect(stateName("VAT", "fr")).toBe("Saint-Siège");
    expect(stateName("COD", "fr")).toBe("République démocratique du Congo");
  });

  it("returns a code that is not a State party's as given", () => {
    expect(stateName("EU", "fr")).toBe("EU");
    expect(stateName("XXX", "es")).toBe("XXX");
  });

  it("names every State party in French and Spanish, mostly not as in English", () => {
    for (const lang of ["fr", "es"]) {
      const names = STATES_PARTIES.map((s) => stateName(s.iso3, lang));
      expect(names.every((n) => n.trim() !== "" && !/^[A-Z]{3}$/.test(n))).toBe(true);
      const same = STATES_PARTIES.filter((s, i) => names[i] === s.name).length;
      expect(same).toBeLessThan(STATES_PARTIES.length / 2);
    }
  });

  it("sorts the States by their name in the reader's language", () => {
    const fr = statesByName("fr").map((s) => s.label);
    expect(fr.indexOf("Allemagne")).toBeLessThan(fr.indexOf("Autriche"));
    expect(fr.indexOf("Égypte")).toBeLessThan(fr.indexOf("Espagne"));
    const es = statesByName("es").map((s) => s.label);
    expect(es.indexOf("Alemania")).toBeLessThan(es.indexOf("Argelia"));
    expect(es).toHaveLength(STATES_PARTIES.length);
  });
});
