import "./portal.css";
import { useState } from "react";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { FigureList } from "../../ui/figures";
import { formatMoney, formatNumber, humanize } from "../../ui/format";
import { Labeled } from "../../ui/labeled";
import { ListBody } from "../../ui/list-controls";
import { ListTable } from "../../ui/list-table";
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
      <ErrorNote error={spend.error} />
      {spend.isPending ? (
        <Skeleton rows={3} label="Loading your spend" />
      ) : spend.data ? (
        <>
          <FigureList
            label="Spend"
            items={[
              { label: "Spent", value: formatMoney(spend.data.totals.charged) },
              { label: "Leads bought", value: formatNumber(spend.data.totals.leads) },
              { label: "Returned", value: formatNumber(spend.data.totals.returned) },
            ]}
          />
          <section className="section" aria-label="By day">
            <h2>By day</h2>
            {spend.data.periods.length === 0 ? (
              <Empty>No leads in this period.</Empty>
            ) : (
              <ByDay periods={spend.data.periods} />
            )}
          </section>
        </>
      ) : null}
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

const SHOWN: Record<string, string> = {
  all: "All",
  delivered: "Delivered",
  pending: "Waiting",
  failed: "Failed, retrying",
  dead: "Gave up",
};

function Deliveries() {
  const deliveries = useMyDeliveries();
  const [shown, setShown] = useState("all");
  const items = (deliveries.data?.items ?? []).filter((d) => shown === "all" || d.status === shown);
  return (
    <section className="section" aria-label="Deliveries">
      <h2>Deliveries</h2>
      <Labeled label="Show" className="inline-field">
        {(control) => (
          <select {...control} value={shown} onChange={(e) => setShown(e.target.value)}>
            {Object.entries(SHOWN).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Labeled>
      <ListBody
        loading={deliveries.isPending}
        error={deliveries.error}
        label="Loading your deliveries"
        rows={3}
        count={items.length}
        filtered={shown !== "all"}
        empty="No deliveries yet. Leads sent to your system or inbox appear here with how they went."
        emptyFiltered={`No deliveries shown as “${SHOWN[shown] ?? shown}”.`}
      >
        <ListTable
          list={items}
          empty={null}
          label="Deliveries table"
          rowKey={(d) => d.id}
          columns={[
            { header: "Sent", cell: (d) => <RelativeTime at={d.createdAt} /> },
            { header: "Lead", cell: (d) => <code>{d.leadId}</code> },
            { header: "By", cell: (d) => humanize(d.channel) },
            {
              header: "Status",
              className: (d) => STATUS_CLASS[d.status] ?? "",
              cell: (d) => (
                <>
                  {humanize(d.status)}
                  {d.reason ? <span className="muted small"> · {d.reason}</span> : null}
                </>
              ),
            },
            { header: "Tries", num: true, cell: (d) => d.attemptCount },
          ]}
        />
      </ListBody>
    </section>
  );
}
