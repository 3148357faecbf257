import { takenAssignments } from "../store/queries/spend.js";
import type { Store } from "../store/store.js";

const DAY_MS = 86_400_000;

/** Leads received, returned, and the money charged for those not returned, in cents. */
export interface SpendFigures {
  leads: number;
  returned: number;
  cents: number;
}

export interface MySpend {
  /** Each day or week (UTC) with a lead, by its start, in the order the leads came. */
  periods: { start: number; figures: SpendFigures }[];
  totals: SpendFigures;
}

/** A recipient's leads received from `from` to `to` and what they were charged, per day or week (UTC). */
export async function mySpend(
  store: Store,
  recipient: string,
  from: number,
  to: number,
  groupBy: "day" | "week",
): Promise<MySpend> {
  const periods = new Map<number, SpendFigures>();
  const totals: SpendFigures = { leads: 0, returned: 0, cents: 0 };
  for (const row of await takenAssignments(store, recipient, from, to)) {
    const at = Number(row.created_at);
    const start = groupBy === "day" ? at - (at % DAY_MS) : weekStart(at);
    const period = periods.get(start) ?? { leads: 0, returned: 0, cents: 0 };
    const returned = row.status === "returned";
    const cents = returned ? 0 : Number(row.price_cents ?? 0);
    for (const f of [period, totals]) {
      f.leads++;
      if (returned) f.returned++;
      f.cents += cents;
    }
    periods.set(start, period);
  }
  return { periods: [...periods].map(([start, figures]) => ({ start, figures })), totals };
}

/** Monday 00:00 UTC of the week `at` falls in. */
function weekStart(at: number): number {
  const day = at - (at % DAY_MS);
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY_MS;
}
