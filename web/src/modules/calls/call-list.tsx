import { useMutation, useQuery } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { useToast } from "../../ui/toast";
import { Confirm } from "../settings/shown-once";
import {
  CALL_OUTCOMES,
  heldBackSummary,
  localInputToIso,
  outcomeLabel,
  reasonLabel,
  type CallListEntry,
  type CallOutcome,
} from "./calls";
import "./calls.css";

export function useCallList() {
  return useQuery({
    queryKey: keys.callList,
    queryFn: async () => {
      return ok(api.GET("/api/v1/my/call-list"));
    },
  });
}

/** Who to call next, why, and the rest of the list after it; the held-back leads grouped by why. */
export function CallList() {
  const list = useCallList();
  if (list.isPending) return <Skeleton rows={3} label="Loading your call list" />;
  if (list.error) return <ErrorNote error={list.error} />;
  const [next, ...rest] = list.data.items;
  const held = heldBackSummary(list.data.heldBack);
  return (
    <>
      {next ? (
        <NextCall key={next.leadId} entry={next} />
      ) : (
        <Empty>
          Nobody to call right now. Due callbacks, new leads and retries appear here the moment they are due.
        </Empty>
      )}
      {rest.length > 0 ? (
        <section className="section" aria-labelledby="up-next-title">
          <h2 id="up-next-title">Up next</h2>
          <ol className="rows" aria-label="Up next">
            {rest.map((entry) => (
              <li key={entry.leadId} className="row">
                <div className="row-main">
                  <Link href={`/leads/${entry.leadId}`} className="row-title">
                    {entry.name}
                  </Link>
                  <span className="muted small">{entry.why}</span>
                </div>
                <span className={`band band-${entry.priority}`}>{humanize(entry.priority)}</span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {held.length > 0 ? (
        <section className="section" aria-labelledby="held-title">
          <h2 id="held-title">Not to call now</h2>
          <p className="muted">{held.join(" · ")}</p>
        </section>
      ) : null}
    </>
  );
}

interface LogInput {
  outcome: CallOutcome;
  durationSeconds: number;
  notes?: string;
  callbackAt: string | null;
}

/** Logs the call, books the callback asked for, and closes the callback that brought the lead here. */
async function logCall(entry: CallListEntry, input: LogInput) {
  const { callbackAt, ...call } = input;
  await ok(api.POST("/api/v1/leads/{id}/calls", { params: { path: { id: entry.leadId } }, body: call }));
  if (entry.reason === "callback") {
    const tasks = (await ok(api.GET("/api/v1/my/tasks"))).items as {
      id: string;
      leadId: string;
      dueAt: string | null;
    }[];
    const due = tasks.filter(
      (t) => t.leadId === entry.leadId && t.dueAt && Date.parse(t.dueAt) <= Date.now(),
    );
    for (const task of due)
      await ok(api.POST("/api/v1/tasks/{id}/complete", { params: { path: { id: task.id } } }));
  }
  if (callbackAt)
    await ok(
      api.POST("/api/v1/leads/{id}/tasks", {
        params: { path: { id: entry.leadId } },
        body: { title: `Call back ${entry.name}`, dueAt: callbackAt },
      }),
    );
}

/** The lead to call now: why it is next, the number to dial, and one button per outcome. */
function NextCall({ entry }: { entry: CallListEntry }) {
  const toast = useToast();
  const startedAt = useRef<number | null>(null);
  const [confirmDnc, setConfirmDnc] = useState(false);
  const [callback, setCallback] = useState("");
  const [notes, setNotes] = useState("");
  const log = useMutation({
    mutationFn: (input: LogInput) => logCall(entry, input),
    onSuccess: (_, input) => {
      toast(`${outcomeLabel(input.outcome)}: logged for ${entry.name}.`);
      for (const key of [keys.callList, keys.myLeads, keys.myTasks, keys.lead(entry.leadId)])
        void queryClient.invalidateQueries({ queryKey: key });
    },
  });
  const submit = (outcome: CallOutcome) => {
    if (outcome === "do_not_call" && !confirmDnc) return setConfirmDnc(true);
    const trimmed = notes.trim();
    const seconds = startedAt.current === null ? 0 : Math.round((Date.now() - startedAt.current) / 1000);
    log.mutate({
      outcome,
      durationSeconds: outcome === "connected" ? Math.min(seconds, 86_400) : 0,
      ...(trimmed ? { notes: trimmed } : {}),
      callbackAt: outcome === "do_not_call" || outcome === "wrong_number" ? null : localInputToIso(callback),
    });
  };
  const onSubmit = (event: FormEvent) => event.preventDefault();
  return (
    <article className="card next-call" aria-label={`Call next: ${entry.name}`}>
      <div className="next-call-head">
        <div>
          <p className="muted small next-call-kicker">Call next</p>
          <h2 className="next-call-name">
            <Link href={`/leads/${entry.leadId}`}>{entry.name}</Link>
          </h2>
        </div>
        <div className="next-call-badges">
          <span className="badge">{reasonLabel(entry.reason)}</span>
          <span className={`band band-${entry.priority}`}>{humanize(entry.priority)}</span>
          <span className="score">Score {entry.score}</span>
        </div>
      </div>
      <p className="next-call-why">
        <strong>Why next:</strong> {entry.why}
        {entry.attempts > 0 ? <span className="muted"> · {entry.attempts} tries so far</span> : null}
      </p>
      <a
        className="button primary call-button"
        href={`tel:${entry.phone}`}
        onClick={() => {
          startedAt.current = Date.now();
        }}
      >
        Call {entry.phone}
      </a>
      <form className="call-outcome" onSubmit={onSubmit}>
        <div className="call-extras">
          <label>
            Call back at (optional)
            <input type="datetime-local" value={callback} onChange={(e) => setCallback(e.target.value)} />
          </label>
          <label className="grow">
            Notes (optional)
            <textarea rows={2} maxLength={5000} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
        </div>
        <fieldset className="outcome-buttons">
          <legend>How did it go?</legend>
          {CALL_OUTCOMES.map(([key, label]) => (
            <button
              key={key}
              type="button"
              className={key === "connected" ? "primary" : key === "do_not_call" ? "danger" : undefined}
              disabled={log.isPending}
              onClick={() => submit(key)}
            >
              {label}
            </button>
          ))}
        </fieldset>
        {confirmDnc ? (
          <Confirm
            question={`Never call ${entry.name} again?`}
            consequence={`${entry.phone} goes on the do-not-call list and ${entry.name} leaves your call list for good.`}
            confirm="Yes, never call again"
            onConfirm={() => submit("do_not_call")}
            onCancel={() => setConfirmDnc(false)}
            busy={log.isPending}
          />
        ) : null}
      </form>
      <ErrorNote error={log.error} />
    </article>
  );
}
