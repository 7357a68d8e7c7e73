import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorFor, Field } from "../../components/form";
import { Card } from "../../components/ui";
import { describeError, fieldErrors } from "../../lib/errors";

/**
 * The reply box under a conversation (a party's thread, or an expert's mailed link): the API's
 * refusal, the body field with its own error, and Send. `onSend` resolves when the reply is
 * stored; the box is then emptied.
 */
export function ReplyCard({
  onSend,
  pending,
  error,
  sent = false,
  hint,
}: {
  onSend: (body: string, clear: () => void) => void;
  pending: boolean;
  error: unknown;
  sent?: boolean;
  hint?: ReactNode;
}) {
  const { t } = useTranslation();
  const [body, setBody] = useState("");
  const errors = fieldErrors(error);
  return (
    <Card id="reply" title={t("messages.reply")}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          onSend(body, () => setBody(""));
        }}
        noValidate
      >
        {hint}
        {error ? (
          <div className="alert alert-error" role="alert">
            {describeError(error, t)}
          </div>
        ) : null}
        {sent ? (
          <div className="alert alert-success" role="status">
            {t("messages.sent")}
          </div>
        ) : null}
        <Field id="reply-body" label={t("messages.body")} error={errorFor(errors, "body")}>
          <textarea
            id="reply-body"
            rows={4}
            maxLength={5000}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
          />
        </Field>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("messages.send")}
        </button>
      </form>
    </Card>
  );
}
