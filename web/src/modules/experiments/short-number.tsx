import { Labeled } from "../../ui/labeled";
import { problemAt, type Problem } from "../../ui/problems";

/** A narrow labelled number typed as text, with the API's problem with its `field` under it. */
export function ShortNumber(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problems: Problem[];
  field: string;
  decimal?: boolean;
  size?: number;
}) {
  return (
    <Labeled className="narrow" label={props.label} error={problemAt(props.problems, props.field)}>
      {(p) => (
        <input
          {...p}
          inputMode={props.decimal ? "decimal" : "numeric"}
          size={props.size ?? 5}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </Labeled>
  );
}
