import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Fragment, useState, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { FilterActions, ListBody, Pager } from "../../ui/list-controls";
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

/** Every delivery of a lead, each with its tries; polled while `watch` is on its way. */
function useLeadDeliveries(leadId: string, enabled: boolean, watch?: string) {
  return useQuery({
    queryKey: deliveryKeys.ofLead(leadId),
    enabled,
    queryFn: async () =>
      (await ok(api.GET("/api/v1/leads/{id}/deliveries", { params: { path: { id: leadId } } })))
        .items as unknown as Delivery[],
    refetchInterval: (query) => {
      const watched = query.state.data?.find((d) => d.id === watch);
      return watch && (!watched || inFlight(watched)) ? 1000 : false;
    },
  });
}

/**
 * The deliveries, those given up on first by default, filtered by status and recipient from the
 * URL; each can show its tries, and a dead or rejected one can be replayed.
 */
export function DeliveriesList() {
  const search = useSearch();
  const [, navigate] = useLocation();
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
  const items = byUrgency(deliveries.data?.items ?? []);
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
        <div className="table-wrap">
          <table className="table deliveries-table">
            <caption className="visually-hidden">Deliveries</caption>
            <thead>
              <tr>
                <th scope="col">Status</th>
                <th scope="col">Recipient</th>
                <th scope="col">Lead</th>
                <th scope="col">Tries</th>
                <th scope="col">Last answer</th>
                <th scope="col">Updated</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <DeliveryRow key={d.id} listed={d} name={names.get(d.recipient) ?? d.recipient} />
              ))}
            </tbody>
          </table>
        </div>
      </ListBody>
      <Pager
        onFirstPage={cursor ? () => go({ ...filters, cursor: undefined }) : undefined}
        nextCursor={deliveries.data?.nextCursor}
        onPage={(next) => go({ ...filters, cursor: next })}
      />
    </div>
  );
}

/** One delivery; once replayed it follows its own progress until it is delivered or given up on. */
function DeliveryRow({ listed, name }: { listed: Delivery; name: string }) {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [replayed, setReplayed] = useState<Delivery | null>(null);
  const queryClient = useQueryClient();
  const ofLead = useLeadDeliveries(
    listed.leadId,
    open || replayed !== null,
    replayed ? listed.id : undefined,
  );
  const polled = ofLead.data?.find((x) => x.id === listed.id);
  const d = (replayed ? (polled ?? replayed) : undefined) ?? listed;
  const replay = useMutation({
    mutationFn: async () =>
      (await ok(
        api.POST("/api/v1/deliveries/{id}/replay", { params: { path: { id: listed.id } } }),
      )) as unknown as Delivery,
    onSuccess: (answer) => {
      // The cached tries still say "dead": the answer replaces it, and the row follows it from there.
      queryClient.setQueryData<Delivery[]>(deliveryKeys.ofLead(listed.leadId), (items) =>
        items?.map((x) => (x.id === answer.id ? { ...x, ...answer } : x)),
      );
      setReplayed(answer);
      toast(`Delivery to ${name} sent again.`);
    },
    onError: (error) => toast(error.message, "error"),
  });
  const detailsId = `delivery-${listed.id}-tries`;
  return (
    <Fragment>
      <tr className="delivery-row">
        <td>
          <span className={`delivery-status tone-${statusTone(d.status)}`}>{humanize(d.status)}</span>
          {d.kind !== "lead" ? <span className="muted small"> {d.kind} notice</span> : null}
        </td>
        <td>
          {name}
          {name !== d.recipient ? <span className="muted small recipient-key"> {d.recipient}</span> : null}
        </td>
        <td>
          <Link href={`/leads/${d.leadId}`} title={d.leadId}>
            Lead …{d.leadId.slice(-6)}
          </Link>
        </td>
        <td>{triesText(d)}</td>
        <td className="answer" title={responseSummary(d.lastResponse, 2000)}>
          {showReason(d) ? <span className="reason">{d.reason}</span> : null}
          <span className="muted small">{responseSummary(d.lastResponse, 60)}</span>
        </td>
        <td>
          <RelativeTime at={d.updatedAt} />
        </td>
        <td>
          <div className="actions row-actions">
            <button
              type="button"
              aria-expanded={open}
              aria-controls={open ? detailsId : undefined}
              aria-label={`${open ? "Hide" : "Show"} tries of the delivery to ${name}`}
              onClick={() => setOpen(!open)}
            >
              Tries
            </button>
            {canReplay(d) ? (
              <button
                type="button"
                className="primary"
                aria-label={`Replay the delivery to ${name}`}
                disabled={replay.isPending}
                onClick={() => replay.mutate()}
              >
                {replay.isPending ? "Replaying…" : "Replay"}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {open ? (
        <tr className="delivery-tries" id={detailsId}>
          <td colSpan={7}>
            {ofLead.isPending ? (
              <Skeleton rows={2} label="Loading the tries" />
            ) : ofLead.error ? (
              <ErrorNote error={ofLead.error} />
            ) : (
              <Tries delivery={d} tries={polled?.attempts ?? []} />
            )}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
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
