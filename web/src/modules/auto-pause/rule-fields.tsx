import { Labeled } from "../../ui/labeled";
import { problemAt, type Problem } from "../../ui/problems";
import type { RuleText } from "./rule";

/** The three numbers of an auto-pause rule, with the API's problems under `autoPause`. */
export function RuleFields({
  rule,
  onChange,
  problems,
}: {
  rule: RuleText;
  onChange: (rule: RuleText) => void;
  problems: Problem[];
}) {
  return (
    <div className="field-row">
      <RuleNumber
        label="Return rate above (%)"
        hint="returned, or said bad by a buyer"
        error={problemAt(problems, "autoPause.maxReturnRate")}
        value={rule.maxReturnRate}
        onChange={(maxReturnRate) => onChange({ ...rule, maxReturnRate })}
        decimal
        max={100}
      />
      <RuleNumber
        label="Over its last (leads)"
        hint="since it was last resumed"
        error={problemAt(problems, "autoPause.lastLeads")}
        value={rule.lastLeads}
        onChange={(lastLeads) => onChange({ ...rule, lastLeads })}
      />
      <RuleNumber
        label="Judged from (leads)"
        hint="empty: all of the last leads"
        error={problemAt(problems, "autoPause.minLeads")}
        value={rule.minLeads}
        onChange={(minLeads) => onChange({ ...rule, minLeads })}
      />
    </div>
  );
}

/** One number of the auto-pause rule: a percentage (`decimal`, up to `max`) or a count of leads. */
function RuleNumber({
  label,
  hint,
  error,
  value,
  onChange,
  decimal = false,
  max,
}: {
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
  decimal?: boolean;
  max?: number;
}) {
  return (
    <Labeled label={label} error={error} hint={hint}>
      {(c) => (
        <input
          {...c}
          type="number"
          min={decimal ? 0 : 1}
          max={max}
          step={decimal ? "any" : 1}
          inputMode={decimal ? "decimal" : "numeric"}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Labeled>
  );
}
