import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/ui";
import { useSession } from "../../lib/session";
import { useTRPC } from "../../lib/trpc";

function Stat({ label, value }: { label: string; value: number | undefined }) {
  const { i18n } = useTranslation();
  return (
    <div className="stat">
      <span className="stat-value">
        {value === undefined ? "–" : value.toLocaleString(i18n.language)}
      </span>
      <span className="stat-label">{label}</span>
    </div>
  );
}

interface Task {
  to: string;
  title: string;
  body: string;
}

/** The three things the signed-in role most often comes to do (the public sees exploring). */
function useHomeTasks(): Task[] {
  const { t } = useTranslation();
  const s = useSession();
  const tasks: Task[] = [];
  if (s.isSecretariat) {
    tasks.push({ to: "/review", title: t("home.task.review"), body: t("home.task.reviewBody") });
    tasks.push({
      to: "/analytics",
      title: t("home.task.analytics"),
      body: t("home.task.analyticsBody"),
    });
    tasks.push({ to: "/import", title: t("home.task.import"), body: t("home.task.importBody") });
  } else if (s.isDonor) {
    tasks.push({ to: "/matches", title: t("home.task.matches"), body: t("home.task.matchesBody") });
    tasks.push({
      to: "/coverage",
      title: t("home.task.coverage"),
      body: t("home.task.coverageBody"),
    });
    tasks.push({ to: "/my/offers", title: t("home.task.offers"), body: t("home.task.offersBody") });
  } else if (s.isState) {
    tasks.push({
      to: "/my/needs/new",
      title: t("home.task.addNeed"),
      body: t("home.task.addNeedBody"),
    });
    tasks.push({
      to: "/my/needs",
      title: t("home.task.myNeeds"),
      body: t("home.task.myNeedsBody"),
    });
    tasks.push({
      to: "/expertise/new",
      title: t("home.task.share"),
      body: t("home.task.shareBody"),
    });
  } else {
    tasks.push({ to: "/needs", title: t("home.task.explore"), body: t("home.task.exploreBody") });
    tasks.push({
      to: "/analytics",
      title: t("home.task.analytics"),
      body: t("home.task.analyticsPublic"),
    });
    tasks.push({
      to: "/offers",
      title: t("home.task.browseOffers"),
      body: t("home.task.browseOffersBody"),
    });
  }
  return tasks;
}

export default function HomePage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const s = useSession();
  const cycle2 = useQuery(trpc.needs.list.queryOptions({ cycle: 2, limit: 1 }));
  const open = useQuery(trpc.needs.list.queryOptions({ status: "identified", limit: 1 }));
  const queue = useQuery({
    ...trpc.classify.queue.queryOptions({ limit: 1 }),
    enabled: s.isSecretariat,
  });

  const tasks = useHomeTasks();

  return (
    <>
      <PageHeader
        title={s.user ? t("home.welcome", { name: s.user.name }) : t("home.title")}
        lead={t("home.lead")}
      />
      <section className="stats" aria-label={t("home.statsLabel")}>
        <Stat label={t("home.stat.cycle2")} value={cycle2.data?.total} />
        <Stat label={t("home.stat.open")} value={open.data?.total} />
        {s.isSecretariat ? <Stat label={t("home.stat.queue")} value={queue.data?.total} /> : null}
      </section>
      <section aria-labelledby="tasks-title">
        <h2 id="tasks-title" className="section-title">
          {t("home.tasks")}
        </h2>
        <ul className="tiles">
          {tasks.map((task) => (
            <li key={task.to}>
              <Link to={task.to} className="tile">
                <span className="tile-title">{task.title}</span>
                <span className="tile-body">{task.body}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
