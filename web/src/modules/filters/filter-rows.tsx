import { humanize } from "../../ui/format";
import type { Op } from "../recipients/recipient";
import type { FilterRow } from "./filters";

const OPS: { op: Op; label: string }[] = [
  { op: "eq", label: "is" },
  { op: "neq", label: "is not" },
  { op: "in", label: "is one of" },
  { op: "gte", label: "at least" },
  { op: "lte", label: "at most" },
  { op: "exists", label: "is given" },
];

/** A test in words: "at least" for `gte`. */
export const opLabel = (op: Op): string => OPS.find((o) => o.op === op)?.label ?? op;

/** Rows of "field · test · value" conditions on a lead, each removable; `noun` names them ("filter"). */
export function FilterRows({
  rows,
  fields,
  onChange,
  noun = "filter",
}: {
  rows: FilterRow[];
  /** The fields a row may test. */
  fields: string[];
  onChange: (rows: FilterRow[]) => void;
  noun?: string;
}) {
  const setRow = (i: number, patch: Partial<FilterRow>) =>
    onChange(rows.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <>
      <ul className="stacked">
        {rows.map((f, i) => (
          <li key={i} className="rc-filter-row">
            <label>
              Field
              <select value={f.field} onChange={(e) => setRow(i, { field: e.target.value })}>
                <option value="">Choose…</option>
                {[...new Set([...fields, ...(f.field ? [f.field] : [])])].map((k) => (
                  <option key={k} value={k}>
                    {humanize(k)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Test
              <select value={f.op} onChange={(e) => setRow(i, { op: e.target.value as Op })}>
                {OPS.map((o) => (
                  <option key={o.op} value={o.op}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            {f.op !== "exists" ? (
              <label className="grow">
                Value
                <input
                  value={f.value}
                  onChange={(e) => setRow(i, { value: e.target.value })}
                  placeholder={f.op === "in" ? "a, b, c" : ""}
                />
              </label>
            ) : null}
            <button
              type="button"
              className="link small"
              aria-label={`Remove ${noun} ${i + 1}`}
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange([...rows, { field: "", op: "eq", value: "" }])}>
        Add a {noun}
      </button>
    </>
  );
}
