import { renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import i18n from "../i18n";
import { useLabels } from "./labels";

const labels = () => renderHook(() => useLabels()).result.current;

describe("domain names in the UI language", () => {
  afterEach(() => void i18n.changeLanguage("en"));

  it("gives article and chapter titles from the Convention's official text in that language", async () => {
    expect(labels().article(5)).toBe("Art. 5 – Preventive anti-corruption policies and practices");
    await i18n.changeLanguage("fr");
    expect(labels().article(5)).toBe(
      "Art. 5 – Politiques et pratiques de prévention de la corruption",
    );
    expect(labels().chapterWithTitle("II")).toBe("Chapitre II – Mesures préventives");
    await i18n.changeLanguage("es");
    expect(labels().article(5)).toBe(
      "Art. 5 – Políticas y prácticas de prevención de la corrupción",
    );
    expect(labels().articleTitle(58)).toBe("Dependencia de inteligencia financiera");
    expect(labels().chapterWithTitle("V")).toBe("Capítulo V – Recuperación de activos");
    expect(labels().chapterWithTitle(null)).toBe("General");
  });

  it("names States, and sorts them, in that language", async () => {
    expect(labels().state("KEN")).toBe("Kenya");
    await i18n.changeLanguage("es");
    expect(labels().state("KEN")).toBe("Kenia");
    expect(labels().statesByName()[0]?.label).toBe("Afganistán");
    await i18n.changeLanguage("fr");
    expect(labels().state("IDN")).toBe("Indonésie");
    expect(labels().subregion("Eastern Africa")).toBe("Afrique orientale");
  });

  it("words the questionnaire's questions, sections and answers in that language", async () => {
    await i18n.changeLanguage("fr");
    expect(labels().question("8")).toMatch(/^Votre gouvernement a-t-il fait référence/);
    expect(labels().questionSection("D")).toBe("Observations supplémentaires");
    expect(labels().answer("partly")).toBe("En partie");
    // An id the domain does not know keeps the API's text.
    expect(labels().question("99", "From the API")).toBe("From the API");
    await i18n.changeLanguage("es");
    expect(labels().question("8")).toMatch(/^¿Ha hecho referencia su Gobierno/);
    expect(labels().answer("yes")).toBe("Sí");
  });
});
