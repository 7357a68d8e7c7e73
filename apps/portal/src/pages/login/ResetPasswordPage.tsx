import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/ui";
import { describeError, errorDetails } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

/** Sets a new password with the token of the mailed link (issue 15, deliverable 6). */
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

  function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(password !== confirm);
    if (password !== confirm) return;
    reset.mutate({ token, password });
  }

  if (!token)
    return (
      <div className="narrow">
        <PageHeader title={t("mail.reset.title")} />
        <p className="alert alert-error" role="alert">
          {t("mail.reset.missingToken")}
        </p>
        <Link to="/forgot-password">{t("mail.reset.again")}</Link>
      </div>
    );

  return (
    <div className="narrow">
      <PageHeader title={t("mail.reset.title")} lead={t("mail.reset.lead")} />
      {reset.isSuccess ? (
        <div className="card">
          <p className="alert alert-success" role="status">
            {t("mail.reset.done")}
          </p>
          <Link className="button button-primary" to="/login">
            {t("mail.reset.login")}
          </Link>
        </div>
      ) : (
        <form className="card form" onSubmit={submit} noValidate>
          {mismatch ? (
            <div className="alert alert-error" role="alert">
              {t("mail.reset.mismatch")}
            </div>
          ) : reset.error ? (
            <div className="alert alert-error" role="alert">
              {invalid ? t("mail.reset.invalid") : describeError(reset.error, t)}
              {invalid ? (
                <>
                  {" "}
                  <Link to="/forgot-password">{t("mail.reset.again")}</Link>
                </>
              ) : null}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="new-password">{t("mail.reset.password")}</label>
            <input
              id="new-password"
              name="new-password"
              type="password"
              autoComplete="new-password"
              minLength={10}
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="confirm-password">{t("mail.reset.confirm")}</label>
            <input
              id="confirm-password"
              name="confirm-password"
              type="password"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={reset.isPending}>
            {reset.isPending ? t("mail.reset.saving") : t("mail.reset.submit")}
          </button>
        </form>
      )}
    </div>
  );
}
