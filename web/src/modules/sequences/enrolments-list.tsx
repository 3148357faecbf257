import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote } from "../../ui/feedback";
import { ListBody, PagedRows } from "../../ui/list-controls";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { useTemplates } from "../email/templates-list";
import { AskFirst } from "../settings/shown-once";
import "../settings/settings.css";
import { enrolmentStatus, nextStepName, type Enrolment } from "./enrolments";
import { sequenceKeys, useSequence, useSequences } from "./queries";

type Status = "active" | "completed" | "exited" | "";
const FILTERS: { value: Status; label: string }[] = [
  { value: "active", label: "In it" },
  { value: "completed", label: "Finished" },
  { value: "exited", label: "Left" },
  { value: "", label: "All" },
];

/** Refreshes everything that shows enrolments: the sequence's, its counts and the lead's. */
const refresh = (leadId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: sequenceKeys.all }),
    queryClient.invalidateQueries({ queryKey: sequenceKeys.ofLead(leadId) }),
  ]);

function useTemplateName() {
  const templates = useTemplates();
  return (key: string) => templates.data?.find((t) => t.key === key)?.name ?? key;
}

/** Takes a lead out of a sequence by hand, once asked and confirmed. */
function useRemoval(onDone: () => void) {
  const toast = useToast();
  return useMutation({
    mutationFn: (e: { sequence: string; leadId: string; done: string }) =>
      ok(
        api.DELETE("/api/v1/sequences/{key}/enrolments/{leadId}", {
          params: { path: { key: e.sequence, leadId: e.leadId } },
        }),
      ).then(() => e),
    onSuccess: (e) => {
      toast(e.done);
      onDone();
      void refresh(e.leadId);
    },
  });
}

/**
 * Take out, asked once: takes the lead of enrolment `id` out of its sequence. The list asks about
 * one enrolment at a time (`removing`).
 */
function TakeOut({
  id,
  removing,
  setRemoving,
  remove,
  label,
  question,
  take,
}: {
  id: string;
  removing: string | null;
  setRemoving: (id: string | null) => void;
  remove: ReturnType<typeof useRemoval>;
  label: string;
  question: string;
  take: { sequence: string; leadId: string; done: string };
}) {
  return (
    <AskFirst
      asking={removing === id}
      onAsk={() => setRemoving(id)}
      confirm="Take out"
      label={label}
      className="take-out"
      question={question}
      consequence="Nothing more of this sequence is sent to the lead."
      onConfirm={() => remove.mutate(take)}
      onCancel={() => setRemoving(null)}
      busy={remove.isPending}
    />
  );
}

/** The leads of a sequence: where each stands and what comes next; enrol one by hand, or take one out. */
export function SequenceEnrolments({ sequenceKey }: { sequenceKey: string }) {
  const toast = useToast();
  const sequence = useSequence(sequenceKey);
  const templateName = useTemplateName();
  const [status, setStatus] = useState<Status>("active");
  const [cursor, setCursor] = useState<string | undefined>();
  const [removing, setRemoving] = useState<string | null>(null);
  const list = useQuery({
    queryKey: [...sequenceKeys.enrolments(sequenceKey), status, cursor],
    queryFn: () =>
      ok(
        api.GET("/api/v1/sequences/{key}/enrolments", {
          params: {
            path: { key: sequenceKey },
            query: { ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) },
          },
        }),
      ),
  });
  const enrol = useMutation({
    mutationFn: (leadId: string) =>
      ok(
        api.POST("/api/v1/sequences/{key}/enrolments", {
          params: { path: { key: sequenceKey } },
          body: { leadId },
        }),
      ),
    onSuccess: (e) => {
      toast("Lead enrolled: its first step is due now.");
      void refresh(e.leadId);
    },
  });
  const remove = useRemoval(() => setRemoving(null));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const leadId = String(new FormData(form).get("leadId") ?? "").trim();
    if (leadId) enrol.mutate(leadId, { onSuccess: () => form.reset() });
  };
  const items = list.data?.items ?? [];
  return (
    <>
      <form className="inline-form enrol-form" onSubmit={submit} aria-label="Enrol a lead">
        <label className="grow">
          Enrol a lead by its id
          <input name="leadId" required maxLength={64} spellCheck={false} placeholder="lead_…" />
        </label>
        <button type="submit" disabled={enrol.isPending}>
          Enrol
        </button>
      </form>
      <ErrorNote error={enrol.error} />
      <div className="segmented" role="group" aria-label="Show">
        {FILTERS.map((f) => (
          <button
            key={f.value}
            type="button"
            aria-pressed={status === f.value}
            onClick={() => {
              setStatus(f.value);
              setCursor(undefined);
            }}
          >
            {f.label}
          </button>
        ))}
      </div>
      <PagedRows
        list={list}
        cursor={cursor}
        onCursor={setCursor}
        label="Enrolments"
        failed={remove.error}
        loading="Loading enrolments"
        rows={4}
        count={items.length}
        filtered={status !== ""}
        empty={<>No lead has been enrolled yet. Leads enter by the rules, or by hand above or on a lead.</>}
        emptyFiltered={<>No enrolment here. Choose All to see every one.</>}
      >
        {items.map((e) => {
          const label = e.leadName ?? e.leadId;
          return (
            <li key={e.id} className="row">
              <EnrolmentLine
                title={
                  <Link href={`/leads/${e.leadId}`} className="row-title">
                    {label}
                  </Link>
                }
                enrolment={e}
                next={nextStepName(e, sequence.data, templateName)}
              />
              {e.status !== "active" ? null : (
                <TakeOut
                  id={e.id}
                  removing={removing}
                  setRemoving={setRemoving}
                  remove={remove}
                  label={`Take out ${label}`}
                  question={`Take ${label} out of the sequence?`}
                  take={{
                    sequence: sequenceKey,
                    leadId: e.leadId,
                    done: `${label} taken out of the sequence.`,
                  }}
                />
              )}
            </li>
          );
        })}
      </PagedRows>
    </>
  );
}

/** An enrolment's state in one line: where it stands, the next step and when, and since when. */
function EnrolmentLine({
  title,
  enrolment: e,
  next,
}: {
  title: ReactNode;
  enrolment: Enrolment;
  next: string | null;
}) {
  const status = enrolmentStatus(e);
  return (
    <div className="row-main">
      {title}
      <span className="small">
        <span className={`status ${status.tone}`}>{status.text}</span>
        {next ? (
          <>
            {" "}
            · next {next}, <RelativeTime at={e.nextAt} />
          </>
        ) : null}
      </span>
      <span className="muted small">
        version {e.version} · enrolled <RelativeTime at={e.enrolledAt} />
        {e.endedAt ? (
          <>
            {" "}
            · ended <RelativeTime at={e.endedAt} />
          </>
        ) : null}
      </span>
    </div>
  );
}

/**
 * A lead's sequences, for its page: where it stands in each and its next step; staff enrol it in
 * another or take it out of one.
 */
export function LeadEnrolments({ leadId, staff }: { leadId: string; staff: boolean }) {
  const toast = useToast();
  const [removing, setRemoving] = useState<string | null>(null);
  const mine = useQuery({
    queryKey: sequenceKeys.ofLead(leadId),
    queryFn: async () =>
      (await ok(api.GET("/api/v1/leads/{id}/enrolments", { params: { path: { id: leadId } } }))).items,
  });
  // Only staff may read the sequences themselves; the lead's holder sees their keys.
  const sequences = useSequences(staff);
  const enrol = useMutation({
    mutationFn: (key: string) =>
      ok(api.POST("/api/v1/sequences/{key}/enrolments", { params: { path: { key } }, body: { leadId } })),
    onSuccess: (e) => {
      toast(`Enrolled in ${nameOf(e.sequence)}: its first step is due now.`);
      void refresh(leadId);
    },
  });
  const remove = useRemoval(() => setRemoving(null));
  const nameOf = (key: string) => sequences.data?.find((s) => s.key === key)?.name ?? key;
  const items = mine.data ?? [];
  const active = new Set(items.filter((e) => e.status === "active").map((e) => e.sequence));
  const open = (sequences.data ?? []).filter((s) => !active.has(s.key));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get("sequence") ?? "");
    if (key) enrol.mutate(key);
  };
  return (
    <section className="section" aria-label="Sequences">
      <h2>Sequences</h2>
      <ListBody
        loading={mine.isPending}
        error={mine.error}
        label="Loading the lead's sequences"
        rows={1}
        count={items.length}
        filtered={false}
        empty={<>In no nurture sequence.</>}
        emptyFiltered={null}
      >
        <ul className="rows" aria-label="Enrolments">
          {[...items].reverse().map((e) => (
            <li key={e.id} className="row">
              <EnrolmentLine
                title={
                  staff ? (
                    <Link href={`/sequences/${e.sequence}/enrolments`} className="row-title">
                      {nameOf(e.sequence)}
                    </Link>
                  ) : (
                    <span className="row-title">{nameOf(e.sequence)}</span>
                  )
                }
                enrolment={e}
                next={nextStepName(e, undefined, (key) => key)}
              />
              {!staff || e.status !== "active" ? null : (
                <TakeOut
                  id={e.id}
                  removing={removing}
                  setRemoving={setRemoving}
                  remove={remove}
                  label={`Take out of ${nameOf(e.sequence)}`}
                  question={`Take this lead out of ${nameOf(e.sequence)}?`}
                  take={{ sequence: e.sequence, leadId, done: `Taken out of ${nameOf(e.sequence)}.` }}
                />
              )}
            </li>
          ))}
        </ul>
      </ListBody>
      <ErrorNote error={remove.error} />
      {staff && open.length > 0 ? (
        <form className="inline-form" onSubmit={submit}>
          <label className="grow">
            Enrol in
            <select name="sequence" required defaultValue="">
              <option value="" disabled>
                Choose a sequence…
              </option>
              {open.map((s) => (
                <option key={s.key} value={s.key}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={enrol.isPending}>
            Enrol
          </button>
        </form>
      ) : null}
      <ErrorNote error={enrol.error} />
    </section>
  );
}
