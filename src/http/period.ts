import { Type } from "typebox";
import { invalid } from "../domain/errors.js";
import { timeOf } from "./lead-filters.js";

const DAY_MS = 86_400_000;

/** `from` and `to` of a report's query string. */
export const PeriodQuery = {
  from: Type.Optional(Type.String({ maxLength: 40, description: "ISO date; default 30 days before `to`" })),
  to: Type.Optional(Type.String({ maxLength: 40, description: "ISO date, exclusive; default now" })),
};

/** The period a query asks for: 30 days up to now by default, at most 400 days, `from` before `to`. */
export function periodOf(
  query: { from?: string; to?: string },
  now = Date.now(),
): { from: number; to: number } {
  const to = timeOf("to", query.to) ?? now;
  const from = timeOf("from", query.from) ?? to - 30 * DAY_MS;
  if (from >= to) throw invalid([{ field: "from", code: "invalid", message: "from must be before to" }]);
  if (to - from > 400 * DAY_MS)
    throw invalid([{ field: "from", code: "invalid", message: "a range is at most 400 days" }]);
  return { from, to };
}
