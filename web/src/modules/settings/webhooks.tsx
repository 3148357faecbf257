import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { Field } from "../../ui/field";
import { humanize } from "../../ui/format";
import { ListTable } from "../../ui/list-table";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { COMMON_EVENTS, describeEvents, eventsFromForm } from "./events";
import { noContent } from "./no-content";
import { Confirm, ShownOnce } from "./shown-once";

const WEBHOOKS = ["webhooks"] as const;
const DELIVERIES = ["webhooks", "deliveries"] as const;

interface Webhook {
  id: string;
  url: string;
  events: string[];
  enabled: boolean;
  secret?: string;
  createdAt: string;
}

interface WebhookDelivery {
  id: string;
  subscriptionId: string;
  eventType: string;
  leadId: string;
  status: string;
  attemptCount: number;
  updatedAt: string;
  lastResponse: { status: number | null; error: string | null } | null;
}

const refresh = () => queryClient.invalidateQueries({ queryKey: WEBHOOKS });

/** Webhook subscriptions (add, edit, stop) and the deliveries that failed, each replayable. */
export function WebhooksSettings() {
  const hooks = useQuery({ queryKey: WEBHOOKS, queryFn: () => ok(api.GET("/api/v1/webhooks")) });
  const items = ((hooks.data?.items ?? []) as unknown as Webhook[]).filter((h) => h.enabled);
  return (
    <>
      <WebhookForm />
      {hooks.isPending ? (
        <Skeleton rows={3} label="Loading webhooks" />
      ) : hooks.error ? (
        <ErrorNote error={hooks.error} />
      ) : items.length === 0 ? (
        <Empty>No webhooks yet. Add one above to have Carousel post lead events to your systems.</Empty>
      ) : (
        <ul className="rows" aria-label="Webhooks">
          {items.map((h) => (
            <WebhookRow key={h.id} hook={h} />
          ))}
        </ul>
      )}
      <WebhookDeliveries urls={new Map(items.map((h) => [h.id, h.url]))} />
    </>
  );
}

/** The events a webhook form asks for, as the API takes them. */
const eventsOf = (form: FormData) =>
  eventsFromForm(
    form.getAll("event").map(String),
    String(form.get("other") ?? ""),
    form.get("every") === "on",
  );

/** The events of a webhook: every one, the usual ones ticked, others typed; ticked as `chosen` says. */
function EventChoices({ chosen = [] }: { chosen?: readonly string[] }) {
  const common: readonly string[] = COMMON_EVENTS;
  return (
    <fieldset className="checks">
      <legend>Events</legend>
      <label>
        <input type="checkbox" name="every" defaultChecked={chosen.includes("*")} /> Every event
      </label>
      {COMMON_EVENTS.map((e) => (
        <label key={e}>
          <input type="checkbox" name="event" value={e} defaultChecked={chosen.includes(e)} /> {humanize(e)}
        </label>
      ))}
      <label>
        Other event types
        <input
          name="other"
          placeholder="note, task_due"
          defaultValue={chosen.filter((e) => e !== "*" && !common.includes(e)).join(", ")}
        />
      </label>
    </fieldset>
  );
}

function WebhookForm() {
  const toast = useToast();
  const [created, setCreated] = useState<Webhook | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (body: { url: string; events: string[]; secret?: string }) =>
      ok(api.POST("/api/v1/webhooks", { body })),
    onSuccess: (hook) => {
      toast("Webhook added.");
      setCreated(hook as unknown as Webhook);
      void refresh();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const events = eventsOf(form);
    if (events.length === 0) return setProblem("Choose at least one event.");
    setProblem(null);
    const secret = String(form.get("secret") ?? "").trim();
    create.mutate(
      { url: String(form.get("url") ?? "").trim(), events, ...(secret ? { secret } : {}) },
      { onSuccess: () => element.reset() },
    );
  };
  return (
    <section className="settings-form" aria-labelledby="webhook-title">
      <h2 id="webhook-title">Add a webhook</h2>
      {created?.secret ? (
        <ShownOnce
          label={`Signing secret for ${created.url}`}
          value={created.secret}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form onSubmit={submit}>
        <div className="inline-form">
          <Field
            label="URL"
            name="url"
            type="url"
            required
            pattern="https?://.+"
            placeholder="https://example.com/carousel"
          />
          <Field
            label="Signing secret"
            name="secret"
            minLength={16}
            maxLength={200}
            autoComplete="off"
            hint="Optional, 16 characters or more; one is made for you when left empty."
          />
        </div>
        <EventChoices />
        <button type="submit" className="primary" disabled={create.isPending}>
          Add webhook
        </button>
      </form>
      {problem ? (
        <p className="error-note" role="alert">
          {problem}
        </p>
      ) : null}
      <ErrorNote error={create.error} />
      <p className="muted small">
        Each event is posted as JSON, signed in the Carousel-Signature header with the secret.
      </p>
    </section>
  );
}

function WebhookRow({ hook }: { hook: Webhook }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const stop = useMutation({
    mutationFn: () => noContent(api.DELETE("/api/v1/webhooks/{id}", { params: { path: { id: hook.id } } })),
    onSuccess: () => {
      toast("Webhook stopped.");
      void refresh();
    },
  });
  return (
    <li className="row" aria-label={hook.url}>
      <div className="row-main">
        <span className="row-title mono">{hook.url}</span>
        <span className="muted small">
          {describeEvents(hook.events)} · added <RelativeTime at={hook.createdAt} />
        </span>
        {secret ? (
          <ShownOnce
            label={`New signing secret for ${hook.url}`}
            value={secret}
            onDone={() => setSecret(null)}
          />
        ) : null}
        {editing ? (
          <WebhookEdit
            hook={hook}
            onDone={(rotated) => {
              setEditing(false);
              if (rotated) setSecret(rotated);
            }}
          />
        ) : null}
        {confirming ? (
          <Confirm
            question={`Stop posting to ${hook.url}?`}
            consequence="Nothing more is sent to it, including deliveries still waiting to be retried."
            confirm="Stop webhook"
            busy={stop.isPending}
            onConfirm={() => stop.mutate()}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
        <ErrorNote error={stop.error} />
      </div>
      {!confirming && !editing ? (
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)} aria-label={`Edit ${hook.url}`}>
            Edit
          </button>
          <button type="button" onClick={() => setConfirming(true)}>
            Delete
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** Changes a webhook's URL and events, and replaces its secret when asked; `onDone` gets a new secret. */
function WebhookEdit({ hook, onDone }: { hook: Webhook; onDone: (secret: string | null) => void }) {
  const toast = useToast();
  const [problem, setProblem] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: { url: string; events: string[]; rotateSecret?: true }) =>
      ok(api.PATCH("/api/v1/webhooks/{id}", { params: { path: { id: hook.id } }, body })),
    onSuccess: (saved) => {
      toast("Webhook saved.");
      void refresh();
      onDone(saved.secret ?? null);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const events = eventsOf(form);
    if (events.length === 0) return setProblem("Choose at least one event.");
    setProblem(null);
    save.mutate({
      url: String(form.get("url") ?? "").trim(),
      events,
      ...(form.get("rotate") === "on" ? { rotateSecret: true as const } : {}),
    });
  };
  return (
    <form className="webhook-edit" onSubmit={submit} aria-label={`Edit webhook ${hook.url}`}>
      <Field label="URL" name="url" type="url" required pattern="https?://.+" defaultValue={hook.url} />
      <EventChoices chosen={hook.events} />
      <label>
        <input type="checkbox" name="rotate" /> Replace the signing secret (the new one is shown once)
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save webhook
        </button>
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
      {problem ? (
        <p className="error-note" role="alert">
          {problem}
        </p>
      ) : null}
      <ErrorNote error={save.error} />
    </form>
  );
}

const STATUSES = ["failures", "dead", "failed", "pending", "delivered"] as const;

function WebhookDeliveries({ urls }: { urls: Map<string, string> }) {
  const toast = useToast();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>("failures");
  const deliveries = useQuery({
    queryKey: [...DELIVERIES, status],
    queryFn: () =>
      ok(
        api.GET("/api/v1/webhooks/deliveries", {
          params: { query: { limit: "50", ...(status === "failures" ? {} : { status }) } },
        }),
      ),
  });
  const replay = useMutation({
    mutationFn: (id: string) =>
      ok(api.POST("/api/v1/webhooks/deliveries/{id}/replay", { params: { path: { id } } })),
    onSuccess: () => {
      toast("Webhook delivery sent again.");
      void queryClient.invalidateQueries({ queryKey: DELIVERIES });
    },
  });
  const items = (deliveries.data?.items ?? []) as unknown as WebhookDelivery[];
  return (
    <section className="section" aria-labelledby="webhook-deliveries">
      <div className="section-head">
        <h2 id="webhook-deliveries">Webhook deliveries</h2>
        <label>
          Show
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === "failures" ? "Failures" : humanize(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorNote error={deliveries.error ?? replay.error} />
      {deliveries.isPending ? (
        <Skeleton rows={3} label="Loading webhook deliveries" />
      ) : (
        <ListTable
          list={items}
          empty={<Empty>{status === "failures" ? "No webhook delivery has failed." : "None."}</Empty>}
          label="Webhook deliveries table"
          rowKey={(d) => d.id}
          columns={[
            {
              header: "Event",
              cell: (d) => (
                <>
                  {humanize(d.eventType)} of <Link href={`/leads/${d.leadId}`}>lead</Link>
                </>
              ),
            },
            {
              header: "To",
              className: "mono",
              cell: (d) => urls.get(d.subscriptionId) ?? "a stopped webhook",
            },
            {
              header: "Status",
              cell: (d) => <span className={`status status-${d.status}`}>{humanize(d.status)}</span>,
            },
            { header: "Attempts", num: true, cell: (d) => d.attemptCount },
            {
              header: "Last answer",
              cell: (d) =>
                d.lastResponse
                  ? (d.lastResponse.error ?? `HTTP ${d.lastResponse.status ?? "—"}`)
                  : "not tried yet",
            },
            { header: "When", cell: (d) => <RelativeTime at={d.updatedAt} /> },
            {
              header: "Actions",
              unseen: true,
              cell: (d) =>
                d.status === "dead" ? (
                  <button type="button" disabled={replay.isPending} onClick={() => replay.mutate(d.id)}>
                    Replay
                  </button>
                ) : null,
            },
          ]}
        />
      )}
    </section>
  );
}
