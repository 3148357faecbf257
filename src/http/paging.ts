import { invalid } from "../domain/errors.js";

/** A query's ISO date or date-time as epoch milliseconds, or a 422 naming the parameter. */
export function timeParam(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (!Number.isFinite(t))
    throw invalid([{ field, code: "invalid", message: `${field} must be an ISO date or date-time` }]);
  return t;
}

/** The id a page's cursor stands for: one of the ids `prefix` names, or a 422. */
export function cursorParam(cursor: string | undefined, prefix: string): string | undefined {
  if (cursor === undefined) return undefined;
  const id = Buffer.from(cursor, "base64url").toString("utf8");
  if (!new RegExp(`^${prefix}_[0-9a-z]{26}$`).test(id))
    throw invalid([{ field: "cursor", code: "invalid", message: "cursor is not one this API gave out" }]);
  return id;
}

/** The cursor of the next page: after the last item of a full page, none after a short one. */
export function nextCursor(items: readonly { id: string }[], limit: number): string | null {
  const last = items.at(-1);
  return items.length === limit && last ? Buffer.from(last.id).toString("base64url") : null;
}

/** A page size from `limit`: 50 unless asked, between 1 and 500. */
export const pageSize = (limit: string | undefined): number =>
  Math.min(Math.max(Number(limit ?? 50), 1), 500);
