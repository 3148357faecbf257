import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { api, ApiError, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Empty, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { productOf } from "../offers/offers";

/** A pooled lead before it is claimed: enough to choose, not enough to call. */
export interface PooledLead {
  id: string;
  category: string;
  score: number;
  priority: string;
  firstName: string | null;
  city: string | null;
  state: string | null;
  receivedAt: string;
  poolUntil: string | null;
  fields: Record<string, unknown>;
}

export function usePool(enabled: boolean) {
  return useQuery({
    queryKey: keys.pool,
    queryFn: async () => (await ok(api.GET("/api/v1/pool"))).items as unknown as PooledLead[],
    enabled,
  });
}

/**
 * The leads anyone eligible may claim. A lead that goes to someone else, by a lost race (409) or
 * while on screen, stays for a moment as "Taken by someone else" rather than vanishing.
 */
export function PoolList({ leads }: { leads: PooledLead[] | undefined }) {
  const [ghosts, setGhosts] = useState<PooledLead[]>([]);
  const previous = useRef<PooledLead[]>([]);
  const mine = useRef(new Set<string>());
  const markTaken = (lead: PooledLead) =>
    setGhosts((g) => (g.some((x) => x.id === lead.id) ? g : [...g, lead]));
  useEffect(() => {
    if (!leads) return;
    const ids = new Set(leads.map((l) => l.id));
    previous.current.filter((l) => !ids.has(l.id) && !mine.current.has(l.id)).forEach(markTaken);
    previous.current = leads;
  }, [leads]);
  const ghostIds = new Set(ghosts.map((g) => g.id));
  const rows = leads && [...leads, ...ghosts.filter((g) => !leads.some((l) => l.id === g.id))];
  if (!rows) return <Skeleton rows={2} label="Loading the pool" />;
  if (rows.length === 0) return <Empty>The pool is empty. Leads nobody accepted in time land here.</Empty>;
  return (
    <ul className="rows" aria-label="Pool">
      {rows.map((lead) =>
        ghostIds.has(lead.id) ? (
          <li key={lead.id} className="row taken" role="status">
            Taken by someone else
          </li>
        ) : (
          <PoolRow
            key={lead.id}
            lead={lead}
            onClaimed={() => mine.current.add(lead.id)}
            onTaken={() => markTaken(lead)}
          />
        ),
      )}
    </ul>
  );
}

function PoolRow({
  lead,
  onClaimed,
  onTaken,
}: {
  lead: PooledLead;
  onClaimed: () => void;
  onTaken: () => void;
}) {
  const toast = useToast();
  const claim = useMutation({
    mutationFn: () => ok(api.POST("/api/v1/pool/{leadId}/claim", { params: { path: { leadId: lead.id } } })),
    onSuccess: () => {
      onClaimed();
      toast(`Claimed ${lead.firstName ?? "the lead"}.`);
      void queryClient.invalidateQueries({ queryKey: keys.pool });
      void queryClient.invalidateQueries({ queryKey: keys.myLeads });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) onTaken();
      else toast(error.message, "error");
    },
  });
  const name = lead.firstName ?? "A lead";
  const where = [lead.city, lead.state].filter(Boolean).join(", ");
  const product = productOf(lead.fields);
  if (claim.isSuccess)
    return (
      <li className="row claimed">
        <span>
          <strong>{name}</strong> is yours.
        </span>
        <Link href={`/leads/${lead.id}`}>Open</Link>
      </li>
    );
  return (
    <li className="row">
      <div className="row-main">
        <strong>{name}</strong>
        <span className="muted">
          {[where, product ? humanize(product) : null, humanize(lead.category)].filter(Boolean).join(" · ")}
        </span>
        <span className="muted small">
          received <RelativeTime at={lead.receivedAt} />
        </span>
      </div>
      <span className={`band band-${lead.priority}`}>{humanize(lead.priority)}</span>
      <button
        type="button"
        className="primary"
        onClick={() => claim.mutate()}
        disabled={claim.isPending}
        aria-label={`Claim ${name}`}
      >
        Claim
      </button>
    </li>
  );
}
