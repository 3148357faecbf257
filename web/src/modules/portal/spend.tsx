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
            <ByDay periods={spend.data.periods} />
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

/** Each day of the period, newest first, its charge also drawn as a bar against the busiest day's. */
function ByDay({ periods }: { periods: Day[] }) {
  const most = Math.max(...periods.map((p) => p.charged), 1);
  return (
    <ListTable
      list={[...periods].reverse()}
      empty={<Empty>No leads in this period.</Empty>}
      label="Spend by day table"
      className="spend-table"
      rowKey={(p) => p.start}
      columns={[
        {
          header: "Day",
          cell: (p) =>
            new Date(p.start).toLocaleDateString("en-US", { dateStyle: "medium", timeZone: "UTC" }),
        },
        { header: "Leads", num: true, cell: (p) => formatNumber(p.leads) },
        { header: "Returned", num: true, cell: (p) => formatNumber(p.returned) },
        { header: "Charged", num: true, cell: (p) => formatMoney(p.charged) },
        {
          header: "Share of the busiest day",
          unseen: true,
          className: "bar-col",
          cell: (p) => (
            <span
              className="bar"
              aria-hidden="true"
              style={{ width: `${Math.round((p.charged / most) * 100)}%` }}
            />
          ),
        },
      ]}
    />
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
