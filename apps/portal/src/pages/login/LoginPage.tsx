import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../components/ui";
import { isLocale } from "../../i18n";
import { describeError, errorCode } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";
import { AuthForm, CredentialField } from "./AuthForm";

const DEMO_ACCOUNTS = [
  "analyst@tahub.demo",
  "donor@tahub.demo",
  "state.ken@tahub.demo",
  "admin@tahub.demo",
];

export default function LoginPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async (res) => {
        // Everything cached so far was read as the public: read it again as this user.
        queryClient.clear();
        queryClient.setQueryData(trpc.auth.me.queryKey(), res.user);
        if (isLocale(res.user.locale)) void i18n.changeLanguage(res.user.locale);
        const next = params.get("next");
        await navigate(
          next && next.startsWith("/") && !next.startsWith("//") ? next : homeFor(res.user.role),
        );
      },
    }),
  );

  const error = login.error
    ? errorCode(login.error) === "UNAUTHORIZED"
      ? t("auth.wrongPassword")
      : describeError(login.error, t)
    : null;
  return (
    <div className="narrow">
      <PageHeader title={t("auth.title")} lead={t("auth.lead")} />
      <AuthForm
        onSubmit={() => login.mutate({ email: email.trim(), password })}
        error={error}
        busy={login.isPending}
        submit={t("auth.submit")}
        busyLabel={t("auth.signingIn")}
        after={<LoginHelp onPick={setEmail} />}
      >
        <CredentialField
          id="email"
          label={t("auth.email")}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
        />
        <CredentialField
          id="password"
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
      </AuthForm>
    </div>
  );
}

/** Under the button: the forgotten-password link and the demo accounts to pick from. */
function LoginHelp({ onPick }: { onPick: (email: string) => void }) {
  const { t } = useTranslation();
  return (
    <>
      {/* notifications & mail (issue 15): password reset by e-mail */}
      <p>
        <Link to="/forgot-password">{t("mail.forgot.link")}</Link>
      </p>
      <details className="demo-accounts">
        <summary>{t("auth.demoAccounts")}</summary>
        <ul>
          {DEMO_ACCOUNTS.map((a) => (
            <li key={a}>
              <button type="button" className="link-button" onClick={() => onPick(a)}>
                {a}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}

function homeFor(role: string): string {
  if (role === "admin" || role === "analyst") return "/review";
  if (role === "provider") return "/matches";
  if (role === "state") return "/my/needs";
  return "/";
}
