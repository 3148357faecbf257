import type { ReactNode } from "react";
import { formatMoney, formatNumber } from "../../ui/format";
import { ListTable, type ListColumn } from "../../ui/list-table";
import type { RecipientSummary } from "./plan-queries";
import { signed, type Comparison } from "./simulation";

const money = (n: number) => formatMoney(n);

interface Change {
  now: number;
  draft: number;
  change: number;
}

/** A recipient's leads and margin now and in the draft; a pool's or no one's leads alone. */
interface Row {
  key: string;
  name: ReactNode;
  leads: Change;
  margin?: Change;
  changed: boolean;
}

const COLUMNS: readonly ListColumn<Row>[] = [
  { header: "Recipient", rowHeader: true, cell: (r) => r.name },
  { header: "Leads now", num: true, cell: (r) => formatNumber(r.leads.now) },
  { header: "Leads in draft", num: true, cell: (r) => formatNumber(r.leads.draft) },
  { header: "Change", num: true, className: "delta", cell: (r) => signed(r.leads.change, formatNumber) },
  { header: "Margin now", num: true, cell: (r) => (r.margin ? money(r.margin.now) : null) },
  { header: "Margin in draft", num: true, cell: (r) => (r.margin ? money(r.margin.draft) : null) },
  {
    header: "Change",
    num: true,
    className: (r) => (r.margin ? "delta" : ""),
    cell: (r) => (r.margin ? signed(r.margin.change, money) : null),
  },
];

/** Per recipient, what the live plan and the draft would have done with the same stored leads. */
export function SimulationResult({
  comparison,
  recipients,
  hasLivePlan,
  stale,
}: {
  comparison: Comparison;
  recipients: readonly RecipientSummary[];
  hasLivePlan: boolean;
  stale: boolean;
}) {
  const names = new Map(recipients.map((r) => [r.key, r.name]));
  const { unassigned, pooled } = comparison;
  return (
    <div className="simulation" aria-live="polite">
      <p>
        {formatNumber(comparison.total)} stored {comparison.total === 1 ? "lead" : "leads"} replayed
        {hasLivePlan
          ? " through the live plan and through the draft."
          : " through the draft (the category has no live plan)."}
        {comparison.truncated
          ? " Only the first 100,000 were replayed: choose a shorter period for the rest."
          : ""}
      </p>
      {stale ? <p className="note">The draft changed since: simulate again to see its numbers.</p> : null}
      {comparison.total === 0 ? (
        <p className="empty">
          No stored leads in this period. Choose a longer period, or simulate once leads have come in.
        </p>
      ) : (
        <ListTable
          list={[
            ...comparison.recipients.map((r) => ({
              key: r.recipient,
              name: (
                <>
                  {names.get(r.recipient) ?? r.recipient}
                  <span className="muted small recipient-key"> {r.recipient}</span>
                </>
              ),
              leads: { now: r.now.leads, draft: r.draft.leads, change: r.leads },
              margin: { now: r.now.margin, draft: r.draft.margin, change: r.margin },
              changed: r.changed,
            })),
            { key: "#pooled", name: "Posted to a pool", leads: pooled, changed: pooled.change !== 0 },
            { key: "#unassigned", name: "Unassigned", leads: unassigned, changed: unassigned.change !== 0 },
          ]}
          empty={null}
          label="Simulation table"
          name="Now against the draft, per recipient"
          className="sim-table"
          rowKey={(r) => r.key}
          rowClassName={(r) => (r.changed ? "changed" : undefined)}
          columns={COLUMNS}
        />
      )}
    </div>
  );
}
