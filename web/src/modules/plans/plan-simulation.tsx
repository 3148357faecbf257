import { formatMoney, formatNumber } from "../../ui/format";
import type { RecipientSummary } from "./plan-queries";
import { signed, type Comparison } from "./simulation";

const money = (n: number) => formatMoney(n);

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
        <div className="table-wrap">
          <table className="table sim-table">
            <caption className="visually-hidden">Now against the draft, per recipient</caption>
            <thead>
              <tr>
                <th scope="col">Recipient</th>
                <th scope="col" className="num">
                  Leads now
                </th>
                <th scope="col" className="num">
                  Leads in draft
                </th>
                <th scope="col" className="num">
                  Change
                </th>
                <th scope="col" className="num">
                  Margin now
                </th>
                <th scope="col" className="num">
                  Margin in draft
                </th>
                <th scope="col" className="num">
                  Change
                </th>
              </tr>
            </thead>
            <tbody>
              {comparison.recipients.map((r) => (
                <tr key={r.recipient} className={r.changed ? "changed" : undefined}>
                  <th scope="row">
                    {names.get(r.recipient) ?? r.recipient}
                    <span className="muted small recipient-key"> {r.recipient}</span>
                  </th>
                  <td className="num">{formatNumber(r.now.leads)}</td>
                  <td className="num">{formatNumber(r.draft.leads)}</td>
                  <td className="num delta">{signed(r.leads, formatNumber)}</td>
                  <td className="num">{money(r.now.margin)}</td>
                  <td className="num">{money(r.draft.margin)}</td>
                  <td className="num delta">{signed(r.margin, money)}</td>
                </tr>
              ))}
              <tr className={pooled.change !== 0 ? "changed" : undefined}>
                <th scope="row">Posted to a pool</th>
                <td className="num">{formatNumber(pooled.now)}</td>
                <td className="num">{formatNumber(pooled.draft)}</td>
                <td className="num delta">{signed(pooled.change, formatNumber)}</td>
                <td colSpan={3} />
              </tr>
              <tr className={unassigned.change !== 0 ? "changed" : undefined}>
                <th scope="row">Unassigned</th>
                <td className="num">{formatNumber(unassigned.now)}</td>
                <td className="num">{formatNumber(unassigned.draft)}</td>
                <td className="num delta">{signed(unassigned.change, formatNumber)}</td>
                <td colSpan={3} />
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
