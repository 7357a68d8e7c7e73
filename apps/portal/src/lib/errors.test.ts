import { TRPCClientError } from "@trpc/client";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { fr } from "../i18n/fr";
import { describeError, describeFieldError, describeRowError, errorCode } from "./errors";

const t = i18next.getFixedT("en");
beforeAll(async () => {
  await i18next.init({
    lng: "en",
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false }, // as the portal's own set-up (i18n/index.ts)
  });
});

/** A tRPC client error as the portal receives it for bad input. */
function badRequest(fields: unknown[], message = "Invalid input") {
  return TRPCClientError.from({
    error: { message, code: -32600, data: { code: "BAD_REQUEST", httpStatus: 400, fields } },
  });
}

describe("error wording (issue 15: no developer wording in front of users)", () => {
  it("names the field in words and says what is wrong, whatever zod wrote", () => {
    expect(
      describeFieldError(
        {
          field: "articles.0",
          message: 'Invalid option: expected one of "5"|"6"',
          code: "invalid_value",
        },
        t,
      ),
    ).toBe("Articles: choose one of the options offered.");
    expect(
      describeFieldError(
        {
          field: "text",
          message: "Too small: expected string to have >=10 characters",
          code: "too_small",
          params: { minimum: 10, origin: "string" },
        },
        t,
      ),
    ).toBe("Text: write at least 10 characters.");
  });

  it("words the domain's rules in the reader's language", () => {
    expect(
      describeFieldError(
        {
          field: "answers",
          message: "Answer at least one question before submitting",
          code: "custom",
        },
        t,
      ),
    ).toBe("Answers: Answer at least one question before submitting.");
    expect(
      describeFieldError(
        {
          field: "answers",
          message: "Answer at least one question before submitting",
          code: "custom",
        },
        i18next.getFixedT("fr"),
      ),
    ).toBe("Réponses : Répondez à au moins une question avant d'envoyer.");
  });

  it("never shows zod's summary of a bad request", () => {
    const message = describeError(badRequest([]), t);
    expect(message).toBe(en.errors.badRequest);
    expect(
      describeError(
        badRequest([{ field: "state", message: "Invalid input", code: "invalid_type" }]),
        t,
      ),
    ).toBe("State: this is missing or of the wrong kind.");
  });

  it("never puts the server's English on a French page", () => {
    const fixedFr = i18next.getFixedT("fr");
    const refused = (message: string, code = "BAD_REQUEST") =>
      TRPCClientError.from({
        error: { message, code: -32600, data: { code, httpStatus: 400 } },
      });
    // A sentence the portal knows is worded in French...
    expect(describeError(refused("The file has no data rows"), fixedFr)).toBe(
      "Le fichier ne contient aucune ligne de données.",
    );
    expect(describeError(refused("This need is already withdrawn"), fixedFr)).toBe(
      "Ce besoin a été retiré : il ne peut plus être modifié.",
    );
    expect(
      describeError(
        refused("The need changed meanwhile: reload and try again", "CONFLICT"),
        fixedFr,
      ),
    ).toBe(fr.conflict.stale);
    // ... one it does not know gives way to the code's French sentence,
    expect(describeError(refused("Say which provider to match for"), fixedFr)).toBe(
      fr.errors.badRequest,
    );
    // while an English reader still gets the server's own words.
    expect(describeError(refused("Say which provider to match for"), t)).toBe(
      "Say which provider to match for",
    );
  });
});

describe("the bad rows of an imported file", () => {
  it("are worded in the reader's language from the code the API sends, limits written its way", () => {
    const row = {
      row: 3,
      field: "text",
      message: "the text is longer than 10,000 characters",
      code: "too_big",
      params: { maximum: 10_000, origin: "string" },
    };
    expect(describeRowError(row, t)).toBe("Text: write at most 10,000 characters.");
    expect(describeRowError(row, i18next.getFixedT("fr"))).toBe(
      "Texte : écrivez au plus 10\u202f000 caractères.",
    );
    expect(
      describeRowError(
        {
          field: "articles.0",
          message: "the Convention ends at article 71",
          code: "too_big",
          params: { maximum: 71, origin: "number" },
        },
        i18next.getFixedT("fr"),
      ),
    ).not.toMatch(/Convention ends/);
    expect(
      describeRowError(
        { field: "state", message: "XXX is not a State party to UNCAC", code: "custom" },
        i18next.getFixedT("fr"),
      ),
    ).toBe("État : Ce n'est pas un État partie à la Convention.");
  });
});

describe("the server's own refusals, before tRPC", () => {
  it("words a body over the server's limit (413) as too large, not as a lost connection", () => {
    // What the batch link makes of the server's plain-JSON 413 (apps/server/src/server.ts).
    const json = {
      error: { message: "The request body is 2000000 bytes", code: "PAYLOAD_TOO_LARGE" },
    };
    const err = TRPCClientError.from(json as never, { meta: { responseJSON: json } });
    expect(errorCode(err)).toBe("PAYLOAD_TOO_LARGE");
    expect(describeError(err, t)).toBe(
      "This is more than the server accepts in one request. Send a smaller file or less text.",
    );
  });
});

describe("the ingestion's summary day", () => {
  it("words a day after today in the reader's language", () => {
    const f = {
      field: "finalisedOn",
      message: "a summary cannot be finalised after today",
      code: "custom",
    };
    expect(describeFieldError(f, t)).toBe("Executive summary finalised on: cannot be after today.");
    expect(describeFieldError(f, i18next.getFixedT("fr"))).toBe(
      "Résumé analytique finalisé le : ne peut pas être postérieure à aujourd'hui.",
    );
  });
});
