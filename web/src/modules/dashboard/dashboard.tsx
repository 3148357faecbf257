import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useMemo } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, formatNumber } from "../../ui/format";
import { dayWindows, figures, fillDays } from "./figures";

const VolumeChart = lazy(() => import("./volume-chart"));

function useSummary(from: Date, to: Date, groupBy?: "day" | "source" | "category") {
  return useQuery({
    queryKey: keys.summary(`${from.toISOString()}|${to.toISOString()}|${groupBy ?? ""}`),
    queryFn: () =>
      ok(
        api.GET("/api/v1/reports/summary", {
          params: {
            query: { from: from.toISOString(), to: to.toISOString(), ...(groupBy ? { groupBy } : {}) },
          },
        }),
      ),
  });
}

/** Today at a glance against yesterday, the week's volume, and where today's leads came from. */
export function Dashboard() {
  const { now, windows, weekAgo } = useMemo(() => {
    const now = new Date();
    const weekAgo = new Date(now);
    weekAgo.setDate(weekAgo.getDate() - 6);
    weekAgo.setHours(0, 0, 0, 0);
    return { now, windows: dayWindows(now), weekAgo };
  }, []);
  const today = useSummary(windows.today, now);
  const yesterday = useSummary(windows.yesterday, windows.sameTimeYesterday);
  const week = useSummary(weekAgo, now, "day");
  const sources = useSummary(windows.today, now, "source");
  const todayLink = `/leads?from=${windows.today.toISOString().slice(0, 10)}`;
  return (
    <div className="dashboard">
      <ErrorNote error={today.error ?? yesterday.error} />
      {today.data && yesterday.data ? (
        <ul className="figures" aria-label="Today">
          {figures(today.data.total, yesterday.data.total).map((f) => (
            <li key={f.label} className="figure">
              <Link href={todayLink} className="figure-link">
                <span className="figure-label">{f.label}</span>
                <span className="figure-value">{f.value}</span>
                {f.change ? <span className={`figure-change trend-${f.trend}`}>{f.change}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Skeleton rows={1} label="Loading today's figures" />
      )}
      <div className="dashboard-grid">
        <section className="section" aria-label="Leads this week">
          <h2>Leads this week</h2>
          {week.data ? (
            <Suspense fallback={<Skeleton rows={4} label="Loading the chart" />}>
              <VolumeChart days={fillDays(week.data.groups, weekAgo, 7)} />
            </Suspense>
          ) : (
            <Skeleton rows={4} label="Loading the chart" />
          )}
        </section>
        <section className="section" aria-label="Today by source">
          <h2>Today by source</h2>
          {sources.data ? (
            sources.data.groups.length === 0 ? (
              <p className="muted">No leads yet today.</p>
            ) : (
              <table className="table compact">
                <thead>
                  <tr>
                    <th scope="col">Source</th>
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
                  {sources.data.groups.map((g) => (
                    <tr key={g.key ?? "none"}>
                      <td>
                        <Link
                          href={`/leads?source=${encodeURIComponent(g.key ?? "")}&from=${todayLink.slice(-10)}`}
                        >
                          {g.key ?? "—"}
                        </Link>
                      </td>
                      <td className="num">{formatNumber(g.leads)}</td>
                      <td className="num">{formatNumber(g.won)}</td>
                      <td className="num">{formatMoney(g.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          ) : (
            <Skeleton rows={3} label="Loading sources" />
          )}
        </section>
      </div>
    </div>
  );
}
