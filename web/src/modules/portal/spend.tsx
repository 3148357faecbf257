import "./portal.css";
import { useState } from "react";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, formatNumber, humanize } from "../../ui/format";
import { Labeled } from "../../ui/labeled";
import { RelativeTime } from "../../ui/time";
import { PeriodPicker, usePeriod } from "./period-picker";
import { useMyDeliveries, useMySpend } from "./portal-queries";

/** What a buyer was sent and charged over a period, day by day, and how each lead was delivered. */
export function SpendScreen() {
  const period = usePeriod("month");
  const spend = useMySpend(period.from, period.to);
  return (
    <>
      <PeriodPicker period={period} />
      {spend.isPending ? (
        <Skeleton rows={3} label="Loading your spend" />
      ) : spend.error ? (
        <ErrorNote error={spend.error} />
      ) : (
        <>
          <ul className="figures" aria-label="Spend">
            <li className="figure-box">
              <span className="figure-label">Spent</span>
              <span className="figure-value">{formatMoney(spend.data.totals.charged)}</span>
            </li>
            <li className="figure-box">
              <span className="figure-label">Leads bought</span>
              <span className="figure-value">{formatNumber(spend.data.totals.leads)}</span>
            </li>
            <li className="figure-box">
              <span className="figure-label">Returned</span>
              <span className="figure-value">{formatNumber(spend.data.totals.returned)}</span>
            </li>
          </ul>
          <section className="section" aria-label="By day">
            <h2>By day</h2>
            {spend.data.periods.length === 0 ? (
              <Empty>No leads in this period.</Empty>
            ) : (
              <ByDay periods={spend.data.periods} />
            )}
          </section>
        </>
      )}
      <Deliveries />
    </>
  );
}

interface Day {
  start: string;
  leads: number;
  returned: number;
  charged: number;
}

function ByDay({ periods }: { periods: Day[] }) {
  const most = Math.max(...periods.map((p) => p.charged), 1);
  return (
    <div className="table-wrap">
      <table className="table spend-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className="num">
              Leads
            </th>
            <th scope="col" className="num">
              Returned
            </th>
            <th scope="col" className="num">
              Charged
            </th>
            <th scope="col" className="bar-col">
              <span className="visually-hidden">Share of the busiest day</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...periods].reverse().map((p) => (
            <tr key={p.start}>
              <td>
                {new Date(p.start).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" })}
              </td>
              <td className="num">{formatNumber(p.leads)}</td>
              <td className="num">{formatNumber(p.returned)}</td>
              <td className="num">{formatMoney(p.charged)}</td>
              <td className="bar-col" aria-hidden="true">
                <span className="bar" style={{ width: `${Math.round((p.charged / most) * 100)}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const STATUS_CLASS: Record<string, string> = {
  delivered: "status-assigned",
  pending: "status-offered",
  sending: "status-offered",
  failed: "delivery-failed",
  dead: "delivery-failed",
  rejected: "delivery-failed",
};

function Deliveries() {
  const deliveries = useMyDeliveries();
  const [shown, setShown] = useState("all");
  if (deliveries.isPending) return <Skeleton rows={3} label="Loading your deliveries" />;
  if (deliveries.error) return <ErrorNote error={deliveries.error} />;
  const items = deliveries.data.items.filter((d) => shown === "all" || d.status === shown);
  return (
    <section className="section" aria-label="Deliveries">
      <h2>Deliveries</h2>
      <Labeled label="Show" className="inline-field">
        {(control) => (
          <select {...control} value={shown} onChange={(e) => setShown(e.target.value)}>
            <option value="all">All</option>
            <option value="delivered">Delivered</option>
            <option value="pending">Waiting</option>
            <option value="failed">Failed, retrying</option>
            <option value="dead">Gave up</option>
          </select>
        )}
      </Labeled>
      {items.length === 0 ? (
        <Empty>
          No deliveries to show. Leads sent to your system or inbox appear here with how they went.
        </Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Sent</th>
                <th scope="col">Lead</th>
                <th scope="col">By</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Tries
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <tr key={d.id}>
                  <td>
                    <RelativeTime at={d.createdAt} />
                  </td>
                  <td>
                    <code>{d.leadId}</code>
                  </td>
                  <td>{humanize(d.channel)}</td>
                  <td className={STATUS_CLASS[d.status] ?? ""}>
                    {humanize(d.status)}
                    {d.reason ? <span className="muted small"> · {d.reason}</span> : null}
                  </td>
                  <td className="num">{d.attemptCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
