import { matchesAll } from "./filters.js";
import type { Price, RoutableLead } from "./types.js";

/** Cents a recipient pays for a lead: fixed, or the first rule whose conditions all hold, else the default. */
export function priceFor(price: Price | undefined, lead: RoutableLead): number {
  if (price === undefined) return 0;
  if (typeof price === "number") return price;
  for (const rule of price.rules) if (matchesAll(rule.when, lead)) return rule.price;
  return price.default;
}
