import {
  DEFAULT_PRIOR_STRENGTH,
  DEFAULT_QUALITY_WINDOW_DAYS,
  noOutcomes,
  sourceFigures,
  sourceQualities,
  type SourceFigures,
  type SourceQuality,
} from "../domain/source-quality.js";
import { sourceOutcomeCounts } from "./queries/source-quality.js";
import { listSources } from "./queries/sources.js";
import type { Runner } from "./store.js";

const DAY_MS = 86_400_000;

/** How long a process trusts the source figures rules read before it measures them again. */
export const SOURCE_QUALITY_TTL_MS = 5 * 60_000;

export interface QualityWindow {
  from: number;
  to: number;
  priorStrength: number;
}

/** Every source's quality over the window, sources without leads in it included (at their category's average). */
export async function measureSources(on: Runner, window: QualityWindow): Promise<SourceQuality[]> {
  const [sources, counted] = [await listSources(on), await sourceOutcomeCounts(on, window.from, window.to)];
  const bySource = new Map(counted.map((c) => [c.source, c]));
  const all = sources.map((s) => bySource.get(s.key) ?? noOutcomes(s.key, s.category));
  return sourceQualities(all, window.priorStrength);
}

/**
 * The figures rule conditions read as `source.quality`, `source.returnRate`, …: every source
 * measured over the default window at once, and kept for `SOURCE_QUALITY_TTL_MS`, so a lead
 * costs a lookup in a map, never a query. A running scheduler keeps them (`keep`): it measures
 * at its start and again each time they are older than that, and intake never measures. Without
 * one, intake (`fresh`) measures when the figures are older than that. A routing decision reads
 * what is known (`peek`).
 */
export class SourceQualityCache {
  #figures = new Map<string, SourceFigures>();
  #measuredAt = Number.NEGATIVE_INFINITY;
  #measuring: Promise<void> | null = null;
  /** Schedulers keeping the figures fresh. */
  #keepers = 0;

  constructor(private readonly ttlMs = SOURCE_QUALITY_TTL_MS) {}

  /** A source's figures as last measured; undefined before the first measure or for a new source. */
  peek(source: string): SourceFigures | undefined {
    return this.#figures.get(source);
  }

  /** When the figures were last measured (−∞ before the first measure). */
  get measuredAt(): number {
    return this.#measuredAt;
  }

  /** Whether the figures are older than the time to live at `now`. */
  due(now: number): boolean {
    return now - this.#measuredAt >= this.ttlMs;
  }

  /**
   * What intake waits for before it routes: nothing while a scheduler keeps the figures (but the
   * scheduler's first measure, when a lead comes before it ends). Without one, figures no older
   * than the time to live: the first measure is waited for; after that, figures gone stale are
   * measured again in the background while the old ones serve.
   */
  fresh(on: Runner, now: number): Promise<void> | undefined {
    if (this.#keepers > 0)
      return this.#measuredAt === Number.NEGATIVE_INFINITY ? (this.#measuring ?? undefined) : undefined;
    if (!this.due(now)) return undefined;
    if (this.#measuredAt === Number.NEGATIVE_INFINITY) return this.refresh(on, now);
    // A failed background measure leaves the old figures; the next lead tries again.
    this.refresh(on, now).catch(() => undefined);
    return undefined;
  }

  /** A scheduler keeps the figures fresh from now on, until it calls what this answers. */
  keep(): () => void {
    this.#keepers += 1;
    let released = false;
    return () => {
      if (!released) this.#keepers -= 1;
      released = true;
    };
  }

  /** Measures every source now (joining a measure already under way). */
  async refresh(on: Runner, now: number): Promise<void> {
    this.#measuring ??= (async () => {
      try {
        const measured = await measureSources(on, {
          from: now - DEFAULT_QUALITY_WINDOW_DAYS * DAY_MS,
          to: now + 1,
          priorStrength: DEFAULT_PRIOR_STRENGTH,
        });
        this.#figures = new Map(measured.map((q) => [q.source, sourceFigures(q)]));
        this.#measuredAt = now;
      } finally {
        this.#measuring = null;
      }
    })();
    await this.#measuring;
  }

  /** The figures are measured again at the next need, and waited for. */
  forget(): void {
    this.#measuredAt = Number.NEGATIVE_INFINITY;
  }
}
