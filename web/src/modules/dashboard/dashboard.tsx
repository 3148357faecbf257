import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { Link, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { FigureList } from "../../ui/figures";
import { useCategories } from "../categories/categories-list";
import { useSources } from "../sources/sources-list";
import { formatMoney, formatNumber, formatPercent } from "../../ui/format";
import {
  figures,
  fillHours,
  funnel,
  localDate,
  nowFigures,
  periodWindows,
  type Counters,
  type Period,
} from "./figures";

const VolumeChart = lazy(() => import("./volume-chart"));

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;

type GroupBy = "hour" | "source" | "category";

/**
 * The summary over [from, to), `to` read when it is fetched (so a refetch the stream asks for
 * counts the leads that came since); `name` keys it in the cache.
 */
function useSummary(name: string, from: Date, to: () => Date, groupBy?: GroupBy) {
  return useQuery({
    queryKey: keys.summary(`${name}|${from.toISOString()}|${groupBy ?? ""}`),
    queryFn: () =>
      ok(
        api.GET("/api/v1/reports/summary", {
          params: {
            query: {
              from: from.toISOString(),
              to: to().toISOString(),
              ...(groupBy ? { groupBy } : {}),
              ...(groupBy === "hour" ? { tz: TZ } : {}),
            },
          },
        }),
      ),
  });
}

const untilNow = () => new Date();

/** What the stream counts now; the stream puts it in the cache as it arrives (staff only). */
function useCounters() {
  return useQuery<Counters>({
    queryKey: keys.counters,
    queryFn: () => new Promise<Counters>(() => undefined),
    enabled: false,
    staleTime: Infinity,
  });
}

/** The names of the sources or categories the app already loads, by key. */
function useNames(by: "source" | "category"): Map<string, string> {
  const sources = useSources();
  const categories = useCategories();
  const items = by === "source" ? sources.data : categories.data;
  return useMemo(() => new Map((items ?? []).map((i) => [i.key, i.name])), [items]);
}

/**
 * One period's leads per group (source or category) by name, its key beside it, each linking to
 * the table filtered to it.
 */
function GroupTable({ title, by, from }: { title: string; by: "source" | "category"; from: Date }) {
  const report = useSummary("now", from, untilNow, by);
  const names = useNames(by);
  const noun = by === "source" ? "Source" : "Category";
  return (
    <section className="section" aria-labelledby={`by-${by}`}>
      <h2 id={`by-${by}`}>{title}</h2>
      <ErrorNote error={report.error} />
      {!report.data ? (
        <Skeleton rows={3} label={`Loading leads by ${by}`} />
      ) : report.data.groups.length === 0 ? (
        <p className="muted">No leads in this period yet.</p>
      ) : (
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">{noun}</th>
              <th scope="col" className="num">
                Leads
              </th>
              <th scope="col" className="num">
                Won
              </th>
              <th scope="col" className="num">
                Revenue
              </th>
            </tr>
          </thead>
          <tbody>
            {report.data.groups.map((g) => (
              <tr key={g.key ?? "none"}>
                <td>
                  <Link href={`/leads?${by}=${encodeURIComponent(g.key ?? "")}&from=${localDate(from)}`}>
                    {g.key === null ? "—" : (names.get(g.key) ?? g.key)}
                  </Link>
                  {g.key !== null && names.has(g.key) && names.get(g.key) !== g.key ? (
                    <span className="muted small group-key"> {g.key}</span>
                  ) : null}
                </td>
                <td className="num">{formatNumber(g.leads)}</td>
                <td className="num">{formatNumber(g.won)}</td>
                <td className="num">{formatMoney(g.revenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * Today (or this week) at a glance against the period before up to the same point, where the
 * leads are now, the volume by hour, the funnel, and the leads by source and category. Live: the
 * stream's events refetch the figures and carry the counts of now.
 */
export function Dashboard() {
  const search = useSearch();
  const period: Period = new URLSearchParams(search).get("period") === "week" ? "week" : "today";
  const w = useMemo(() => periodWindows(new Date(), period), [period]);
  const sameTimeBefore = () => new Date(Date.now() - w.days * 86_400_000);
  const now = useSummary("now", w.from, untilNow);
  const before = useSummary("before", w.beforeFrom, sameTimeBefore);
  const hours = useSummary("now", w.from, untilNow, "hour");
  const beforeHours = useSummary("whole", w.beforeFrom, () => w.from, "hour");
  const counters = useCounters();
  const than = period === "today" ? "yesterday" : "last week";
  return (
    <div className="dashboard">
      <nav className="period-toggle" aria-label="Period">
        <Link href="/dashboard" aria-current={period === "today" ? "page" : undefined}>
          Today
        </Link>
        <Link href="/dashboard?period=week" aria-current={period === "week" ? "page" : undefined}>
          This week
        </Link>
      </nav>
      <ErrorNote error={now.error ?? before.error} />
      {now.data && before.data ? (
        <FigureList
          label={period === "today" ? "Today against yesterday" : "This week against last week"}
          items={figures(now.data.total, before.data.total, period, w.from)}
        />
      ) : (
        <Skeleton rows={1} label="Loading the figures" />
      )}
      {counters.data ? (
        <FigureList label="Leads now" items={nowFigures(counters.data)} />
      ) : (
        <Skeleton rows={1} label="Loading the leads now" />
      )}
      <div className="dashboard-grid">
        <section className="section" aria-labelledby="volume">
          <h2 id="volume">Leads by hour</h2>
          {hours.data && beforeHours.data ? (
            <Suspense fallback={<Skeleton rows={4} label="Loading the chart" />}>
              <VolumeChart
                hours={fillHours(hours.data.groups, w.from, w.days * 24)}
                before={fillHours(beforeHours.data.groups, w.beforeFrom, w.days * 24)}
                beforeLabel={than === "yesterday" ? "Yesterday" : "Last week"}
                period={period}
              />
            </Suspense>
          ) : (
            <Skeleton rows={4} label="Loading the chart" />
          )}
        </section>
        <section className="section" aria-labelledby="funnel">
          <h2 id="funnel">Funnel</h2>
          {now.data ? (
            <ol className="funnel">
              {funnel(now.data.total).map((step) => (
                <li key={step.label}>
                  <span className="funnel-label">{step.label}</span>
                  <span className="funnel-bar" aria-hidden="true">
                    <span style={{ width: `${Math.max(step.share * 100, step.count > 0 ? 1 : 0)}%` }} />
                  </span>
                  <span className="funnel-count">
                    {formatNumber(step.count)}
                    <span className="muted"> · {formatPercent(step.share)}</span>
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <Skeleton rows={6} label="Loading the funnel" />
          )}
        </section>
        <GroupTable title="By source" by="source" from={w.from} />
        <GroupTable title="By category" by="category" from={w.from} />
      </div>
    </div>
  );
}
