import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../components/ui";
import { isLocale } from "../../i18n";
import { describeError, errorCode } from "../../lib/errors";
import { useTRPC } from "../../lib/trpc";

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

  function submit(e: FormEvent) {
    e.preventDefault();
    login.mutate({ email: email.trim(), password });
  }

  return (
    <div className="narrow">
      <PageHeader title={t("auth.title")} lead={t("auth.lead")} />
      <form className="card form" onSubmit={submit} noValidate>
        {login.error ? (
          <div className="alert alert-error" role="alert">
            {errorCode(login.error) === "UNAUTHORIZED"
              ? t("auth.wrongPassword")
              : describeError(login.error, t)}
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
        <div className="field">
          <label htmlFor="password">{t("auth.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={login.isPending}>
          {login.isPending ? t("auth.signingIn") : t("auth.submit")}
        </button>
        {/* notifications & mail (issue 15): password reset by e-mail */}
        <p>
          <Link to="/forgot-password">{t("mail.forgot.link")}</Link>
        </p>
        <details className="demo-accounts">
          <summary>{t("auth.demoAccounts")}</summary>
          <ul>
            {DEMO_ACCOUNTS.map((a) => (
              <li key={a}>
                <button type="button" className="link-button" onClick={() => setEmail(a)}>
                  {a}
                </button>
              </li>
            ))}
          </ul>
        </details>
      </form>
    </div>
  );
}

function homeFor(role: string): string {
  if (role === "admin" || role === "analyst") return "/review";
  if (role === "provider") return "/matches";
  if (role === "state") return "/my/needs";
  return "/";
}
