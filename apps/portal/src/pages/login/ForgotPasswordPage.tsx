import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/ui";
import { describeError } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { AuthDone, AuthForm, CredentialField } from "./AuthForm";

/** Asks for a password-reset link (issue 15): the answer is the same for any address. */
export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [email, setEmail] = useState("");
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  return (
    <div className="narrow">
      <PageHeader title={t("mail.forgot.title")} lead={t("mail.forgot.lead")} />
      {request.isSuccess ? (
        <AuthDone message={t("mail.forgot.sent")} to="/login" link={t("mail.forgot.back")} />
      ) : (
        <AuthForm
          onSubmit={() => request.mutate({ email: email.trim() })}
          error={request.error ? describeError(request.error, t) : null}
          busy={request.isPending}
          submit={t("mail.forgot.submit")}
          busyLabel={t("mail.forgot.sending")}
          after={
            <p>
              <Link to="/login">{t("mail.forgot.back")}</Link>
            </p>
          }
        >
          <CredentialField
            id="email"
            label={t("auth.email")}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
          />
        </AuthForm>
      )}
    </div>
  );
}
