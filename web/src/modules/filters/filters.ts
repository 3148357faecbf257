import type { Filter, FilterValue, Op } from "../recipients/recipient";

/** A filter as its row of the form holds it: the value as typed. */
export interface FilterRow {
  field: string;
  op: Op;
  value: string;
}

const filterText = (value: FilterValue | undefined) =>
  value === undefined ? "" : Array.isArray(value) ? value.join(", ") : String(value);

export const filterRowOf = (f: Filter): FilterRow => ({
  field: f.field,
  op: f.op,
  value: filterText(f.value),
});

function filterValue(row: FilterRow, type: string | undefined): FilterValue | undefined {
  const raw = row.value.trim();
  const scalar = (s: string): string | number =>
    (type === "number" || row.op === "gte" || row.op === "lte") && s !== "" && Number.isFinite(Number(s))
      ? Number(s)
      : s;
  if (row.op === "exists") return undefined;
  if (row.op === "in")
    return raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(scalar);
  if (type === "boolean" && (raw === "true" || raw === "false")) return raw === "true";
  return scalar(raw);
}

/**
 * The filters the rows describe, typed by the category's fields (`fieldTypes`), and what keeps a
 * row from being one, in words that name it (`Filter 2: give a value.`).
 */
export function filtersFrom(
  rows: readonly FilterRow[],
  fieldTypes: Readonly<Record<string, string>>,
  name = (i: number) => `Filter ${i + 1}`,
): { filters: Filter[]; problems: string[] } {
  const problems: string[] = [];
  const filters = rows.flatMap((row, i): Filter[] => {
    if (!row.field) {
      problems.push(`${name(i)}: choose a field.`);
      return [];
    }
    const value = filterValue(row, fieldTypes[row.field]);
    if (
      row.op !== "exists" &&
      (value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    ) {
      problems.push(`${name(i)}: give a value.`);
      return [];
    }
    return [{ field: row.field, op: row.op, ...(value === undefined ? {} : { value }) }];
  });
  return { filters, problems };
}
