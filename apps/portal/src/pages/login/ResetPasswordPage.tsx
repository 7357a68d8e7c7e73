import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/ui";
import { describeError, errorDetails } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { AuthDone, AuthForm, CredentialField } from "./AuthForm";

/** Sets a new password with the token of the mailed link (issue 15, deliverable 6). */
/** An expired or used link says so and offers a new one; other refusals in the usual words. */
function ResetError({ invalid, error }: { invalid: boolean; error: unknown }) {
  const { t } = useTranslation();
  if (!invalid) return <>{describeError(error, t)}</>;
  return (
    <>
      {t("mail.reset.invalid")} <Link to="/forgot-password">{t("mail.reset.again")}</Link>
    </>
  );
}

/** Opened without the link's token: say so and offer a new link. */
function MissingToken() {
  const { t } = useTranslation();
  return (
    <div className="narrow">
      <PageHeader title={t("mail.reset.title")} />
      <p className="alert alert-error" role="alert">
        {t("mail.reset.missingToken")}
      </p>
      <Link to="/forgot-password">{t("mail.reset.again")}</Link>
    </div>
  );
}

export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());
  const invalid =
    (errorDetails(reset.error) as { reset?: string } | null)?.reset === "invalid-token";

  function submit() {
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    reset.mutate({ token, password });
  }

  if (!token) return <MissingToken />;

  return (
    <div className="narrow">
      <PageHeader title={t("mail.reset.title")} lead={t("mail.reset.lead")} />
      {reset.isSuccess ? (
        <AuthDone message={t("mail.reset.done")} to="/login" link={t("mail.reset.login")} button />
      ) : (
        <AuthForm
          onSubmit={submit}
          error={
            mismatch ? (
              t("mail.reset.mismatch")
            ) : reset.error ? (
              <ResetError invalid={invalid} error={reset.error} />
            ) : null
          }
          busy={reset.isPending}
          submit={t("mail.reset.submit")}
          busyLabel={t("mail.reset.saving")}
        >
          <CredentialField
            id="new-password"
            label={t("mail.reset.password")}
            type="password"
            autoComplete="new-password"
            minLength={10}
            value={password}
            onChange={setPassword}
          />
          <CredentialField
            id="confirm-password"
            label={t("mail.reset.confirm")}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
          />
        </AuthForm>
      )}
    </div>
  );
}
