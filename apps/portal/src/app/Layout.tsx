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
import { navFor, type NavLinkDef } from "./access";
import { routes, type NavCount } from "./routes";

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

/** The side navigation: the route table's links for the viewer's role, with live counts. */
function SideNav({ open }: { open: boolean }) {
  const { t } = useTranslation();
  const s = useSession();
  // The inbox's unread count, kept fresh while the portal is open (no push: a minute is enough).
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.inbox.unread.queryOptions(),
    enabled: !!s.user,
    refetchInterval: 60_000,
  });
  // donors (issue 15, deliverable 4): unread messages, polled like the inbox.
  const unreadMessages = useQuery({
    ...trpc.messages.unread.queryOptions(),
    enabled: !!s.user,
    refetchInterval: 60_000,
  });
  const counts: Record<NavCount, number> = {
    inbox: unread.data?.unread ?? 0,
    messages: unreadMessages.data?.unread ?? 0,
  };
  const label = (l: NavLinkDef) => {
    const count = l.count ? counts[l.count.of] : 0;
    return l.count && count ? t(l.count.label, { count }) : t(l.label);
  };
  return (
    <nav id="sidenav" className={`sidenav${open ? " open" : ""}`} aria-label={t("nav.label")}>
      {navFor(routes, s.role).map(({ section, links }) => (
        <NavSection
          key={section}
          title={t(`nav.${section}`)}
          links={links.map((l) => ({ to: l.to, label: label(l) }))}
        />
      ))}
    </nav>
  );
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path d="M8 10h16M16 10v13M11 23h10" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
      </svg>
      <span>
        TA Hub <span className="brand-sub">{t("app.tagline")}</span>
      </span>
    </Link>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  // Close the small-screen menu on navigation; from the second page on, headings take focus.
  const firstPath = useRef(location.pathname);
  useEffect(() => {
    setMenuOpen(false);
    if (location.pathname !== firstPath.current) markNavigated();
  }, [location.pathname]);

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
        <Brand />
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
        <SideNav open={menuOpen} />
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
