import { useMutation, useQuery } from "@tanstack/react-query";
import { CALL_OUTCOMES } from "../calls/calls";
import { useState, type FormEvent, type ReactNode } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { exactTime, formatMoney, humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { fullName, placeOf, recipientName, type Assignment, type Lead, type LeadEvent } from "./lead";
import { StageButtons, StageStepper, useStages } from "./stages";
import { groupExclusions, isTrace, namedExclusions, sentTo, summarizeGroups } from "./trace";
import { describeEvent } from "./timeline";
import { ReturnLead } from "../portal/return-lead";
import { ScoreExplained } from "./score";
import { LeadEnrolments } from "../sequences/enrolments-list";

export function useLead(id: string) {
  return useQuery({
    queryKey: keys.lead(id),
    queryFn: async () =>
      (await ok(api.GET("/api/v1/leads/{id}", { params: { path: { id } } }))) as unknown as Lead,
  });
}

/** Everything about one lead, and the next things to do with it. */
export function LeadDetail({
  id,
  staff,
  returns = false,
}: {
  id: string;
  staff: boolean;
  returns?: boolean;
}) {
  const lead = useLead(id);
  const stages = useStages(lead.data?.category ?? "");
  if (lead.isPending) return <Skeleton rows={6} label="Loading the lead" />;
  if (lead.error) return <ErrorNote error={lead.error} />;
  const l = lead.data;
  const assignments = l.assignments ?? [];
  const nameOf = (key: string) => recipientName(l, key);
  return (
    <div className="lead-detail">
      <header className="lead-header">
        <div>
          <h1>{fullName(l)}</h1>
          <p className="muted">
            {[placeOf(l), l.categoryName ?? humanize(l.category), `from ${l.sourceName ?? l.source}`]
              .filter(Boolean)
              .join(" · ")}{" "}
            · received <RelativeTime at={l.createdAt} />
          </p>
        </div>
        <div className="lead-badges">
          <span className={`band band-${l.priority}`}>{humanize(l.priority)}</span>
          <span className="score" title="Score">
            Score {l.score}
          </span>
        </div>
      </header>
      {stages.data ? <StageStepper stages={stages.data} current={l.stage} /> : null}
      <div className="primary-actions">
        {l.phone ? (
          <a className="button primary" href={`tel:${l.phone}`}>
            Call {l.phone}
          </a>
        ) : null}
        {l.email ? (
          <a className="button" href={`mailto:${l.email}`}>
            Email {l.email}
          </a>
        ) : null}
      </div>
      {stages.data ? <StageButtons lead={l} stages={stages.data} /> : null}
      {returns ? (
        <div className="lead-return">
          <ReturnLead lead={l} />
        </div>
      ) : null}
      <div className="lead-columns">
        <div>
          <Section title="Details">
            <dl className="facts">
              <Fact label="Email">{l.email}</Fact>
              <Fact label="Phone">{l.phone}</Fact>
              <Fact label="Address">{[l.address, l.city, l.state, l.zip].filter(Boolean).join(", ")}</Fact>
              {Object.entries(l.fields).map(([key, value]) => (
                <Fact key={key} label={humanize(key)}>
                  {typeof value === "object" ? JSON.stringify(value) : String(value)}
                </Fact>
              ))}
              <Fact label="Consent">
                {l.consent
                  ? (l.consent.text ?? "given") + (l.consent.at ? ` (${exactTime(l.consent.at)})` : "")
                  : "none recorded"}
              </Fact>
              {l.revenue ? <Fact label="Revenue">{formatMoney(l.revenue)}</Fact> : null}
            </dl>
          </Section>
          <Section title="Score">
            <ScoreExplained leadId={l.id} />
          </Section>
          {staff ? <Routing assignments={assignments} nameOf={nameOf} /> : null}
          <LogCall leadId={l.id} />
          <NotesAndTasks leadId={l.id} />
          <LeadEnrolments leadId={l.id} staff={staff} />
        </div>
        <Section title="Timeline">
          <Timeline events={l.events ?? []} nameOf={nameOf} source={{ key: l.source, name: l.sourceName }} />
        </Section>
      </div>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children === null || children === undefined || children === "" ? "—" : children}</dd>
    </>
  );
}

const refreshLead = (id: string) => queryClient.invalidateQueries({ queryKey: keys.lead(id) });

/** The call list's outcomes, and busy, which only a call logged by hand tells apart. */
const LOGGED_OUTCOMES = [...CALL_OUTCOMES, ["busy", "Busy"]] as const;

function LogCall({ leadId }: { leadId: string }) {
  const toast = useToast();
  const log = useMutation({
    mutationFn: (body: { outcome: string; durationSeconds: number; notes?: string }) =>
      ok(api.POST("/api/v1/leads/{id}/calls", { params: { path: { id: leadId } }, body })),
    onSuccess: () => {
      toast("Call logged.");
      void refreshLead(leadId);
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const notes = String(form.get("notes") ?? "").trim();
    log.mutate({
      outcome: String(form.get("outcome")),
      durationSeconds: Math.round(Number(form.get("minutes") || 0) * 60),
      ...(notes ? { notes } : {}),
    });
    event.currentTarget.reset();
  };
  return (
    <Section title="Log a call">
      <form className="inline-form" onSubmit={submit}>
        <label>
          Outcome
          <select name="outcome" defaultValue="connected">
            {LOGGED_OUTCOMES.map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Minutes
          <input name="minutes" type="number" min={0} max={1440} step="0.5" defaultValue={0} />
        </label>
        <label className="grow">
          Notes
          <input name="notes" maxLength={5000} />
        </label>
        <button type="submit" disabled={log.isPending}>
          Log outcome
        </button>
      </form>
      <ErrorNote error={log.error} />
    </Section>
  );
}

function NotesAndTasks({ leadId }: { leadId: string }) {
  const toast = useToast();
  const [tab, setTab] = useState<"note" | "task">("note");
  const note = useMutation({
    mutationFn: (text: string) =>
      ok(api.POST("/api/v1/leads/{id}/notes", { params: { path: { id: leadId } }, body: { text } })),
    onSuccess: () => {
      toast("Note added.");
      void refreshLead(leadId);
    },
  });
  const task = useMutation({
    mutationFn: (body: { title: string; dueAt: string }) =>
      ok(api.POST("/api/v1/leads/{id}/tasks", { params: { path: { id: leadId } }, body })),
    onSuccess: () => {
      toast("Task set.");
      void refreshLead(leadId);
      void queryClient.invalidateQueries({ queryKey: keys.myTasks });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (tab === "note") note.mutate(String(form.get("text") ?? "").trim());
    else
      task.mutate({
        title: String(form.get("title") ?? "").trim(),
        dueAt: new Date(String(form.get("due"))).toISOString(),
      });
    event.currentTarget.reset();
  };
  return (
    <Section title="Notes & tasks">
      <div className="segmented" role="group" aria-label="Add">
        <button type="button" aria-pressed={tab === "note"} onClick={() => setTab("note")}>
          Note
        </button>
        <button type="button" aria-pressed={tab === "task"} onClick={() => setTab("task")}>
          Task
        </button>
      </div>
      <form className="inline-form" onSubmit={submit}>
        {tab === "note" ? (
          <label className="grow">
            Note
            <textarea name="text" required maxLength={5000} rows={2} />
          </label>
        ) : (
          <>
            <label className="grow">
              Task
              <input name="title" required maxLength={500} placeholder="Call back about the quote" />
            </label>
            <label>
              Due
              <input name="due" type="datetime-local" required />
            </label>
          </>
        )}
        <button type="submit" disabled={note.isPending || task.isPending}>
          {tab === "note" ? "Add note" : "Set task"}
        </button>
      </form>
      <ErrorNote error={note.error ?? task.error} />
    </Section>
  );
}

function Timeline({
  events,
  nameOf,
  source,
}: {
  events: LeadEvent[];
  nameOf: (key: string) => string;
  source: { key: string; name: string | undefined };
}) {
  if (events.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  // Who acted, as a person reads it: the lead's own source by its name, a user by their id.
  const actorOf = (actor: string) =>
    actor === `source:${source.key}` ? (source.name ?? source.key) : actor.replace(/^(user|source):/, "");
  const newest = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <ol className="timeline">
      {newest.map((e) => (
        <li key={e.id}>
          <span className="timeline-what">{describeEvent(e, nameOf)}</span>
          <span className="muted small">
            {e.actor ? `${actorOf(e.actor)} · ` : ""}
            <RelativeTime at={e.at} />
          </span>
        </li>
      ))}
    </ol>
  );
}

/** Why each recipient got the lead or did not, written for a person. */
function Routing({ assignments, nameOf }: { assignments: Assignment[]; nameOf: (key: string) => string }) {
  const traced = assignments.filter((a) => isTrace(a.trace));
  return (
    <Section title="Routing">
      {traced.length === 0 ? <p className="muted">No routing decision recorded for this lead.</p> : null}
      {traced.map((a) => {
        const trace = a.trace as Parameters<typeof sentTo>[0];
        const groups = groupExclusions(trace);
        const named = namedExclusions(trace);
        return (
          <div key={a.id} className="trace">
            {sentTo(trace)
              .filter((s) => s.key === a.recipient)
              .map((s) => (
                <p key={s.key}>
                  Sent to <strong>{nameOf(s.key)}</strong>: {s.why}.{" "}
                  <span className="muted">({humanize(a.status)})</span>
                </p>
              ))}
            {named.map((n) => (
              <p key={n.key} className="muted">
                Not sent to {nameOf(n.key)}: {n.reason}
                {n.detail ? ` (${n.detail})` : ""}.
              </p>
            ))}
            {groups.length > 0 ? (
              <p className="trace-summary">Ruled out: {summarizeGroups(groups)}.</p>
            ) : null}
          </div>
        );
      })}
    </Section>
  );
}
