import { useId } from "react";
import { Choice, type ChoiceProps } from "../../ui/choice";
import { Labeled } from "../../ui/labeled";
import { OrderedCardHead } from "../../ui/ordered-card";
import {
  KINDS,
  METHODS,
  MODES,
  numberFields,
  type DraftField,
  type DraftTier,
  type NumberField,
} from "./draft";

const NUMBER_LABELS: Record<NumberField, { label: string; hint: string }> = {
  slaSeconds: { label: "SLA (seconds)", hint: "How long each offer waits for an answer; 300 when empty." },
  attempts: { label: "Attempts", hint: "Offers before the next tier runs; 3 when empty." },
  poolSeconds: { label: "Pool time (seconds)", hint: "Until claimed when empty." },
  maxRecipients: { label: "Max recipients", hint: "Buyers who share each lead." },
  catchUpLimit: {
    label: "Catch-up limit",
    hint: "Leads in a row a recipient behind the others may get; no limit when empty.",
  },
};

/** A labelled choice of one of `options`, among a tier's fields. */
const TierChoice = <T extends string>(props: ChoiceProps<T>) => <Choice className="tier-field" {...props} />;

/** A tier of the draft plan: who, method, mode and its numbers; moved, removed and edited in place. */
export function TierCard({
  tier,
  index,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: {
  tier: DraftTier;
  index: number;
  count: number;
  errors: Partial<Record<DraftField, string>>;
  onChange: (change: Partial<DraftTier>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const n = index + 1;
  const headingId = useId();
  const method = METHODS.find((m) => m.value === tier.method);
  const mode = MODES.find((m) => m.value === tier.mode);
  return (
    <li className="card tier-card" aria-labelledby={headingId}>
      <OrderedCardHead
        className="tier-head"
        headingId={headingId}
        heading={`Tier ${n}`}
        name={`tier ${n}`}
        focusId={tier.id}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
      />
      <fieldset className="tier-group">
        <legend>Who</legend>
        <TierChoice
          label="Kind"
          error={errors.kind}
          value={tier.kind}
          options={KINDS}
          onChange={(v) => onChange({ kind: v })}
        />
        <Labeled
          className="tier-field"
          label="Tags"
          hint="Any of these, separated by commas."
          error={errors.tags}
        >
          {(p) => <input {...p} value={tier.tags} onChange={(e) => onChange({ tags: e.target.value })} />}
        </Labeled>
        <Labeled
          className="tier-field"
          label="Recipient keys"
          hint="Only these, separated by commas."
          error={errors.keys}
        >
          {(p) => <input {...p} value={tier.keys} onChange={(e) => onChange({ keys: e.target.value })} />}
        </Labeled>
      </fieldset>
      <fieldset className="tier-group">
        <legend>How</legend>
        <TierChoice
          label="Method"
          hint={method?.hint}
          error={errors.method}
          value={tier.method}
          options={METHODS}
          onChange={(v) => onChange({ method: v })}
        />
        <TierChoice
          label="Mode"
          hint={mode?.hint}
          error={errors.mode}
          value={tier.mode}
          options={MODES}
          onChange={(v) => onChange({ mode: v })}
        />
        {numberFields(tier).map((field) => (
          <Labeled
            className="tier-field"
            key={field}
            label={NUMBER_LABELS[field].label}
            hint={NUMBER_LABELS[field].hint}
            error={errors[field]}
          >
            {(p) => (
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={1}
                step={1}
                value={tier[field]}
                onChange={(e) => onChange({ [field]: e.target.value })}
              />
            )}
          </Labeled>
        ))}
      </fieldset>
      {tier.pingPost ? (
        <p className="muted small">
          Ping-post: buyers are asked for bids on {tier.pingPost.fields.join(", ")} within{" "}
          {tier.pingPost.deadlineMs} ms
          {tier.method === "best_margin" && tier.mode === "direct" ? "." : " (only for best margin, direct)."}
        </p>
      ) : null}
      {errors.pingPost ? <p className="field-error">{errors.pingPost}</p> : null}
    </li>
  );
}
