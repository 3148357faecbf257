import "./portal.css";
import { Link } from "wouter";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, formatNumber } from "../../ui/format";
import { ListTable } from "../../ui/list-table";
import { RelativeTime } from "../../ui/time";
import { useMyReturns } from "./portal-queries";

/** The return policy in plain words, this month's cap, and every return with what it credited. */
export function ReturnsScreen() {
  const returns = useMyReturns();
  if (returns.isPending) return <Skeleton rows={4} label="Loading your returns" />;
  if (returns.error) return <ErrorNote error={returns.error} />;
  const { policy, month, items, canReturn } = returns.data;
  const credited = items.reduce((sum, r) => sum + r.credited, 0);
  return (
    <>
      <section className="section policy" aria-label="Return policy">
        <h2>Your return policy</h2>
        {canReturn ? (
          <ul className="policy-facts">
            <li>
              Return a lead within <strong>{policy.windowDays} days</strong> of receiving it.
            </li>
            <li>
              {policy.reasons ? (
                <>Reasons accepted: {policy.reasons.join(", ")}.</>
              ) : (
                <>Any reason is accepted; say what was wrong with the lead.</>
              )}
            </li>
            <li>
              {month.left === null ? (
                <>No monthly limit. {formatNumber(month.used)} returned this month.</>
              ) : (
                <>
                  <strong>
                    {formatNumber(month.left)} of {formatNumber(policy.monthlyCap ?? 0)}
                  </strong>{" "}
                  returns left this month.
                </>
              )}
            </li>
          </ul>
        ) : (
          <p>Leads are not returned here: move a lead you cannot use to a lost stage instead.</p>
        )}
      </section>
      <section className="section" aria-label="Returns">
        <h2>Returns</h2>
        <ListTable
          list={items}
          empty={
            <Empty>
              No returns yet. To return a lead, open it from your leads and choose “Return this lead”.
            </Empty>
          }
          label="Returns table"
          caption={
            <>
              {items.length} return{items.length === 1 ? "" : "s"}, {formatMoney(credited)} credited
            </>
          }
          rowKey={(r) => r.assignment}
          columns={[
            { header: "Lead", cell: (r) => r.name },
            { header: "Returned", cell: (r) => <RelativeTime at={r.at} /> },
            { header: "Reason", cell: (r) => r.reason },
            {
              header: "Status",
              className: "status-returned",
              cell: (r) => (r.status === "credited" ? "Credited" : "Accepted"),
            },
            { header: "Credited", num: true, cell: (r) => formatMoney(r.credited) },
          ]}
        />
        <p className="muted small">
          Returned leads leave <Link href="/">your list</Link>; what they cost is credited at once.
        </p>
      </section>
    </>
  );
}
