import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import "./attention.css";
import { attentionRow, type AttentionItem, type AttentionRow } from "./wording";

/**
 * Under "leads", so every lead event of the live stream refetches the list: a row leaves as soon
 * as its lead is assigned or its delivery replayed, whoever did it.
 */
const ATTENTION = ["leads", "attention"] as const;
const DEAD_DELIVERIES = ["leads", "attention", "deliveries"] as const;
const refresh = () => queryClient.invalidateQueries({ queryKey: ATTENTION });

interface DeadDelivery {
  id: string;
  kind: string;
  leadId: string;
  recipient: string;
  attemptCount: number;
  updatedAt: string;
  lastResponse: { status: number | null; error: string | null } | null;
}

/** Every lead that needs a person, each with its problem, its fix and the actions that fix it. */
export function NeedsAttention() {
  const items = useQuery({
    queryKey: ATTENTION,
    queryFn: () => ok(api.GET("/api/v1/leads/attention", { params: { query: { limit: "100" } } })),
  });
  const dead = useQuery({
    queryKey: DEAD_DELIVERIES,
    queryFn: () => ok(api.GET("/api/v1/deliveries", { params: { query: { status: "dead", limit: "100" } } })),
  });
  if (items.isPending) return <Skeleton rows={5} label="Loading what needs attention" />;
  if (items.error) return <ErrorNote error={items.error}> Reload the page to try again.</ErrorNote>;
  const rows = (items.data.items as unknown as AttentionItem[]).map(attentionRow);
  const shown = new Set(rows.flatMap((r) => r.replay.map((d) => d.id)));
  // Notices of offers and tasks that gave up, and deliveries of leads not listed above.
  const other = ((dead.data?.items ?? []) as unknown as DeadDelivery[]).filter((d) => !shown.has(d.id));
  return (
    <>
      {rows.length === 0 && other.length === 0 ? (
        <Empty>All is well: every lead is with someone or on its way, and no delivery has given up.</Empty>
      ) : null}
      {rows.length > 0 ? (
        <ul className="rows attention" aria-label="Leads that need attention">
          {rows.map((row) => (
            <AttentionLine key={row.leadId} row={row} />
          ))}
        </ul>
      ) : null}
      {items.data.nextCursor ? (
        <p className="muted small">Showing the newest 100. Deal with these to see the rest.</p>
      ) : null}
      {other.length > 0 ? <DeadDeliveries items={other} /> : null}
      <ErrorNote error={dead.error} />
    </>
  );
}

function AttentionLine({ row }: { row: AttentionRow }) {
  const toast = useToast();
  const [assigning, setAssigning] = useState(false);
  const replay = useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/deliveries/{id}/replay", { params: { path: { id } } })),
    onSuccess: () => {
      toast(`Delivery of ${row.name} sent again.`);
      void refresh();
    },
  });
  return (
    <li className="row attention-row" aria-label={`${row.name}: ${row.problem}`}>
      <div className="row-main">
        <span className="row-title">
          <Link href={`/leads/${row.leadId}`}>{row.name}</Link>
          <span className="muted small"> · {row.about}</span>
        </span>
        <strong className="attention-problem">{row.problem}</strong>
        <span>
          Fix: {row.fix}
          {row.link ? (
            <>
              {" "}
              <Link href={row.link.href}>Open {row.link.label} →</Link>
            </>
          ) : null}
        </span>
        {row.retry ? <span className="muted small">{row.retry}</span> : null}
        <span className="muted small">
          Waiting since <RelativeTime at={row.since} />
        </span>
        {assigning ? <AssignForm row={row} onDone={() => setAssigning(false)} /> : null}
        <ErrorNote error={replay.error} />
      </div>
      <div className="actions">
        {row.replay.map((d) => (
          <button
            key={d.id}
            type="button"
            className="primary"
            disabled={replay.isPending}
            onClick={() => replay.mutate(d.id)}
          >
            {d.label}
          </button>
        ))}
        {row.assign && !assigning ? (
          <button
            type="button"
            className={row.replay.length === 0 ? "primary" : undefined}
            onClick={() => setAssigning(true)}
          >
            Assign by hand
          </button>
        ) : null}
        <Link href={`/leads/${row.leadId}`} className="button">
          Open lead
        </Link>
      </div>
    </li>
  );
}

interface RecipientChoice {
  key: string;
  name: string;
  kind: string;
  status?: string;
}

/** Picks a recipient of the lead's category and assigns the lead, with a reason for the timeline. */
function AssignForm({ row, onDone }: { row: AttentionRow; onDone: () => void }) {
  const toast = useToast();
  const category = row.category;
  const recipients = useQuery({
    queryKey: ["recipients", { category }],
    queryFn: () => ok(api.GET("/api/v1/recipients", { params: { query: { category } } })),
  });
  const assign = useMutation({
    mutationFn: (body: { recipient: string; reason?: string }) =>
      ok(api.POST("/api/v1/leads/{id}/assign", { params: { path: { id: row.leadId } }, body })),
    onSuccess: (_, body) => {
      toast(`${row.name} assigned to ${body.recipient}.`);
      onDone();
      void refresh();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const reason = String(form.get("reason") ?? "").trim();
    assign.mutate({ recipient: String(form.get("recipient")), ...(reason ? { reason } : {}) });
  };
  const choices = ((recipients.data?.items ?? []) as unknown as RecipientChoice[]).filter(
    (r) => r.status !== "retired",
  );
  return (
    <form className="inline-form assign-form" onSubmit={submit} aria-label={`Assign ${row.name}`}>
      {recipients.isPending ? (
        <Skeleton rows={1} label="Loading recipients" />
      ) : choices.length === 0 ? (
        <p className="muted">
          {category} has no recipients yet. <Link href="/recipients">Add one →</Link>
        </p>
      ) : (
        <>
          <label>
            Recipient
            <select name="recipient" required defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {choices.map((r) => (
                <option key={r.key} value={r.key}>
                  {r.name} ({humanize(r.kind)}
                  {r.status && r.status !== "active" ? `, ${r.status}` : ""})
                </option>
              ))}
            </select>
          </label>
          <label className="grow">
            Reason
            <input name="reason" maxLength={1000} placeholder="For the lead's timeline" />
          </label>
          <button type="submit" className="primary" disabled={assign.isPending}>
            Assign
          </button>
        </>
      )}
      <button type="button" className="link" onClick={onDone}>
        Cancel
      </button>
      <ErrorNote error={assign.error ?? recipients.error} />
    </form>
  );
}

function DeadDeliveries({ items }: { items: DeadDelivery[] }) {
  const toast = useToast();
  const replay = useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/deliveries/{id}/replay", { params: { path: { id } } })),
    onSuccess: () => {
      toast("Delivery sent again.");
      void refresh();
    },
  });
  return (
    <section className="section" aria-labelledby="dead-deliveries">
      <h2 id="dead-deliveries">Deliveries that gave up</h2>
      <ErrorNote error={replay.error} />
      <ul className="rows">
        {items.map((d) => (
          <li key={d.id} className="row" aria-label={`${humanize(d.kind)} delivery to ${d.recipient}`}>
            <div className="row-main">
              <strong>
                {d.kind === "lead" ? "Lead" : `Notice of ${d.kind === "offer" ? "an offer" : "a task"}`} to{" "}
                {d.recipient} gave up after {d.attemptCount} attempt{d.attemptCount === 1 ? "" : "s"}
                {d.lastResponse?.error ? ` (${d.lastResponse.error})` : ""}
              </strong>
              <span>
                Fix: check {d.recipient}&apos;s delivery settings, then replay it.{" "}
                <Link href={`/leads/${d.leadId}`}>Open lead</Link>
              </span>
              <span className="muted small">
                Last tried <RelativeTime at={d.updatedAt} />
              </span>
            </div>
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={replay.isPending}
                onClick={() => replay.mutate(d.id)}
              >
                Replay delivery to {d.recipient}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
