import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { api, ApiError, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { useNameAndKey } from "../../ui/name-and-key";
import { problemAt, problemsLeft, problemsOf, type Problem } from "../../ui/problems";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import { refocus } from "../../ui/ordered-card";
import { useCategories } from "../categories/categories-list";
import "../categories/categories.css";
import { useTemplates } from "../email/templates-list";
import { useSources } from "../sources/sources-list";
import {
  BANDS,
  definitionOf,
  dotted,
  draftOf,
  move,
  newDraft,
  newStep,
  WEEKDAYS,
  type Draft,
  type DraftStep,
  type Sequence,
} from "./draft";
import { sequenceKeys, useSequence } from "./queries";
import { StepCard } from "./step-card";
import "./sequences.css";

/** A stored sequence in its editor. */
export function EditSequence({ sequenceKey }: { sequenceKey: string }) {
  const sequence = useSequence(sequenceKey);
  if (sequence.isPending) return <Skeleton rows={6} label="Loading the sequence" />;
  if (sequence.error)
    return (
      <ErrorNote error={sequence.error}>
        {" "}
        <Link href="/sequences">Back to sequences</Link>
      </ErrorNote>
    );
  return <SequenceEditor sequence={sequence.data} key={sequence.data.version} />;
}

/** An error the editor found itself, before asking the API: shown the same way as the API's. */
class DraftProblems extends ApiError {
  constructor(problems: Problem[]) {
    super(422, "validation_failed", "The sequence was not saved.", problems);
  }
}

const keysHint = (label: string, known: { key: string }[] | undefined) =>
  known && known.length > 0
    ? `${label}, separated by commas: ${known
        .slice(0, 6)
        .map((k) => k.key)
        .join(", ")}${known.length > 6 ? "…" : ""}`
    : `${label}, separated by commas.`;

/**
 * Creates a sequence (without `sequence`) or edits one: who enrols and when they leave, the send
 * window and daily limit, and the steps in order. Each save of an edit is a new version.
 */
export function SequenceEditor({ sequence }: { sequence?: Sequence }) {
  const creating = sequence === undefined;
  const toast = useToast();
  const [, navigate] = useLocation();
  const templates = useTemplates();
  const categories = useCategories();
  const sources = useSources();
  const named = useNameAndKey(sequence, "names it in the API and in reports; cannot change later");
  const [draft, setDraft] = useState<Draft>(() => (sequence ? draftOf(sequence) : newDraft()));
  const edit = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const editStep = (index: number, change: Partial<DraftStep>) =>
    setDraft((d) => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, ...change } : s)) }));

  const save = useMutation({
    mutationFn: async () => {
      const { definition, problems } = definitionOf(draft);
      if (problems.length > 0) throw new DraftProblems(problems);
      if (creating)
        return ok(
          api.POST("/api/v1/sequences", { body: { key: named.key, name: named.name, ...definition } }),
        );
      return ok(
        api.PATCH("/api/v1/sequences/{key}", {
          params: { path: { key: sequence.key } },
          body: { name: named.name, ...definition },
        }),
      );
    },
    onSuccess: (saved) => {
      toast(
        creating
          ? `Sequence ${saved.name} created.`
          : `Sequence ${saved.name} saved as version ${saved.version}.`,
      );
      queryClient.setQueryData(sequenceKeys.one(saved.key), saved);
      void queryClient.invalidateQueries({ queryKey: sequenceKeys.all, exact: true });
      void queryClient.invalidateQueries({ queryKey: sequenceKeys.versions(saved.key) });
      if (creating) navigate(`/sequences/${saved.key}`);
    },
  });
  const problems = dotted(problemsOf(save.error));
  const at = (path: string) => problemAt(problems, path);
  const stepPaths = draft.steps.map((_, i) => `steps.${i}`);
  const stepsOwn = problemsLeft(problems, "steps", stepPaths);
  const elsewhere = problemsLeft(problems, "", [
    "name",
    "key",
    "enroll",
    "exit",
    "window",
    "dailyLimit",
    "steps",
  ]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const moveStep = (index: number, by: -1 | 1) => {
    edit({ steps: move(draft.steps, index, by) });
    refocus(draft.steps[index]!.uid, by === -1 ? "up" : "down");
  };
  const templateChoices = (templates.data ?? []).map((t) => ({ key: t.key, name: t.name }));

  return (
    <form
      className="editor sequence-editor"
      onSubmit={submit}
      aria-label={creating ? "New sequence" : "Sequence"}
    >
      {named.inputs(problems)}

      <fieldset className="editor-section">
        <legend>Who enrols</legend>
        <p className="muted small">
          Leads that meet every rule given enter at intake and on later changes. With no rule, leads enter
          only when enrolled by hand.
        </p>
        <div className="field-row">
          <Labeled
            label="Categories"
            hint={keysHint("Category keys", categories.data)}
            error={at("enroll.categories")}
          >
            {(c) => (
              <input {...c} value={draft.categories} onChange={(e) => edit({ categories: e.target.value })} />
            )}
          </Labeled>
          <Labeled label="Sources" hint={keysHint("Source keys", sources.data)} error={at("enroll.sources")}>
            {(c) => (
              <input {...c} value={draft.sources} onChange={(e) => edit({ sources: e.target.value })} />
            )}
          </Labeled>
          <Labeled
            label="Stages"
            hint="Stage keys, separated by commas: new, assigned…"
            error={at("enroll.stages")}
          >
            {(c) => <input {...c} value={draft.stages} onChange={(e) => edit({ stages: e.target.value })} />}
          </Labeled>
          <Labeled label="Tags" hint="The lead carries any of these." error={at("enroll.tags")}>
            {(c) => <input {...c} value={draft.tags} onChange={(e) => edit({ tags: e.target.value })} />}
          </Labeled>
        </div>
        <div className="field-row">
          <Labeled className="narrow" label="Score from" error={at("enroll.scoreMin")}>
            {(c) => (
              <input
                {...c}
                inputMode="numeric"
                value={draft.scoreMin}
                onChange={(e) => edit({ scoreMin: e.target.value })}
              />
            )}
          </Labeled>
          <Labeled className="narrow" label="Score to" error={at("enroll.scoreMax")}>
            {(c) => (
              <input
                {...c}
                inputMode="numeric"
                value={draft.scoreMax}
                onChange={(e) => edit({ scoreMax: e.target.value })}
              />
            )}
          </Labeled>
          <fieldset className="checks">
            <legend>Priority bands</legend>
            {BANDS.map((b) => (
              <label key={b} className="check">
                <input
                  type="checkbox"
                  checked={draft.priorities.includes(b)}
                  onChange={(e) =>
                    edit({
                      priorities: e.target.checked
                        ? [...draft.priorities, b]
                        : draft.priorities.filter((p) => p !== b),
                    })
                  }
                />
                {b.charAt(0).toUpperCase() + b.slice(1)}
              </label>
            ))}
          </fieldset>
        </div>
        <div className="field-row">
          <Labeled label="Enrol again" error={at("enroll.reenroll")}>
            {(c) => (
              <select
                {...c}
                value={draft.reenroll}
                onChange={(e) => edit({ reenroll: e.target.value as Draft["reenroll"] })}
              >
                <option value="never">Never: once per lead</option>
                <option value="after_end">Once the last enrolment has ended</option>
              </select>
            )}
          </Labeled>
          {draft.reenroll === "after_end" ? (
            <Labeled
              label="Days after it ended"
              hint="0 lets it enter again at once."
              error={at("enroll.reenrollAfterDays")}
            >
              {(c) => (
                <input
                  {...c}
                  inputMode="numeric"
                  value={draft.reenrollAfterDays}
                  onChange={(e) => edit({ reenrollAfterDays: e.target.value })}
                />
              )}
            </Labeled>
          ) : null}
        </div>
      </fieldset>

      <fieldset className="editor-section">
        <legend>Who leaves</legend>
        <p className="muted small">
          An unsubscribe, a bounce, a suppressed address or a removal by hand always ends an enrolment.
        </p>
        <div className="field-row">
          <Labeled
            label="Stages that end it"
            hint="Stage keys, separated by commas."
            error={at("exit.stages")}
          >
            {(c) => (
              <input {...c} value={draft.exitStages} onChange={(e) => edit({ exitStages: e.target.value })} />
            )}
          </Labeled>
          <label className="check">
            <input
              type="checkbox"
              checked={draft.exitOnReply}
              onChange={(e) => edit({ exitOnReply: e.target.checked })}
            />
            A reply ends it
          </label>
        </div>
      </fieldset>

      <fieldset className="editor-section">
        <legend>When it sends</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.windowOn}
            onChange={(e) => edit({ windowOn: e.target.checked })}
          />
          Only within a send window, in the lead&apos;s local time
        </label>
        {draft.windowOn ? (
          <>
            <fieldset className="checks weekdays" aria-describedby="window-days-error">
              <legend>Days</legend>
              {WEEKDAYS.map((d) => (
                <label key={d.value} className="check">
                  <input
                    type="checkbox"
                    checked={draft.days.includes(d.value)}
                    onChange={(e) =>
                      edit({
                        days: e.target.checked
                          ? WEEKDAYS.map((w) => w.value).filter(
                              (w) => w === d.value || draft.days.includes(w),
                            )
                          : draft.days.filter((x) => x !== d.value),
                      })
                    }
                  />
                  {d.label}
                </label>
              ))}
            </fieldset>
            {at("window.days") ? (
              <small id="window-days-error" className="field-error">
                {at("window.days")}
              </small>
            ) : null}
            <div className="field-row">
              <Labeled className="narrow" label="From" error={at("window.from")}>
                {(c) => (
                  <input
                    {...c}
                    type="time"
                    required
                    value={draft.from}
                    onChange={(e) => edit({ from: e.target.value })}
                  />
                )}
              </Labeled>
              <Labeled className="narrow" label="To" error={at("window.to")}>
                {(c) => (
                  <input
                    {...c}
                    type="time"
                    required
                    value={draft.to}
                    onChange={(e) => edit({ to: e.target.value })}
                  />
                )}
              </Labeled>
              <Labeled
                label="Time zone when the lead has none"
                hint="From the lead's zip or state; America/New_York when empty."
                error={at("window.timeZone")}
              >
                {(c) => (
                  <input
                    {...c}
                    value={draft.timeZone}
                    placeholder="America/New_York"
                    onChange={(e) => edit({ timeZone: e.target.value })}
                  />
                )}
              </Labeled>
            </div>
          </>
        ) : null}
        <div className="field-row">
          <Labeled
            className="narrow"
            label="Daily limit"
            hint="Emails and texts of this sequence a day; no limit when empty."
            error={at("dailyLimit")}
          >
            {(c) => (
              <input
                {...c}
                inputMode="numeric"
                value={draft.dailyLimit}
                onChange={(e) => edit({ dailyLimit: e.target.value })}
              />
            )}
          </Labeled>
        </div>
      </fieldset>

      <fieldset className="editor-section">
        <legend>Steps</legend>
        <p className="muted small">
          Steps run in order; a branch jumps forward only. Leads already enrolled finish the version they
          started.
        </p>
        {stepsOwn.length > 0 ? (
          <p className="field-error" role="alert">
            {stepsOwn.join("; ")}
          </p>
        ) : null}
        <ol className="stacked" aria-label="Steps">
          {draft.steps.map((step, index) => (
            <StepCard
              key={step.uid}
              steps={draft.steps}
              index={index}
              templates={templateChoices}
              problems={problems}
              onChange={(change) => editStep(index, change)}
              onMove={(by) => moveStep(index, by)}
              onRemove={() => edit({ steps: draft.steps.filter((_, i) => i !== index) })}
            />
          ))}
        </ol>
        <div className="actions">
          <button
            type="button"
            onClick={() => edit({ steps: [...draft.steps, newStep(draft.steps)] })}
            disabled={draft.steps.length >= 50}
          >
            Add step
          </button>
        </div>
      </fieldset>

      <SaveBar
        error={
          problems.length > 0
            ? new Error("The sequence was not saved: see the problems marked above.")
            : save.error
        }
        problems={elsewhere}
        saving={save.isPending}
        label={creating ? "Create sequence" : `Save as version ${sequence.version + 1}`}
        back={{ href: "/sequences", label: creating ? "Cancel" : "Back to sequences" }}
      />
    </form>
  );
}
