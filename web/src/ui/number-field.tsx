/**
 * A labelled number typed as text (so a half-typed "1." or an empty field stays as typed until
 * the form is checked): whole numbers by default, `decimal` for money and weights.
 */
export function NumberField({
  label,
  value,
  onChange,
  decimal = false,
  placeholder,
  size,
  maxLength,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  decimal?: boolean;
  placeholder?: string;
  size?: number;
  maxLength?: number;
}) {
  return (
    <label className="field">
      {label}
      <input
        inputMode={decimal ? "decimal" : "numeric"}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        size={size}
        maxLength={maxLength}
      />
    </label>
  );
}
