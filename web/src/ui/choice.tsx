import { Labeled } from "./labeled";

export interface ChoiceProps<T extends string> {
  label: string;
  hint?: string | undefined;
  error: string | undefined;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/**
 * A labelled choice of one of `options`. A value none of them has (a step since removed) stays
 * chosen, named by `unknown`, so the form does not change it behind the user's back.
 */
export function Choice<T extends string>({
  label,
  hint,
  error,
  value,
  options,
  onChange,
  className,
  unknown,
}: ChoiceProps<T> & { className: string; unknown?: (value: T) => string }) {
  return (
    <Labeled className={className} label={label} hint={hint} error={error}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
          {unknown && !options.some((o) => o.value === value) ? (
            <option value={value}>{unknown(value)}</option>
          ) : null}
        </select>
      )}
    </Labeled>
  );
}
