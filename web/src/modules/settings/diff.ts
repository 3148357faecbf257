/** One difference between an entity before and after a change, at a dotted path. */
export interface Change {
  /** "territory.states", "tiers[0].method"; "" for the whole value. */
  path: string;
  kind: "added" | "removed" | "changed";
  before?: string;
  after?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A leaf value as a person reads it: strings bare, everything else as compact JSON. */
export function show(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "none";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * What changed between `before` and `after` (an audit entry's two sides, null where the entity
 * did not exist), field by field: objects are compared key by key, arrays of scalars as a whole
 * (a list of states reads better whole), other arrays item by item.
 */
export function diff(before: unknown, after: unknown, path = ""): Change[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diff(before[k], after[k], join(path, k)));
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    [...before, ...after].some((v) => typeof v === "object" && v !== null)
  ) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diff(before[i], after[i], `${path}[${i}]`)).flat();
  }
  const absent = (v: unknown) => v === undefined || (v === null && path === "");
  if (absent(before) && absent(after)) return [];
  if (absent(before)) return leaves(after, path, "added");
  if (absent(after)) return leaves(before, path, "removed");
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, kind: "changed", before: show(before), after: show(after) }];
}

/** Every field of a value that appeared or went away, one line each. */
function leaves(value: unknown, path: string, kind: "added" | "removed"): Change[] {
  if (isObject(value)) return Object.keys(value).flatMap((k) => leaves(value[k], join(path, k), kind));
  return [{ path, kind, ...(kind === "added" ? { after: show(value) } : { before: show(value) }) }];
}

/** "created", "deleted" or "3 fields changed": the gist of an entry before its details. */
export function summarize(before: unknown, after: unknown): string {
  if (before === null || before === undefined) return "created";
  if (after === null || after === undefined) return "deleted";
  const n = diff(before, after).length;
  return n === 0 ? "nothing changed" : `${n} field${n === 1 ? "" : "s"} changed`;
}
