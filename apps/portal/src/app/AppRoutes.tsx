import { Suspense, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { EmptyState, Spinner } from "../components/ui";
import { useSession } from "../lib/session";
import { allows } from "./access";
import { Layout } from "./Layout";
import { routes, type Access, type RouteDef } from "./routes";

/** Shows the page only to the roles it is for; others get a clear explanation, not a blank. */
function RequireRole({ access, children }: { access: Access; children: ReactNode }) {
  const { t } = useTranslation();
  const s = useSession();
  if (s.loading) return <Spinner />;
  if (!s.user) {
    return (
      <EmptyState title={t("auth.needLogin")}>
        <Link
          className="button button-primary"
          to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`}
        >
          {t("nav.login")}
        </Link>
      </EmptyState>
    );
  }
  if (!allows(access, s.role)) return <EmptyState title={t("errors.forbidden")} />;
  return <>{children}</>;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState title={t("errors.pageNotFound")}>
      <Link to="/">{t("nav.home")}</Link>
    </EmptyState>
  );
}

function Page({ route }: { route: RouteDef }) {
  const body = (
    <Suspense fallback={<Spinner />}>
      <route.page />
    </Suspense>
  );
  return route.access ? <RequireRole access={route.access}>{body}</RequireRole> : body;
}

/** The router: one <Route> per row of the route table, inside the layout. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {routes.map((r) =>
          r.path === "/" ? (
            <Route key={r.path} index element={<Page route={r} />} />
          ) : (
            <Route key={r.path} path={r.path.slice(1)} element={<Page route={r} />} />
          ),
        )}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
