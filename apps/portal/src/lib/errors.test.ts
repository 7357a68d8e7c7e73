import { TRPCClientError } from "@trpc/client";
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../i18n/en";
import { describeError, describeFieldError } from "./errors";

const t = i18next.getFixedT("en");
beforeAll(async () => {
  await i18next.init({ lng: "en", resources: { en: { translation: en } } });
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

  it("keeps the domain's own sentence for its rules", () => {
    expect(
      describeFieldError(
        {
          field: "answers",
          message: "Answer at least one question before submitting",
          code: "custom",
        },
        t,
      ),
    ).toBe("Answers: Answer at least one question before submitting");
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
});
