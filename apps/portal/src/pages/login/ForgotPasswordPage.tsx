import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

/** Asks for a password-reset link (issue 15): the answer is the same for any address. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  function submit(e: FormEvent) {
    e.preventDefault();
    request.mutate({ email: email.trim() });
  }

  return (
    <div className="narrow">
      <PageHeader title={t("mail.forgot.title")} lead={t("mail.forgot.lead")} />
      {request.isSuccess ? (
        <div className="card">
          <p className="alert alert-success" role="status">
            {t("mail.forgot.sent")}
          </p>
          <Link to="/login">{t("mail.forgot.back")}</Link>
        </div>
      ) : (
        <form className="card form" onSubmit={submit} noValidate>
          {request.error ? (
            <div className="alert alert-error" role="alert">
              {describeError(request.error, t)}
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="email">{t("auth.email")}</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {request.isPending ? t("mail.forgot.sending") : t("mail.forgot.submit")}
          </button>
          <p>
            <Link to="/login">{t("mail.forgot.back")}</Link>
          </p>
        </form>
      )}
    </div>
  );
}
