import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { byPriority, fullName, placeOf, type Lead } from "./lead";
import { StageButtons, useStages } from "./stages";
import { ReturnLead } from "../portal/return-lead";

export function useMyLeads(enabled = true) {
  return useQuery({
    queryKey: keys.myLeads,
    queryFn: async () =>
      byPriority(
        (await ok(api.GET("/api/v1/my/leads", { params: { query: { limit: "200" } } })))
          .items as unknown as Lead[],
      ),
    enabled,
  });
}

/** The leads this person holds, hottest first, each with its next stages one click away. */
export function MyLeadsList({ emptyText, returns = false }: { emptyText: string; returns?: boolean }) {
  const leads = useMyLeads();
  if (leads.isPending) return <Skeleton rows={4} label="Loading your leads" />;
  if (leads.error) return <ErrorNote error={leads.error} />;
  if (leads.data.length === 0) return <Empty>{emptyText}</Empty>;
  return (
    <ul className="rows" aria-label="My leads">
      {leads.data.map((lead) => (
        <MyLeadRow key={lead.id} lead={lead} returns={returns} />
      ))}
    </ul>
  );
}

function MyLeadRow({ lead, returns }: { lead: Lead; returns: boolean }) {
  const stages = useStages(lead.category);
  return (
    <li className="row my-lead">
      <div className="row-main">
        <Link href={`/leads/${lead.id}`} className="row-title">
          {fullName(lead)}
        </Link>
        <span className="muted">
          {[placeOf(lead), humanize(lead.category), humanize(lead.stage)].filter(Boolean).join(" · ")}
        </span>
        <span className="muted small">
          received <RelativeTime at={lead.createdAt} />
        </span>
      </div>
      <span className={`band band-${lead.priority}`}>{humanize(lead.priority)}</span>
      <span className="score" title="Score">
        Score {lead.score}
      </span>
      {stages.data ? <StageButtons lead={lead} stages={stages.data} /> : null}
      {returns ? <ReturnLead lead={lead} /> : null}
    </li>
  );
}
