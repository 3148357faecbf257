import {
  computeBidPrices,
  pricedBuyer,
  type BidPriceTable,
  type PricedBuyer,
} from "../domain/routing/bid-prices.js";
import { forecastRemaining, type ArrivalHistory } from "../domain/routing/demand-forecast.js";
import { recipientTimeZone } from "../domain/routing/eligibility.js";
import { tierSelects } from "../domain/routing/tier-selection.js";
import type { Plan, Price } from "../domain/routing/types.js";
import { localTime, zonedToUtc } from "../domain/routing/zoned-time.js";
import { arrivalCounts } from "../store/queries/arrival-history.js";
import { listRecipients } from "../store/queries/recipients.js";
import { RoutingConfigs, type BidPriceCache } from "../store/routing-configs.js";
import type { Runner } from "../store/store.js";
import { withStates } from "./routing.js";

const HOUR = 3_600_000;

export interface BidPriceOptions {
  /** How long a category's bid prices are used before they are solved again. */
  refreshMs?: number;
  /** How long the arrivals of past weeks are kept before they are read again. */
  historyTtlMs?: number;
  /** How many past weeks of the same weekday the forecast learns from. */
  weeks?: number;
}

/** Does the plan have a tier that ranks by bid prices? */
export const usesBidPrices = (plan: Plan): boolean => plan.tiers.some((t) => t.method === "bid_price");

const defaultPrice = (price: Price | undefined): number =>
  price === undefined ? 0 : typeof price === "number" ? price : price.default;

/**
 * The bid prices of each category whose plan has a `bid_price` tier, kept per process: solved
 * again every `refreshMs` (a minute) from the buyers' remaining day caps and the leads expected for
 * the rest of their day, so a decision only looks them up. The expectation comes from the same
 * weekday and hour of past weeks (read again every `historyTtlMs`, an hour, so imported history
 * counts soon after it is imported), scaled by how busy today is, or from the rate seen so far
 * today when the history is too short.
 */
export class BidPrices {
  readonly #tables: BidPriceCache["tables"];
  readonly #history: BidPriceCache["history"];
  readonly #refreshMs: number;
  readonly #historyTtlMs: number;
  readonly #weeks: number;

  /** `cache`: where the solved tables and the history read are kept (the store's, `RoutingConfigs`). */
  constructor(options: BidPriceOptions = {}, cache: BidPriceCache = new RoutingConfigs().bidPrices) {
    this.#tables = cache.tables;
    this.#history = cache.history;
    this.#refreshMs = options.refreshMs ?? 60_000;
    this.#historyTtlMs = options.historyTtlMs ?? HOUR;
    this.#weeks = options.weeks ?? 4;
  }

  /**
   * The current bid prices of the category's plan version: solved again when they are due, or
   * when its recipients or plan changed (`head`'s versions). Each plan version keeps its own
   * table, so the arms of an experiment that route by different versions share none.
   */
  async tableFor(
    db: Runner,
    category: string,
    plan: Plan,
    head: { configVersion: number; planVersion: number; sequence: number },
    now: number,
  ): Promise<BidPriceTable> {
    let versions = this.#tables.get(category);
    const cached = versions?.get(head.planVersion);
    if (
      cached &&
      cached.configVersion === head.configVersion &&
      now >= cached.table.computedAt &&
      now < cached.table.validUntil
    )
      return cached.table;
    const table = await this.#solve(db, category, plan, head.sequence, now);
    if (!versions) this.#tables.set(category, (versions = new Map()));
    // Tables of an older configuration are never used again: only the versions routed by now stay.
    for (const [version, entry] of versions)
      if (entry.configVersion !== head.configVersion) versions.delete(version);
    versions.set(head.planVersion, { configVersion: head.configVersion, table });
    return table;
  }

  async #solve(
    db: Runner,
    category: string,
    plan: Plan,
    sequence: number,
    now: number,
  ): Promise<BidPriceTable> {
    const tiers = plan.tiers.filter((t) => t.method === "bid_price");
    const recipients = (await listRecipients(db, category)).filter(
      (r) => r.status === "available" && tiers.some((t) => tierSelects(t.select, r)),
    );
    const candidates = await withStates(db, category, recipients, now, sequence);
    // The cap period is the buyers' day: in the zone most of them keep it in.
    const zones = new Map<string, number>();
    for (const r of recipients) zones.set(recipientTimeZone(r), (zones.get(recipientTimeZone(r)) ?? 0) + 1);
    const zone = [...zones].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "UTC";
    const local = localTime(zone, now);
    const dayStart = zonedToUtc(zone, local.year, local.month, local.day);
    const dayEnd = zonedToUtc(zone, local.year, local.month, local.day + 1);

    const today = await arrivalCounts(db, category, dayStart, now);
    const observed = new Map<string, number>();
    let leads = 0;
    let cost = 0;
    for (const row of today) {
      observed.set(row.state, (observed.get(row.state) ?? 0) + row.leads);
      leads += row.leads;
      cost += row.costCents;
    }
    const history = await this.#historyOf(db, category, zone, local, now);
    const forecast = forecastRemaining({
      history,
      observed,
      hoursElapsed: (now - dayStart) / HOUR,
      hoursInPeriod: Math.round((dayEnd - dayStart) / HOUR),
    });
    const averageCost = leads > 0 ? cost / leads : 0;
    const buyers: PricedBuyer[] = candidates.flatMap(
      (c) => pricedBuyer(c, defaultPrice(c.config.price) - averageCost) ?? [],
    );
    let expectedLeads = 0;
    for (const n of forecast.expected.values()) expectedLeads += n;
    return {
      prices: computeBidPrices(buyers, forecast.expected),
      computedAt: now,
      validUntil: Math.min(now + this.#refreshMs, dayEnd),
      basis: forecast.basis,
      expectedLeads,
    };
  }

  /** Arrivals on the same weekday of past weeks, by state and local hour. */
  async #historyOf(
    db: Runner,
    category: string,
    zone: string,
    local: { year: number; month: number; day: number },
    now: number,
  ): Promise<ArrivalHistory> {
    const day = `${zone} ${local.year}-${local.month}-${local.day}`;
    const cached = this.#history.get(category);
    if (cached && cached.day === day && now - cached.readAt < this.#historyTtlMs) return cached.history;
    const counts = new Map<string, number[]>();
    // Weeks before the category's first lead are no history at all.
    let weeks = 0;
    for (let w = 1; w <= this.#weeks; w++) {
      const start = zonedToUtc(zone, local.year, local.month, local.day - 7 * w);
      const end = zonedToUtc(zone, local.year, local.month, local.day - 7 * w + 1);
      const rows = await arrivalCounts(db, category, start, end);
      if (rows.length > 0) weeks = w;
      for (const row of rows) {
        const hour = localTime(zone, Math.max(row.hour, start)).hour;
        let slots = counts.get(row.state);
        if (!slots) counts.set(row.state, (slots = new Array<number>(24).fill(0)));
        slots[hour] = (slots[hour] ?? 0) + row.leads;
      }
    }
    const history: ArrivalHistory = { weeks, counts };
    this.#history.set(category, { day, readAt: now, history });
    return history;
  }
}
