import {
  keepPreviousData,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
  type Query,
} from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { FilterActions, ListBody, Pager } from "../../ui/list-controls";
import { ListTable } from "../../ui/list-table";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import {
  byUrgency,
  canReplay,
  inFlight,
  isStatus,
  requestSummary,
  responseSummary,
  STATUS_FILTERS,
  statusTone,
  triesText,
  type Delivery,
} from "./delivery";
import "./deliveries.css";

const deliveryKeys = {
  list: (filters: Record<string, string>) => ["deliveries", filters] as const,
  ofLead: (leadId: string) => ["deliveries", "lead", leadId] as const,
  recipients: ["deliveries", "recipients"] as const,
};

/**
 * Every delivery of each of `leadIds`, each with its tries; a lead's are polled while one of its
 * `replayed` deliveries is on its way.
 */
function useLeadsDeliveries(leadIds: readonly string[], replayed: ReadonlyMap<string, Delivery>) {
  const results = useQueries({
    queries: leadIds.map((leadId) => ({
      queryKey: deliveryKeys.ofLead(leadId),
      queryFn: async () =>
        (await ok(api.GET("/api/v1/leads/{id}/deliveries", { params: { path: { id: leadId } } })))
          .items as unknown as Delivery[],
      refetchInterval: (query: Query<Delivery[]>) =>
        [...replayed.values()].some((r) => {
          if (r.leadId !== leadId) return false;
          const now = query.state.data?.find((d) => d.id === r.id);
          return !now || inFlight(now);
        })
          ? 1000
          : false,
    })),
  });
  return new Map(leadIds.map((leadId, i) => [leadId, results[i]!]));
}

/**
 * The deliveries, those given up on first by default, filtered by status and recipient from the
 * URL. A delivery's row opens to show its tries (its Tries button, or Enter on the row; ↑/↓ move
 * between rows), and a dead or rejected one can be replayed: its row then follows it until it is
 * delivered or given up on again.
 */
export function DeliveriesList() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const params = new URLSearchParams(search);
  const status = params.get("status");
  const recipient = params.get("recipient") ?? "";
  const cursor = params.get("cursor") ?? undefined;
  const filters = {
    ...(isStatus(status) ? { status } : {}),
    ...(recipient ? { recipient } : {}),
    ...(cursor ? { cursor } : {}),
  };
  const deliveries = useQuery({
    queryKey: deliveryKeys.list(filters),
    queryFn: async () => {
      const page = await ok(
        api.GET("/api/v1/deliveries", { params: { query: { ...filters, limit: "50" } } }),
      );
      return { items: page.items as unknown as Delivery[], nextCursor: page.nextCursor };
    },
    placeholderData: keepPreviousData,
  });
  const recipients = useQuery({
    queryKey: deliveryKeys.recipients,
    queryFn: async () =>
      (await ok(api.GET("/api/v1/recipients"))).items as unknown as { key: string; name: string }[],
  });
  const names = new Map((recipients.data ?? []).map((r) => [r.key, r.name]));
  const nameOf = (d: Delivery) => names.get(d.recipient) ?? d.recipient;
  /** The rows showing their tries. */
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  /** The deliveries replayed from here, as the replay answered; their rows follow them. */
  const [replayed, setReplayed] = useState<ReadonlyMap<string, Delivery>>(new Map());
  const listed = byUrgency(deliveries.data?.items ?? []);
  const followed = listed.filter((d) => opened.has(d.id) || replayed.has(d.id));
  const ofLeads = useLeadsDeliveries([...new Set(followed.map((d) => d.leadId))], replayed);
  /** As its lead's deliveries say it now (with its tries), once looked at or replayed; else as listed. */
  const polled = (d: Delivery) => ofLeads.get(d.leadId)?.data?.find((x) => x.id === d.id);
  const items = listed.map((d) => {
    const answer = replayed.get(d.id);
    return answer ? (polled(d) ?? answer) : d;
  });
  const toggle = (d: Delivery) =>
    setOpened((now) => {
      const next = new Set(now);
      if (!next.delete(d.id)) next.add(d.id);
      return next;
    });
  /** A replay's answer: the cached tries still say "dead", so it replaces them, and the row follows it. */
  const follow = (d: Delivery, answer: Delivery) => {
    queryClient.setQueryData<Delivery[]>(deliveryKeys.ofLead(d.leadId), (items) =>
      items?.map((x) => (x.id === d.id ? { ...x, ...answer } : x)),
    );
    setReplayed((now) => new Map(now).set(d.id, answer));
  };
  const go = (next: Record<string, string | undefined>) => {
    const query = new URLSearchParams(
      Object.entries(next).filter((e): e is [string, string] => Boolean(e[1])),
    );
    navigate(`/deliveries${query.size ? `?${query}` : ""}`);
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    go({ status: String(form.get("status") ?? ""), recipient: String(form.get("recipient") ?? "").trim() });
  };
  const filtered = Boolean(filters.status || filters.recipient);
  return (
    <div>
      <form className="filters" onSubmit={apply} key={search} aria-label="Filter deliveries">
        <label>
          Status
          <select name="status" defaultValue={filters.status ?? ""}>
            {STATUS_FILTERS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Recipient
          <input name="recipient" defaultValue={recipient} size={14} placeholder="Recipient key" />
        </label>
        <FilterActions filtered={filtered} clearHref="/deliveries" />
      </form>
      <ListBody
        loading={deliveries.isPending}
        error={deliveries.error}
        label="Loading deliveries"
        rows={6}
        count={items.length}
        filtered={filtered}
        emptyFiltered={"No delivery matches these filters. Clear a filter to see more."}
        empty={"Nothing needs action: no delivery has failed. Choose a status to see the others."}
      >
        <ListTable
          list={items}
          empty={null}
          label="Deliveries table"
          name="Deliveries"
          className="deliveries-table"
          rowKey={(d) => d.id}
          rowLabel={(d) => `${nameOf(d)}, ${humanize(d.status)}, ${triesText(d)}`}
          toggle={toggle}
          expanded={(d) =>
            opened.has(d.id) ? (
              <div id={triesId(d)}>
                <TriesOf delivery={d} lead={ofLeads.get(d.leadId)} />
              </div>
            ) : null
          }
          columns={[
            {
              header: "Status",
              cell: (d) => (
                <>
                  <span className={`delivery-status tone-${statusTone(d.status)}`}>{humanize(d.status)}</span>
                  {d.kind !== "lead" ? <span className="muted small"> {d.kind} notice</span> : null}
                </>
              ),
            },
            {
              header: "Recipient",
              title: true,
              cell: (d) => (
                <>
                  {nameOf(d)}
                  {nameOf(d) !== d.recipient ? (
                    <span className="muted small recipient-key"> {d.recipient}</span>
                  ) : null}
                </>
              ),
            },
            {
              header: "Lead",
              cell: (d) => (
                <Link href={`/leads/${d.leadId}`} title={d.leadId}>
                  Lead …{d.leadId.slice(-6)}
                </Link>
              ),
            },
            { header: "Tries", cell: triesText },
            {
              header: "Last answer",
              className: "answer",
              cell: (d) => (
                <span title={responseSummary(d.lastResponse, 2000)}>
                  {showReason(d) ? <span className="reason">{d.reason}</span> : null}
                  <span className="muted small">{responseSummary(d.lastResponse, 60)}</span>
                </span>
              ),
            },
            { header: "Updated", cell: (d) => <RelativeTime at={d.updatedAt} /> },
            {
              header: "Actions",
              unseen: true,
              cell: (d) => (
                <div className="actions row-actions">
                  <button
                    type="button"
                    aria-expanded={opened.has(d.id)}
                    aria-controls={opened.has(d.id) ? triesId(d) : undefined}
                    aria-label={`${opened.has(d.id) ? "Hide" : "Show"} tries of the delivery to ${nameOf(d)}`}
                    onClick={() => toggle(d)}
                  >
                    Tries
                  </button>
                  {canReplay(d) ? (
                    <ReplayButton delivery={d} name={nameOf(d)} onReplayed={(answer) => follow(d, answer)} />
                  ) : null}
                </div>
              ),
            },
          ]}
        />
      </ListBody>
      <Pager
        onFirstPage={cursor ? () => go({ ...filters, cursor: undefined }) : undefined}
        nextCursor={deliveries.data?.nextCursor}
        onPage={(next) => go({ ...filters, cursor: next })}
      />
    </div>
  );
}

/** Sends a dead or rejected delivery again, and says so. */
function ReplayButton({
  delivery,
  name,
  onReplayed,
}: {
  delivery: Delivery;
  name: string;
  onReplayed: (answer: Delivery) => void;
}) {
  const toast = useToast();
  const replay = useMutation({
    mutationFn: async () =>
      (await ok(
        api.POST("/api/v1/deliveries/{id}/replay", { params: { path: { id: delivery.id } } }),
      )) as unknown as Delivery,
    onSuccess: (answer) => {
      onReplayed(answer);
      toast(`Delivery to ${name} sent again.`);
    },
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <button
      type="button"
      className="primary"
      aria-label={`Replay the delivery to ${name}`}
      disabled={replay.isPending}
      onClick={() => replay.mutate()}
    >
      {replay.isPending ? "Replaying…" : "Replay"}
    </button>
  );
}

const triesId = (d: Delivery) => `delivery-${d.id}-tries`;

/** An open row's tries, from its lead's deliveries: a skeleton while they load, else what went wrong. */
function TriesOf({
  delivery,
  lead,
}: {
  delivery: Delivery;
  lead: { isPending: boolean; error: unknown; data?: Delivery[] | undefined } | undefined;
}) {
  if (!lead || lead.isPending) return <Skeleton rows={2} label="Loading the tries" />;
  if (lead.error) return <ErrorNote error={lead.error} />;
  const tries = lead.data?.find((x) => x.id === delivery.id)?.attempts ?? [];
  return <Tries delivery={delivery} tries={tries} />;
}

/** Why it was given up on, when the answer's summary does not say it already. */
const showReason = (d: Delivery) =>
  d.reason !== null &&
  !inFlight(d) &&
  d.status !== "delivered" &&
  !responseSummary(d.lastResponse, 2000).startsWith(d.reason);

/** Every try of a delivery, newest first: what was sent and what came back. */
function Tries({ delivery, tries }: { delivery: Delivery; tries: NonNullable<Delivery["attempts"]> }) {
  if (tries.length === 0)
    return <p className="muted small">Not tried yet: {requestSummary(delivery.lastRequest)}.</p>;
  return (
    <ol className="tries" reversed>
      {[...tries].reverse().map((t) => (
        <li key={t.attempt}>
          <p>
            <strong>Try {t.attempt}</strong> <RelativeTime at={t.at} /> · {humanize(t.outcome)}
          </p>
          <p className="small">
            <span className="muted">Sent </span>
            {requestSummary(t.request)}
          </p>
          <p className="small">
            <span className="muted">Answer </span>
            {responseSummary({ ...t.response, error: t.error, durationMs: t.durationMs }, 300)}
          </p>
        </li>
      ))}
    </ol>
  );
}
