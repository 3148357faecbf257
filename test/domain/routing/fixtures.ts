import { decide, type DecideOptions } from "../../../src/domain/routing/decide.js";
import { recipientTimeZone, windowKeys } from "../../../src/domain/routing/eligibility.js";
import type {
  Candidate,
  CapWindow,
  Decision,
  Plan,
  RecipientConfig,
  RecipientState,
  RoutableLead,
  Tier,
} from "../../../src/domain/routing/types.js";

export const at = (iso: string): number => Date.parse(iso);

export function recipient(key: string, over: Partial<RecipientConfig> = {}): RecipientConfig {
  return {
    key,
    name: key,
    kind: "agent",
    categories: ["solar"],
    status: "available",
    tags: [],
    createdAt: 0,
    ...over,
  };
}

export function lead(over: Partial<RoutableLead> = {}): RoutableLead {
  return {
    id: "lead-1",
    category: "solar",
    source: "web",
    createdAt: at("2026-11-23T15:00:00Z"),
    state: "IA",
    zip: "50301",
    score: 50,
    priority: "warm",
    costCents: 0,
    fields: {},
    ...over,
  };
}

export function state(over: Partial<RecipientState> = {}): RecipientState {
  return {
    counts: { hour: 0, day: 0, week: 0, month: 0 },
    spentCents: 0,
    openLeads: 0,
    rotation: { lastServed: 0, currentWeight: 0 },
    ...over,
  };
}

export function candidate(config: RecipientConfig, over: Partial<RecipientState> = {}): Candidate {
  return { config, state: state(over) };
}

export function tier(over: Partial<Tier> = {}): Tier {
  return { select: {}, method: "round_robin", mode: "direct", ...over };
}

export function plan(...tiers: Partial<Tier>[]): Plan {
  return { version: 1, tiers: tiers.map(tier) };
}

/**
 * Plays the store around `decide`: counters per (recipient, window key), rotation and the
 * category sequence, committing each decision's updates before the next one.
 */
export class SimulatedStore {
  readonly #configs = new Map<string, RecipientConfig>();
  readonly #windowCounts = new Map<string, number>();
  readonly #spent = new Map<string, number>();
  readonly #open = new Map<string, number>();
  readonly #rotation = new Map<string, RecipientState["rotation"]>();
  sequence = 0;
  readonly log: { leadId: string; at: number; keys: string[] }[] = [];

  constructor(configs: readonly RecipientConfig[] = []) {
    for (const c of configs) this.upsert(c);
  }

  /** A newcomer starts at the current sequence, so it queues behind everyone already there. */
  upsert(config: RecipientConfig): void {
    if (!this.#rotation.has(config.key))
      this.#rotation.set(config.key, { lastServed: this.sequence, currentWeight: 0 });
    this.#configs.set(config.key, config);
  }

  remove(key: string): void {
    this.#configs.delete(key);
  }

  config(key: string): RecipientConfig | undefined {
    return this.#configs.get(key);
  }

  get keys(): string[] {
    return [...this.#configs.keys()];
  }

  closeLead(key: string): void {
    this.#open.set(key, Math.max(0, (this.#open.get(key) ?? 0) - 1));
  }

  candidates(now: number): Candidate[] {
    return [...this.#configs.values()].map((config) => {
      const keys = windowKeys(recipientTimeZone(config), now);
      const count = (w: CapWindow) => this.#windowCounts.get(`${config.key}|${keys[w]}`) ?? 0;
      return {
        config,
        state: {
          counts: { hour: count("hour"), day: count("day"), week: count("week"), month: count("month") },
          spentCents: this.#spent.get(`${config.key}|${keys.month}`) ?? 0,
          openLeads: this.#open.get(config.key) ?? 0,
          rotation: { lastServed: 0, currentWeight: 0, ...this.#rotation.get(config.key) },
        },
      };
    });
  }

  route(l: RoutableLead, p: Plan, now: number, options?: DecideOptions): Decision {
    const decision = decide(l, p, this.candidates(now), this.sequence, now, options);
    this.commit(decision);
    this.log.push({ leadId: l.id, at: now, keys: decision.assignments.map((a) => a.recipientKey) });
    return decision;
  }

  commit(decision: Decision): void {
    this.sequence = decision.categorySequence;
    for (const u of decision.updates) {
      const previous = this.#rotation.get(u.key) ?? { lastServed: 0, currentWeight: 0 };
      this.#rotation.set(u.key, { ...previous, ...u.rotation });
      if (!u.increment) continue;
      for (const w of ["hour", "day", "week", "month"] as const) {
        const k = `${u.key}|${u.increment.windows[w]}`;
        this.#windowCounts.set(k, (this.#windowCounts.get(k) ?? 0) + u.increment.assignments);
      }
      const m = `${u.key}|${u.increment.windows.month}`;
      this.#spent.set(m, (this.#spent.get(m) ?? 0) + u.increment.spentCents);
      this.#open.set(u.key, (this.#open.get(u.key) ?? 0) + u.increment.openLeads);
    }
  }

  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const entry of this.log) for (const k of entry.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  }
}
