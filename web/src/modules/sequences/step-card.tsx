import { useId, type ReactNode } from "react";
import { Link } from "wouter";
import { Choice, type ChoiceProps } from "../../ui/choice";
import { Labeled } from "../../ui/labeled";
import { OrderedCardHead } from "../../ui/ordered-card";
import { problemAt, problemsLeft, type Problem } from "../../ui/problems";
import { BANDS, CONDITIONS, STEP_KINDS, stepLabel, stepPaths, UNITS, type DraftStep } from "./draft";

export interface TemplateChoice {
  key: string;
  name: string;
}

/** A labelled input of one of the step's text values. */
function Text({
  label,
  hint,
  error,
  value,
  onChange,
  wide = false,
  ...rest
}: {
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  wide?: boolean;
  type?: string;
  inputMode?: "numeric";
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
}) {
  return (
    <Labeled className={wide ? "step-field wide" : "step-field"} label={label} hint={hint} error={error}>
      {(c) => <input {...c} {...rest} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Labeled>
  );
}

/** A labelled choice among a step's fields; a step it named that is gone stays, named so. */
const StepChoice = (props: ChoiceProps<string>) => (
  <Choice className="step-field" unknown={(v) => `${v} (no such step)`} {...props} />
);

/**
 * One step of the sequence being edited: what it does and its settings, moved, removed and edited
 * in place; the API's problems with it shown beside the inputs they concern.
 */
export function StepCard({
  steps,
  index,
  templates,
  problems,
  onChange,
  onMove,
  onRemove,
}: {
  steps: DraftStep[];
  index: number;
  templates: TemplateChoice[];
  problems: Problem[];
  onChange: (change: Partial<DraftStep>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const step = steps[index]!;
  const n = index + 1;
  const headingId = useId();
  const at = `steps.${index}`;
  const err = (path: string) => problemAt(problems, `${at}.${path}`);
  const left = problemsLeft(problems, at, [...stepPaths(step.kind), "id"]);
  const templateName = (key: string) => templates.find((t) => t.key === key)?.name ?? (key || "an email");
  const label = (s: DraftStep, i: number) => `Step ${stepLabel(s, i, templateName)}`;
  const later = steps.slice(index + 1).map((s, j) => ({ value: s.id, label: label(s, index + 1 + j) }));
  const earlierEmails = steps
    .slice(0, index)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind === "email")
    .map(({ s, i }) => ({ value: s.id, label: label(s, i) }));
  const kind = STEP_KINDS.find((k) => k.value === step.kind)!;
  return (
    <li className="card step-card" aria-labelledby={headingId}>
      <OrderedCardHead
        className="step-head"
        headingId={headingId}
        heading={
          <>
            Step {n} <span className="muted">· {kind.label}</span>
          </>
        }
        name={`step ${n}`}
        focusId={step.uid}
        index={index}
        count={steps.length}
        onMove={onMove}
        onRemove={onRemove}
      />
      <div className="step-fields">
        <StepChoice
          label="What it does"
          error={undefined}
          value={step.kind}
          options={STEP_KINDS}
          onChange={(v) => onChange({ kind: v as DraftStep["kind"] })}
        />
        <Text
          label="Step id"
          error={err("id")}
          value={step.id}
          required
          maxLength={32}
          onChange={(v) => onChange({ id: v })}
        />
        <KindFields
          step={step}
          err={err}
          templates={templates}
          later={later}
          earlierEmails={earlierEmails}
          onChange={onChange}
        />
      </div>
      {left.length > 0 ? (
        <p className="field-error" role="alert">
          {left.join("; ")}
        </p>
      ) : null}
    </li>
  );
}

function KindFields({
  step,
  err,
  templates,
  later,
  earlierEmails,
  onChange,
}: {
  step: DraftStep;
  err: (path: string) => string | undefined;
  templates: TemplateChoice[];
  later: { value: string; label: string }[];
  earlierEmails: { value: string; label: string }[];
  onChange: (change: Partial<DraftStep>) => void;
}): ReactNode {
  const set = (field: keyof DraftStep) => (value: string) => onChange({ [field]: value });
  switch (step.kind) {
    case "wait":
      return (
        <>
          <Text
            label="Wait for"
            error={err("seconds")}
            value={step.amount}
            inputMode="numeric"
            required
            onChange={set("amount")}
          />
          <StepChoice
            label="Unit"
            error={undefined}
            value={step.unit}
            options={UNITS}
            onChange={set("unit")}
          />
        </>
      );
    case "until":
      return (
        <Text
          label="Until (lead's local time)"
          hint="The next time the lead's clock shows this."
          error={err("until")}
          type="time"
          value={step.until}
          required
          onChange={set("until")}
        />
      );
    case "email":
      return (
        <Labeled
          className="step-field wide"
          label="Template"
          error={err("template")}
          hint="Sent once per lead, inside the send window."
        >
          {(c) => (
            <div className="step-template">
              <select {...c} value={step.template} required onChange={(e) => set("template")(e.target.value)}>
                <option value="">Choose a template…</option>
                {templates.map((t) => (
                  <option key={t.key} value={t.key}>
                    {t.name}
                  </option>
                ))}
                {step.template && !templates.some((t) => t.key === step.template) ? (
                  <option value={step.template}>{step.template}</option>
                ) : null}
              </select>
              {step.template ? (
                <Link href={`/email/templates/${step.template}`} className="small">
                  Open template
                </Link>
              ) : (
                <Link href="/email/templates/new" className="small">
                  New template
                </Link>
              )}
            </div>
          )}
        </Labeled>
      );
    case "branch":
      return (
        <>
          <StepChoice
            label="If the lead"
            error={err("if")}
            value={step.condition}
            options={CONDITIONS}
            onChange={set("condition")}
          />
          <ConditionFields step={step} earlierEmails={earlierEmails} onChange={onChange} />
          <StepChoice
            label="Then go to"
            error={err("then")}
            value={step.then}
            options={[...later, { value: "end", label: "The end (leave the sequence)" }]}
            onChange={set("then")}
          />
          <StepChoice
            label="Otherwise"
            error={err("else")}
            value={step.otherwise}
            options={[
              { value: "", label: "The next step" },
              ...later,
              { value: "end", label: "The end (leave the sequence)" },
            ]}
            onChange={set("otherwise")}
          />
        </>
      );
    case "set":
      return (
        <>
          <Text
            label="Stage"
            hint="A stage key; empty leaves it."
            error={err("stage")}
            value={step.stage}
            onChange={set("stage")}
          />
          <Text
            label="Score"
            hint="Sets the score; empty leaves it."
            error={err("score")}
            inputMode="numeric"
            value={step.score}
            onChange={set("score")}
          />
          <Text
            label="Add tag"
            error={err("addTag")}
            value={step.addTag}
            maxLength={64}
            onChange={set("addTag")}
          />
          <Text
            label="Remove tag"
            error={err("removeTag")}
            value={step.removeTag}
            maxLength={64}
            onChange={set("removeTag")}
          />
        </>
      );
    case "task":
      return (
        <>
          <Text
            label="Task"
            wide
            hint="For the lead's holder."
            placeholder="Call now: they clicked pricing"
            error={err("title")}
            value={step.title}
            required
            maxLength={200}
            onChange={set("title")}
          />
          <Text
            label="Due in (minutes)"
            hint="At once when empty."
            error={err("dueInMinutes")}
            inputMode="numeric"
            value={step.dueInMinutes}
            onChange={set("dueInMinutes")}
          />
        </>
      );
    case "webhook":
      return (
        <Text
          label="URL"
          wide
          hint="Gets the lead and the step as JSON, by POST."
          type="url"
          placeholder="https://example.com/hook"
          error={err("url")}
          value={step.url}
          required
          onChange={set("url")}
        />
      );
    case "sms":
      return (
        <>
          <Labeled
            className="step-field wide"
            label="Message"
            hint="Liquid: {{ lead.firstName }}. Sent once, inside the send window."
            error={err("text")}
          >
            {(c) => (
              <textarea
                {...c}
                rows={2}
                required
                maxLength={2000}
                value={step.text}
                onChange={(e) => set("text")(e.target.value)}
              />
            )}
          </Labeled>
          <Text
            label="Gateway URL"
            wide
            type="url"
            placeholder="https://api.example.com/messages"
            error={err("gateway.url")}
            value={step.url}
            required
            onChange={set("url")}
          />
          <StepChoice
            label="Sent as"
            error={err("gateway.format")}
            value={step.format}
            options={[
              { value: "form", label: "Form fields" },
              { value: "json", label: "JSON" },
            ]}
            onChange={set("format")}
          />
          <Labeled
            className="step-field wide"
            label="Parameters"
            hint="One name=value a line; values are Liquid over lead and text."
            error={err("gateway.params") ?? err("params")}
          >
            {(c) => (
              <textarea
                {...c}
                className="code"
                rows={3}
                value={step.params}
                onChange={(e) => set("params")(e.target.value)}
              />
            )}
          </Labeled>
          <Labeled
            className="step-field wide"
            label="Headers (optional)"
            hint="One Name: value a line, e.g. Authorization: Basic …"
            error={err("gateway.headers")}
          >
            {(c) => (
              <textarea
                {...c}
                className="code"
                rows={2}
                value={step.headers}
                onChange={(e) => set("headers")(e.target.value)}
              />
            )}
          </Labeled>
        </>
      );
  }
}

function ConditionFields({
  step,
  earlierEmails,
  onChange,
}: {
  step: DraftStep;
  earlierEmails: { value: string; label: string }[];
  onChange: (change: Partial<DraftStep>) => void;
}) {
  switch (step.condition) {
    case "opened":
    case "clicked":
      return (
        <StepChoice
          label="Email step"
          error={undefined}
          hint={earlierEmails.length === 0 ? "Add an email step before this one." : undefined}
          value={step.subject}
          options={[{ value: "", label: "Choose an earlier email…" }, ...earlierEmails]}
          onChange={(v) => onChange({ subject: v })}
        />
      );
    case "replied":
      return null;
    case "score":
      return (
        <>
          <Text
            label="Score from"
            error={undefined}
            inputMode="numeric"
            value={step.scoreMin}
            onChange={(v) => onChange({ scoreMin: v })}
          />
          <Text
            label="Score to"
            error={undefined}
            inputMode="numeric"
            value={step.scoreMax}
            onChange={(v) => onChange({ scoreMax: v })}
          />
        </>
      );
    case "priority":
      return (
        <Text
          label="Bands"
          hint={`Any of ${BANDS.join(", ")}, separated by commas.`}
          error={undefined}
          value={step.values}
          required
          onChange={(v) => onChange({ values: v })}
        />
      );
    case "stage":
      return (
        <Text
          label="Stages"
          hint="Stage keys, separated by commas."
          error={undefined}
          value={step.values}
          required
          onChange={(v) => onChange({ values: v })}
        />
      );
    case "tag":
      return (
        <Text
          label="Tag"
          error={undefined}
          value={step.values}
          required
          onChange={(v) => onChange({ values: v })}
        />
      );
    case "field":
      return (
        <>
          <Text
            label="Field"
            hint="A field key of the lead."
            error={undefined}
            value={step.subject}
            required
            onChange={(v) => onChange({ subject: v })}
          />
          <Text
            label="Value"
            hint="Several, separated by commas, for any of them."
            error={undefined}
            value={step.values}
            onChange={(v) => onChange({ values: v })}
          />
        </>
      );
  }
}
