import type { BidPriceTable } from "../domain/routing/bid-prices.js";
import type { ArrivalHistory } from "../domain/routing/demand-forecast.js";
import { RecipientIndex, type Plan } from "../domain/routing/index.js";
import { runningExperiment } from "./queries/experiments.js";
import { getPlan } from "./queries/plans.js";
import { SourceQualityCache } from "./source-quality-cache.js";
import { listRecipients, type Recipient } from "./queries/recipients.js";
import type { Tx } from "./engine.js";

/** A category's routing configuration at one version: its plan and its recipients, indexed by territory. */
export interface CategoryRouting {
  configVersion: number;
  plan: Plan;
  index: RecipientIndex<Recipient>;
  /** The category's running experiment: new leads are routed by the plan of the arm they fall in. */
  experiment?: RoutingExperiment;
}

/** A running experiment as routing needs it. `leads` moves as this process records leads in it. */
export interface RoutingExperiment {
  id: string;
  startedAt: number;
  endsAt: number | null;
  maxLeads: number | null;
  leads: number;
  shares: number[];
  plans: Plan[];
}

/** Bid prices solved per category, and the arrivals of past weeks they were solved from. */
export interface BidPriceCache {
  /**
   * By category, then by plan version: the arms of an experiment route by different versions at
   * once, and each keeps its own table.
   */
  tables: Map<string, Map<number, { configVersion: number; table: BidPriceTable }>>;
  /** `day` is the local day it is for, e.g. `America/Chicago 2026-11-23`. */
  history: Map<string, { day: string; readAt: number; history: ArrivalHistory }>;
}

/**
 * The routing configuration of each category as this process last read it, and what it
 * worked out from it (`bidPrices`, and the sources' quality). Each store has
 * one (`Store.routingConfigs`): every decision reads the category's configuration version
 * from its routing head, and reads recipients and plan again only when that version moved,
 * so every process decides on the same configuration.
 */
export class RoutingConfigs {
  readonly #byCategory = new Map<string, CategoryRouting>();
  readonly bidPrices: BidPriceCache = { tables: new Map(), history: new Map() };
  /** Every source's quality figures, which rule conditions read as `source.quality` and the like. */
  readonly sourceQuality = new SourceQualityCache();

  /** The configuration last read, which may be out of date: check its version against the head's. */
  known(category: string): CategoryRouting | undefined {
    return this.#byCategory.get(category);
  }

  /** The configuration at the head's version, read in `tx` unless it is the one known. */
  async at(tx: Tx, category: string, configVersion: number, planVersion: number): Promise<CategoryRouting> {
    const cached = this.#byCategory.get(category);
    if (cached && cached.configVersion === configVersion) return cached;
    const recipients = await listRecipients(tx, category);
    const stored = planVersion > 0 ? await getPlan(tx, category, planVersion) : undefined;
    const experiment = await runningExperiment(tx, category);
    const routing: CategoryRouting = {
      configVersion,
      plan: { version: planVersion, tiers: stored?.tiers ?? [] },
      index: RecipientIndex.build(recipients),
      ...(experiment
        ? {
            experiment: {
              id: experiment.id,
              startedAt: experiment.startedAt,
              endsAt: experiment.endsAt,
              maxLeads: experiment.maxLeads,
              leads: experiment.leads,
              shares: experiment.arms.map((a) => a.share),
              plans: experiment.arms.map((a) => ({ version: a.planVersion, tiers: a.tiers })),
            },
          }
        : {}),
    };
    this.#byCategory.set(category, routing);
    return routing;
  }
}
