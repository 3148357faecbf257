import { Labeled } from "../../ui/labeled";
import { problemAt, problemsLeft, type Problem } from "../../ui/problems";
import { blankField, FIELD_TYPES, moved, type FieldDraft, type FieldType } from "./editor";
import { CardActions } from "./card-actions";

/** The category's custom fields, one card each: add, remove, reorder, and each one's settings. */
export function FieldsEditor({
  fields,
  onChange,
  problems,
}: {
  fields: FieldDraft[];
  onChange: (fields: FieldDraft[]) => void;
  problems: Problem[];
}) {
  const update = (id: number, patch: Partial<FieldDraft>) =>
    onChange(fields.map((f) => (f.id === id ? { ...f, ...patch } : f)));
  return (
    <fieldset className="editor-section">
      <legend>Fields</legend>
      <p className="muted small">
        Contact fields (name, email, phone, address, state, zip) come with every lead. Add the fields this
        category needs besides them, in the order the form asks for them.
      </p>
      {fields.length === 0 ? <p className="muted">No custom fields.</p> : null}
      <ol className="stacked">
        {fields.map((f, i) => {
          const at = (part: string) => problemAt(problems, `fields.${i}.${part}`);
          const shown = ["key", "label", "type", "required", "options", "pattern"].map(
            (p) => `fields.${i}.${p}`,
          );
          const left = problemsLeft(problems, `fields.${i}`, shown);
          const title = `Field ${i + 1}${f.key.trim() ? `: ${f.key.trim()}` : ""}`;
          return (
            <li key={f.id}>
              <fieldset className="field-card">
                <legend>{title}</legend>
                <div className="field-row">
                  <Labeled label="Key" error={at("key")} hint="letters and digits, e.g. creditScore">
                    {(c) => (
                      <input
                        {...c}
                        value={f.key}
                        required
                        maxLength={64}
                        autoComplete="off"
                        spellCheck={false}
                        onChange={(e) => update(f.id, { key: e.target.value })}
                      />
                    )}
                  </Labeled>
                  <Labeled label="Label" error={at("label")} hint="what the form shows">
                    {(c) => (
                      <input
                        {...c}
                        value={f.label}
                        maxLength={200}
                        onChange={(e) => update(f.id, { label: e.target.value })}
                      />
                    )}
                  </Labeled>
                  <Labeled label="Type" error={at("type")}>
                    {(c) => (
                      <select
                        {...c}
                        value={f.type}
                        onChange={(e) => update(f.id, { type: e.target.value as FieldType })}
                      >
                        {FIELD_TYPES.map((t) => (
                          <option key={t.value} value={t.value}>
                            {t.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </Labeled>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={f.required}
                      onChange={(e) => update(f.id, { required: e.target.checked })}
                    />
                    Required
                  </label>
                </div>
                {f.type === "enum" ? (
                  <Labeled label="Options" error={at("options")} hint="one per line">
                    {(c) => (
                      <textarea
                        {...c}
                        rows={3}
                        value={f.options}
                        onChange={(e) => update(f.id, { options: e.target.value })}
                      />
                    )}
                  </Labeled>
                ) : null}
                {f.type === "string" ? (
                  <Labeled
                    label="Pattern"
                    error={at("pattern")}
                    hint="optional regular expression, e.g. ^[0-9]{5}$"
                  >
                    {(c) => (
                      <input
                        {...c}
                        value={f.pattern}
                        maxLength={500}
                        spellCheck={false}
                        onChange={(e) => update(f.id, { pattern: e.target.value })}
                      />
                    )}
                  </Labeled>
                ) : null}
                {left.map((message) => (
                  <p key={message} className="field-error">
                    {message}
                  </p>
                ))}
                <CardActions
                  title={title}
                  index={i}
                  count={fields.length}
                  onMove={(by) => onChange(moved(fields, i, by))}
                  onRemove={() => onChange(fields.filter((x) => x.id !== f.id))}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...fields, blankField()])}>
        + Add field
      </button>
    </fieldset>
  );
}
