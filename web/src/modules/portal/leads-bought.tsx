import "./portal.css";
import { Link } from "wouter";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, humanize } from "../../ui/format";
import { RelativeTime, useNow } from "../../ui/time";
import { fullName, placeOf, type Lead } from "../leads/lead";
import { useMyLeads } from "../leads/my-leads";
import { ReturnLead } from "./return-lead";

const heldSince = (lead: Lead) => lead.assignments?.[0]?.createdAt ?? lead.createdAt;

/** A buyer's leads, newest bought first, each with what it cost and "Return this lead". */
export function LeadsBought() {
  const leads = useMyLeads();
  const now = useNow(60_000);
  if (leads.isPending) return <Skeleton rows={4} label="Loading your leads" />;
  if (leads.error) return <ErrorNote error={leads.error} />;
  if (leads.data.length === 0)
    return <Empty>No leads bought yet. New leads appear here as soon as they are sent to you.</Empty>;
  const sorted = [...leads.data].sort((a, b) => heldSince(b).localeCompare(heldSince(a)));
  const spent = sorted.reduce((sum, l) => sum + (l.assignments?.[0]?.price ?? 0), 0);
  return (
    <>
      <p className="muted">
        {sorted.length} lead{sorted.length === 1 ? "" : "s"} held now, {formatMoney(spent)} in all.
      </p>
      <ul className="rows" aria-label="Leads bought">
        {sorted.map((lead) => {
          const price = lead.assignments?.[0]?.price;
          return (
            <li key={lead.id} className="row bought-lead">
              <div className="row-main">
                <Link href={`/leads/${lead.id}`} className="row-title">
                  {fullName(lead)}
                </Link>
                <span className="muted">
                  {[placeOf(lead), humanize(lead.category), humanize(lead.stage)].filter(Boolean).join(" · ")}
                </span>
                <span className="muted small">
                  bought <RelativeTime at={heldSince(lead)} />
                </span>
              </div>
              <span className="price" aria-label="Cost">
                {price === null || price === undefined ? "—" : formatMoney(price)}
              </span>
              <div className="row-action">
                <ReturnLead lead={lead} now={now} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
