import { useQuery } from "@tanstack/react-query";
import type { FormEvent, ReactNode } from "react";
import { useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { FigureList } from "../../ui/figures";
import { formatDuration, formatMoney, formatNumber, formatPercent } from "../../ui/format";
import { DateRange } from "../../ui/list-controls";

const TZ = Intl.DateTimeFormat().resolvedOptions().timeZone;
const DAY = 86_400_000;

export const GROUPS = [
  ["day", "Day"],
  ["week", "Week"],
  ["month", "Month"],
  ["hour", "Hour"],
  ["source", "Source"],
  ["category", "Category"],
  ["recipient", "Recipient"],
  ["state", "State"],
  ["campaign", "Campaign"],
  ["utmSource", "UTM source"],
  ["utmMedium", "UTM medium"],
] as const;

type GroupBy = (typeof GROUPS)[number][0];
const isGroup = (g: string | null): g is GroupBy => GROUPS.some(([k]) => k === g);
const localDate = (d: Date) =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const startOf = (date: string) => new Date(`${date}T00:00:00`);

type Report = "performance" | "funnel" | "speed" | "recipients";

/** The period, grouping and zone of the URL, as the reports' query string. */
function useReportQuery() {
  const params = new URLSearchParams(useSearch());
  const to = params.get("to") ?? localDate(new Date());
  const from = params.get("from") ?? localDate(new Date(Date.now() - 29 * DAY));
  const group = params.get("groupBy");
  const groupBy: GroupBy = isGroup(group) ? group : "day";
  const query = {
    from: startOf(from).toISOString(),
    // The "to" day is included: the range ends at the start of the day after.
    to: new Date(startOf(to).getTime() + DAY).toISOString(),
    groupBy,
    tz: TZ,
  };
  return { from, to, groupBy, query };
}

function csvHref(report: Report, query: Record<string, string>) {
  return `/api/v1/reports/${report}?${new URLSearchParams({ ...query, format: "csv" })}`;
}

/** A report's JSON (its CSV is downloaded by link, never fetched). */
const json = <T,>(data: T) => data as Exclude<T, string>;

const rate = (r: number | null | undefined) => (r === null || r === undefined ? "—" : formatPercent(r));
const seconds = (s: number | null | undefined) => (s === null || s === undefined ? "—" : formatDuration(s));
const money = (m: number | null | undefined) => (m === null || m === undefined ? "—" : formatMoney(m));

/** Horizontal bars, one per row, scaled to the largest value: a chart that also reads as a list. */
function Bars({ rows, label }: { rows: { key: string; value: number; text: string }[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <ol className="funnel" aria-label={label}>
      {rows.map((r) => (
        <li key={r.key}>
          <span className="funnel-label">{r.key}</span>
          <span className="funnel-bar" aria-hidden="true">
            <span style={{ width: `${Math.max((r.value / max) * 100, r.value > 0 ? 1 : 0)}%` }} />
          </span>
          <span className="funnel-count">{r.text}</span>
        </li>
      ))}
    </ol>
  );
}

function Section({
  id,
  title,
  csv,
  children,
}: {
  id: string;
  title: string;
  csv: string;
  children: React.ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={id}>
      <div className="section-head">
        <h2 id={id}>{title}</h2>
        <a href={csv} download className="button link">
          Download CSV
        </a>
      </div>
      {children}
    </section>
  );
}

/**
 * Reports over a date range, grouped as chosen: the funnel, counts, money and rates per group,
 * speed to lead, and each recipient's share against its intended share. Every section downloads
 * as CSV.
 */
/** A report's table in its own focusable scroll region: the row heading's column, then number columns. */
function ReportTable(props: { label: string; rowHeading: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${props.label} table`}>
      <table className="table compact">
        <thead>
          <tr>
            <th scope="col">{props.rowHeading}</th>
            {props.columns.map((h) => (
              <th scope="col" className="num" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

export function Reports() {
  const [, navigate] = useLocation();
  const { from, to, groupBy, query } = useReportQuery();
  const performance = useQuery({
    queryKey: ["reports", "performance", query],
    queryFn: () => ok(api.GET("/api/v1/reports/performance", { params: { query } })).then(json),
  });
  const funnel = useQuery({
    queryKey: ["reports", "funnel", query],
    queryFn: () => ok(api.GET("/api/v1/reports/funnel", { params: { query } })).then(json),
  });
  const speed = useQuery({
    queryKey: ["reports", "speed", query],
    queryFn: () => ok(api.GET("/api/v1/reports/speed", { params: { query } })).then(json),
  });
  const recipients = useQuery({
    queryKey: ["reports", "recipients", query],
    queryFn: () => ok(api.GET("/api/v1/reports/recipients", { params: { query } })).then(json),
  });
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams({
      from: String(form.get("from") || from),
      to: String(form.get("to") || to),
      groupBy: String(form.get("groupBy") || groupBy),
    });
    navigate(`/reports?${next}`);
  };
  const groupLabel = GROUPS.find(([k]) => k === groupBy)?.[1] ?? "Group";
  const total = performance.data?.total;
  return (
    <div className="reports">
      <form
        className="filters"
        onSubmit={apply}
        aria-label="Report period and grouping"
        key={`${from}${to}${groupBy}`}
      >
        <DateRange from={from} to={to} />
        <label>
          Group by
          <select name="groupBy" defaultValue={groupBy}>
            {GROUPS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <div className="actions">
          <button type="submit" className="primary">
            Apply
          </button>
        </div>
      </form>
      <ErrorNote error={performance.error ?? funnel.error ?? speed.error ?? recipients.error} />
      {total ? (
        <FigureList
          label="The period's figures"
          items={[
            { label: "Received", value: formatNumber(total.received) },
            { label: "Won", value: formatNumber(total.won) },
            { label: "Win rate", value: rate(total.winRate) },
            { label: "Margin", value: money(total.margin) },
            { label: "ROI", value: rate(total.roi) },
            { label: "Speed to lead (median)", value: seconds(speed.data?.total.medianSeconds) },
          ]}
        />
      ) : (
        <Skeleton rows={1} label="Loading the figures" />
      )}
      <div className="dashboard-grid">
        <Section id="report-funnel" title="Funnel" csv={csvHref("funnel", query)}>
          {funnel.data ? (
            <Bars
              label="Funnel"
              rows={funnel.data.total.steps.map((s) => ({
                key: s.step[0]!.toUpperCase() + s.step.slice(1),
                value: s.leads,
                text: `${formatNumber(s.leads)} · ${s.conversion === null ? "100%" : rate(s.conversion)}`,
              }))}
            />
          ) : (
            <Skeleton rows={6} label="Loading the funnel" />
          )}
        </Section>
        <Section
          id="report-volume"
          title={`Leads by ${groupLabel.toLowerCase()}`}
          csv={csvHref("performance", query)}
        >
          {performance.data ? (
            performance.data.groups.length === 0 ? (
              <p className="muted">No leads in this period.</p>
            ) : (
              <Bars
                label={`Leads by ${groupLabel.toLowerCase()}`}
                rows={performance.data.groups.map((g) => ({
                  key: g.key ?? "—",
                  value: g.received,
                  text: `${formatNumber(g.received)} · ${formatNumber(g.won)} won`,
                }))}
              />
            )
          ) : (
            <Skeleton rows={6} label="Loading the chart" />
          )}
        </Section>
      </div>
      <Section id="report-performance" title="Counts, money and rates" csv={csvHref("performance", query)}>
        {performance.data ? (
          <ReportTable
            label="Counts, money and rates"
            rowHeading={groupLabel}
            columns={[
              "Received",
              "Dup.",
              "Invalid",
              "Accepted",
              "Contacted",
              "Won",
              "Lost",
              "Returned",
              "Revenue",
              "Cost",
              "Sales",
              "Margin",
              "ROI",
              "Contact",
              "Win",
              "Return",
            ]}
          >
            {[...performance.data.groups, { ...performance.data.total, key: "Total" }].map((g) => (
              <tr key={g.key ?? "none"} className={g === performance.data.total ? "total" : undefined}>
                <th scope="row">{g.key ?? "—"}</th>
                <td className="num">{formatNumber(g.received)}</td>
                <td className="num">{g.duplicate === null ? "—" : formatNumber(g.duplicate)}</td>
                <td className="num">{g.invalid === null ? "—" : formatNumber(g.invalid)}</td>
                <td className="num">{formatNumber(g.accepted)}</td>
                <td className="num">{formatNumber(g.contacted)}</td>
                <td className="num">{formatNumber(g.won)}</td>
                <td className="num">{formatNumber(g.lost)}</td>
                <td className="num">{formatNumber(g.returned)}</td>
                <td className="num">{money(g.revenue)}</td>
                <td className="num">{money(g.cost)}</td>
                <td className="num">{money(g.sales)}</td>
                <td className="num">{money(g.margin)}</td>
                <td className="num">{rate(g.roi)}</td>
                <td className="num">{rate(g.contactRate)}</td>
                <td className="num">{rate(g.winRate)}</td>
                <td className="num">{rate(g.returnRate)}</td>
              </tr>
            ))}
          </ReportTable>
        ) : (
          <Skeleton rows={6} label="Loading the table" />
        )}
      </Section>
      <Section id="report-speed" title="Speed to lead" csv={csvHref("speed", query)}>
        {speed.data ? (
          <ReportTable
            label="Speed to lead"
            rowHeading={groupLabel}
            columns={["Median", "90th pct.", "< 1 min", "< 5 min", "< 30 min", "< 1 h", "< 1 day", "Never"]}
          >
            {[...speed.data.groups, { ...speed.data.total, key: "Total" }].map((g) => (
              <tr key={g.key ?? "none"}>
                <th scope="row">{g.key ?? "—"}</th>
                <td className="num">{seconds(g.medianSeconds)}</td>
                <td className="num">{seconds(g.p90Seconds)}</td>
                {(["minute1", "minutes5", "minutes30", "hour1", "day1"] as const).map((w) => (
                  <td className="num" key={w}>
                    {rate(g.within[w])}
                  </td>
                ))}
                <td className="num">{rate(g.never)}</td>
              </tr>
            ))}
          </ReportTable>
        ) : (
          <Skeleton rows={4} label="Loading speed to lead" />
        )}
      </Section>
      <Section
        id="report-recipients"
        title="Recipients: response time and fairness"
        csv={csvHref("recipients", query)}
      >
        {recipients.data ? (
          <>
            <p className="muted">
              Gini of leads taken per unit of weight:{" "}
              <strong>{recipients.data.gini === null ? "—" : recipients.data.gini.toFixed(2)}</strong> (0:
              everyone got exactly their intended share).
            </p>
            <ReportTable
              label="Fairness"
              rowHeading="Recipient"
              columns={["Offered", "Taken", "Accepts", "Median answer", "Share", "Intended"]}
            >
              {recipients.data.recipients.map((r) => (
                <tr key={r.recipient}>
                  <th scope="row">{r.name ?? r.recipient}</th>
                  <td className="num">{formatNumber(r.offered)}</td>
                  <td className="num">{formatNumber(r.taken)}</td>
                  <td className="num">{rate(r.acceptanceRate)}</td>
                  <td className="num">{seconds(r.medianResponseSeconds)}</td>
                  <td className="num">{rate(r.share)}</td>
                  <td className="num">{rate(r.intendedShare)}</td>
                </tr>
              ))}
            </ReportTable>
          </>
        ) : (
          <Skeleton rows={4} label="Loading the recipients" />
        )}
      </Section>
    </div>
  );
}
