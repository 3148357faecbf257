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
 * costs a lookup in a map, never a query. Intake (`fresh`) and the scheduler (`refresh`) measure
 * again when the figures are older than that; a routing decision reads what is known (`peek`).
 */
export class SourceQualityCache {
  #figures = new Map<string, SourceFigures>();
  #measuredAt = Number.NEGATIVE_INFINITY;
  #measuring: Promise<void> | null = null;

  constructor(private readonly ttlMs = SOURCE_QUALITY_TTL_MS) {}

  /** A source's figures as last measured; undefined before the first measure or for a new source. */
  peek(source: string): SourceFigures | undefined {
    return this.#figures.get(source);
  }

  /**
   * Figures no older than the time to live: waits for the first measure; after that, figures gone
   * stale are measured again in the background while the old ones serve (a lead never waits for
   * a measure but the process's first). Undefined when nothing needs waiting for.
   */
  fresh(on: Runner, now: number): Promise<void> | undefined {
    if (now - this.#measuredAt < this.ttlMs) return undefined;
    if (this.#measuredAt === Number.NEGATIVE_INFINITY) return this.refresh(on, now);
    // A failed background measure leaves the old figures; the next lead tries again.
    this.refresh(on, now).catch(() => undefined);
    return undefined;
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
