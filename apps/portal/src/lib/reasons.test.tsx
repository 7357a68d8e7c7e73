import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import i18n from "../i18n";
import { Reasons } from "../components/ui";
import type { Reason } from "./reasons";

/** One reason of every kind, as the API sends them. */
const ALL: Reason[] = [
  { kind: "shared-articles", articles: [52] },
  { kind: "same-cluster", cluster: "7+8+11", articles: [7, 8, 11] },
  { kind: "same-chapter", chapter: "II" },
  {
    kind: "same-concept",
    concept: "asset-declaration",
    labels: {
      en: "Asset declarations",
      fr: "déclaration de patrimoine",
      es: "declaración patrimonial",
    },
    article: 8,
  },
  { kind: "shared-terms", terms: ["asset"] },
  { kind: "form-of-assistance", categories: ["capacity-building"], modalities: ["training"] },
  { kind: "language", languages: ["en", "fr"] },
  { kind: "south-south", state: "KEN" },
  { kind: "same-subregion", subregion: "Eastern Africa" },
  { kind: "region", region: "african" },
  { kind: "same-regional-group", region: "african" },
  { kind: "legal-tradition", tradition: "civil-law" },
  { kind: "delivered-to-state" },
  { kind: "delivered-in-region", count: 2 },
  { kind: "full-capacity" },
  { kind: "no-support-yet" },
  { kind: "waiting", days: 1051 },
  { kind: "matching-needs", count: 2, needId: "n1", title: "FIU training" },
  { kind: "unsupported-needs", count: 1 },
  { kind: "identified-by", state: "UGA" },
  { kind: "offers-expertise", offerId: "o1", title: "FIU course" },
  {
    kind: "met-same-need",
    needId: "n2",
    title: "Asset checks",
    concept: "asset-declaration",
    labels: {
      en: "Asset declarations",
      fr: "déclaration de patrimoine",
      es: "declaración patrimonial",
    },
  },
  { kind: "published-expertise", expertiseId: "e1", title: "Our manual" },
  { kind: "delivered-assistance", count: 3 },
];

function texts(): string[] {
  render(<Reasons reasons={ALL} visible={ALL.length} />);
  return screen.getAllByRole("listitem").map((li) => li.textContent ?? "");
}

describe("match reasons in the reader's language", () => {
  afterEach(() => void i18n.changeLanguage("en"));

  it("words every kind in English, with no key left showing", () => {
    const en = texts();
    expect(en).toHaveLength(ALL.length);
    for (const t of en) expect(t).not.toMatch(/reason\.|\{\{/);
    expect(en).toContain("South-South: Kenya is a developing State, like yours");
    // Days are a number in the reader's convention (Intl): 1,051 / 1 051 / 1051.
    expect(en).toContain("Waiting for support for 1,051 days");
  });

  it("words them in French and Spanish, concept names included", async () => {
    await i18n.changeLanguage("fr");
    const fr = texts();
    expect(fr).toContain("Même sujet : déclaration de patrimoine (art. 8)");
    expect(fr).toContain("Aucun soutien pour l’instant");
    expect(fr).toContain("En attente de soutien depuis 1\u202f051 jours");
    document.body.innerHTML = "";
    await i18n.changeLanguage("es");
    const es = texts();
    expect(es).toContain("Mismo tema: declaración patrimonial (art. 8)");
    expect(es).toContain("Publicó su propia experiencia: «Our manual»");
    expect(es).toContain("Esperando apoyo desde hace 1051 días");
    for (const t of [...fr, ...es]) expect(t).not.toMatch(/reason\.|\{\{/);
  });

  it("names articles, States and sub-regions in the reader's language, from their sources", async () => {
    await i18n.changeLanguage("fr");
    const fr = texts();
    // The Convention's official French title, ICU's French State name, M49's French sub-region.
    expect(fr).toContain(
      "Même article : 52 (Prévention et détection des transferts du produit du crime)",
    );
    expect(fr).toContain("Sud-Sud : Kenya est un État en développement, comme le vôtre");
    expect(fr).toContain("Même sous-région (Afrique orientale)");
    expect(fr).toContain("Identifié par Ouganda");
    document.body.innerHTML = "";
    await i18n.changeLanguage("es");
    const es = texts();
    expect(es).toContain(
      "Mismo artículo: 52 (Prevención y detección de transferencias del producto del delito)",
    );
    expect(es).toContain("Sur-Sur: Kenia es un Estado en desarrollo, como el suyo");
    expect(es).toContain("Misma subregión (África oriental)");
  });
});
