import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { LanguageSwitch } from "../components/LanguageSwitch";
import { SearchBox } from "../components/SearchBox";
import { markNavigated } from "../lib/focus";
import { stateName } from "../lib/names";
import { useSession } from "../lib/session";
import { useTRPC } from "../lib/trpc";

function NavSection({ title, links }: { title: string; links: { to: string; label: string }[] }) {
  if (!links.length) return null;
  return (
    <div className="nav-section">
      <p className="nav-title">{title}</p>
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Who is logged in, as what, and for which State or provider. */
function UserBadge() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { user } = useSession();
  const location = useLocation();
  const provider = useQuery({
    ...trpc.providers.byId.queryOptions({ id: user?.providerId ?? "" }),
    enabled: !!user?.providerId,
    staleTime: Infinity,
  });
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSettled: async () => {
        queryClient.clear();
        await navigate("/");
      },
    }),
  );
  if (!user) {
    // On the login page itself the form is the way in; a second "Log in" would only distract.
    if (location.pathname === "/login") return null;
    return (
      <Link to="/login" className="button button-primary">
        {t("nav.login")}
      </Link>
    );
  }
  const actsFor = user.state ? stateName(user.state, i18n.language) : (provider.data?.name ?? null);
  return (
    <div className="user">
      <div className="user-text">
        <span className="user-name">{user.name}</span>
        <span className="user-role">
          {t(`role.${user.role}`)}
          {actsFor ? ` · ${actsFor}` : ""}
        </span>
      </div>
      <button
        type="button"
        className="button button-ghost"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        {t("nav.logout")}
      </button>
    </div>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const s = useSession();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  // Close the small-screen menu on navigation; from the second page on, headings take focus.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    setMenuOpen(false);
    if (location.pathname !== firstPath.current) markNavigated();
  }, [location.pathname]);

  // The inbox's unread count, kept fresh while the portal is open (no push: a minute is enough).
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.inbox.unread.queryOptions(),
    enabled: !!s.user,
    refetchInterval: 60_000,
  });
  const count = unread.data?.unread ?? 0;
  // donors (issue 15, deliverable 4): unread messages, polled like the inbox.
  const unreadMessages = useQuery({
    ...trpc.messages.unread.queryOptions(),
    enabled: !!s.user,
    refetchInterval: 60_000,
  });
  const messageCount = unreadMessages.data?.unread ?? 0;
  const mine = s.user
    ? [
        {
          to: "/inbox",
          label: count ? t("nav.inboxUnread", { count }) : t("nav.inbox"),
        },
        { to: "/engagements", label: t("nav.engagements") },
        {
          to: "/messages",
          label: messageCount
            ? t("nav.messagesUnread", { count: messageCount })
            : t("nav.messages"),
        },
        // notifications & mail (issue 15)
        { to: "/subscriptions", label: t("mail.nav.subscriptions") },
      ]
    : [];
  const everyone = [
    { to: "/", label: t("nav.home") },
    { to: "/needs", label: t("nav.needs") },
    { to: "/offers", label: t("nav.offers") },
    { to: "/expertise", label: t("nav.expertise") },
    { to: "/experts", label: t("nav.experts") },
    { to: "/analytics", label: t("nav.analytics") },
  ];
  const secretariat = s.isSecretariat
    ? [
        { to: "/review", label: t("nav.review") },
        { to: "/programmes", label: t("nav.programmes") },
        { to: "/import", label: t("nav.import") },
        { to: "/ingest", label: t("nav.ingest") },
        { to: "/questionnaire/answers", label: t("nav.answers") },
        { to: "/findings", label: t("nav.findings") },
        { to: "/experts/new", label: t("nav.addExpert") },
        // States (issue 15, deliverable 3)
        { to: "/my/assistance", label: t("nav.assistance") },
        { to: "/my/experts", label: t("nav.recommendedExperts") },
      ]
    : [];
  const donor = s.isDonor
    ? [
        { to: "/my/offers", label: t("nav.myOffers") },
        { to: "/matches", label: t("nav.matches") },
        { to: "/coverage", label: t("nav.coverage") },
        { to: "/expertise/new", label: t("nav.publishExpertise") },
        { to: "/experts/new", label: t("nav.addExpert") },
      ]
    : [];
  // donors (issue 15, deliverable 6): the administrator's own section (the outbox with it)
  const admin =
    s.user?.role === "admin"
      ? [
          { to: "/admin/users", label: t("nav.adminUsers") },
          { to: "/admin/audit", label: t("nav.adminAudit") },
          { to: "/admin/outbox", label: t("mail.nav.outbox") },
        ]
      : [];
  const state = s.isState
    ? [
        { to: "/my/needs", label: t("nav.myNeeds") },
        { to: "/my/needs/new", label: t("nav.addNeed") },
        { to: "/ingest", label: t("nav.ingest") },
        { to: "/expertise/new", label: t("nav.publishExpertise") },
        { to: "/questionnaire", label: t("nav.questionnaire") },
        // States (issue 15, deliverable 3)
        { to: "/my/assistance", label: t("nav.assistance") },
        { to: "/my/experts", label: t("nav.recommendExpert") },
      ]
    : [];

  return (
    <div className="app">
      <a
        href="#main"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          const h1 = mainRef.current?.querySelector<HTMLElement>("h1");
          (h1 ?? mainRef.current)?.focus();
        }}
      >
        {t("nav.skip")}
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M8 10h16M16 10v13M11 23h10"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
            />
          </svg>
          <span>
            TA Hub <span className="brand-sub">{t("app.tagline")}</span>
          </span>
        </Link>
        <SearchBox />
        <div className="topbar-end">
          <LanguageSwitch />
          <UserBadge />
          <button
            type="button"
            className="button button-ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="sidenav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            {t("nav.menu")}
          </button>
        </div>
      </header>
      <div className="body">
        <nav
          id="sidenav"
          className={`sidenav${menuOpen ? " open" : ""}`}
          aria-label={t("nav.label")}
        >
          <NavSection title={t("nav.mine")} links={mine} />
          <NavSection title={t("nav.explore")} links={everyone} />
          <NavSection title={t("nav.secretariat")} links={secretariat} />
          <NavSection title={t("nav.donor")} links={donor} />
          <NavSection title={t("nav.state")} links={state} />
          <NavSection title={t("nav.admin")} links={admin} />
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="footer">
        <p>{t("app.footer")}</p>
      </footer>
    </div>
  );
}
