import {
  CAP_WINDOWS,
  recipientTimeZone,
  windowKeys,
  type Candidate,
  type RecipientState,
  type RotationState,
  type WindowKeys,
} from "../../domain/routing/index.js";
import type { Recipient } from "../../domain/recipient.js";
import { consumedRows, readRoutingState, type Consumed } from "../../store/queries/routing-state.js";
import type { RoutingWrites } from "../../store/engine.js";
import type { Runner } from "../../store/store.js";

/**
 * A recipient's state for routing in one category as stored, in the windows of one instant:
 * its cap counters, month spend, open leads and rotation position. Never changed once read;
 * what a batch of decisions adds on top is its `Pending`.
 */
export interface StoredState {
  category: string;
  config: Recipient;
  windows: WindowKeys;
  /**
   * Counters by window key (`hour:…`, `day:…`, …), of the windows in `windows` its caps and
   * budget look at (`watchedWindows`).
   */
  counters: ReadonlyMap<string, Counter>;
  openLeads: number;
  /** None while the recipient has no rotation row in the category. */
  rotation: RotationState | null;
}

export interface Counter {
  assignments: number;
  spentCents: number;
}

export type { Consumed };

export interface RotationRow {
  recipient: string;
  lastServed: number;
  currentWeight: number;
}

/**
 * The windows whose counters a decision looks at for the recipient: those it has a cap in, and
 * the month when it has a budget (its spend). The others are never compared with anything, so
 * they are not read: they count as 0 in its state, while every decision still adds to them.
 */
function watchedWindows(r: Recipient, windows: WindowKeys): string[] {
  const out: string[] = [];
  for (const w of CAP_WINDOWS)
    if (r.caps?.[w] !== undefined || (w === "month" && r.budgetCents !== undefined)) out.push(windows[w]);
  return out;
}

/** The recipients' state as stored, in one read of the engine's (see `readRoutingState`). */
export async function readStates(
  db: Runner,
  category: string,
  recipients: readonly Recipient[],
  now: number,
): Promise<StoredState[]> {
  const keys = recipients.map((r) => r.key);
  const windowsOf = recipients.map((r) => windowKeys(recipientTimeZone(r), now));
  const windows = recipients.flatMap((r, i) =>
    watchedWindows(r, windowsOf[i]!).map((window) => ({ recipient: r.key, window })),
  );
  const stored = await readRoutingState(db, { category, recipients: keys, windows });
  const rotation = new Map(
    stored.rotation.map((r) => [r.recipient, { lastServed: r.last_served, currentWeight: r.current_weight }]),
  );
  const counters = new Map<string, Map<string, Counter>>();
  for (const r of stored.counters) {
    let m = counters.get(r.recipient);
    if (!m) counters.set(r.recipient, (m = new Map()));
    m.set(r.window, { assignments: r.assignments, spentCents: r.spent_cents });
  }
  const open = new Map(stored.load.map((r) => [r.recipient, r.open_leads]));
  return recipients.map((config, i) => ({
    category,
    config,
    windows: windowsOf[i]!,
    counters: counters.get(config.key) ?? new Map<string, Counter>(),
    openLeads: open.get(config.key) ?? 0,
    rotation: rotation.get(config.key) ?? null,
  }));
}

/**
 * What decisions made but not written yet add to the recipients' stored state: counters by
 * recipient and window, open leads by recipient, rotation by category and recipient. A
 * recipient's state for the next decision is its stored state plus this (`candidateOf`).
 */
export class Pending {
  readonly #added = new Map<string, Added>();
  readonly #rotation = new Map<string, RotationRow & { category: string }>();
  readonly #consumed: Consumed[] = [];

  /**
   * What the decisions add to the recipient's counters and open leads, and how often that or
   * its rotation changed: a candidate made from it holds while `changes` stays where it was.
   */
  of(recipient: string): Added {
    let a = this.#added.get(recipient);
    if (!a) this.#added.set(recipient, (a = { changes: 0, counters: new Map(), openLeads: 0 }));
    return a;
  }

  rotation(category: string, recipient: string): RotationState | undefined {
    const r = this.#rotation.get(`${category}\u0000${recipient}`);
    return r && { lastServed: r.lastServed, currentWeight: r.currentWeight };
  }

  consume(items: readonly Consumed[]): void {
    for (const i of items) {
      const added = this.of(i.recipient);
      const { windows } = i;
      if (windows) {
        addTo(added.counters, windows.hour, i.assignments, 0);
        addTo(added.counters, windows.day, i.assignments, 0);
        addTo(added.counters, windows.week, i.assignments, 0);
        addTo(added.counters, windows.month, i.assignments, i.spentCents);
      }
      added.openLeads += i.openLeads;
      added.changes++;
    }
    this.#consumed.push(...items);
  }

  rotate(category: string, rows: readonly RotationRow[]): void {
    for (const r of rows) {
      this.#rotation.set(`${category}\u0000${r.recipient}`, { ...r, category });
      this.of(r.recipient).changes++;
    }
  }

  /** What to write of it all, with the categories' sequences: rotation rows, counters and open leads. */
  writes(sequences: ReadonlyMap<string, number>): Omit<RoutingWrites, "assignments"> {
    return {
      sequences: [...sequences].map(([category, sequence]) => ({ category, sequence })),
      rotation: [...this.#rotation.values()].map((r) => ({
        category: r.category,
        recipient: r.recipient,
        last_served: r.lastServed,
        current_weight: r.currentWeight,
      })),
      ...consumedRows(this.#consumed),
    };
  }
}

/**
 * The recipient's state as stored once what a batch's decisions added to it (`added`, and its
 * new `rotation`) is written: what reading it again after the batch commits would answer, in
 * the same windows.
 */
export function storedAfter(s: StoredState, added: Added, rotation: RotationState | undefined): StoredState {
  if (added.changes === 0 && rotation === undefined) return s;
  const counters = new Map(s.counters);
  // Only the windows a fresh read reads: the others count as 0 in a read state.
  for (const window of watchedWindows(s.config, s.windows)) {
    const more = added.counters.get(window);
    if (!more) continue;
    const stored = counters.get(window);
    counters.set(window, {
      assignments: (stored?.assignments ?? 0) + more.assignments,
      spentCents: (stored?.spentCents ?? 0) + more.spentCents,
    });
  }
  return { ...s, counters, openLeads: s.openLeads + added.openLeads, rotation: rotation ?? s.rotation };
}

/** What a batch's decisions add to one recipient's state (see `Pending#of`). */
export interface Added {
  changes: number;
  /** By window key. */
  counters: Map<string, Counter>;
  openLeads: number;
}

function addTo(counters: Map<string, Counter>, window: string, assignments: number, spentCents: number) {
  const c = counters.get(window);
  if (c) {
    c.assignments += assignments;
    c.spentCents += spentCents;
  } else counters.set(window, { assignments, spentCents });
}

/**
 * A recipient as the pure decision sees it: its stored state plus what `pending` adds. A
 * recipient that has not taken its turn yet in the category stands at the current sequence.
 */
export function candidateOf(s: StoredState, sequence: number, pending?: Pending): Candidate {
  const key = s.config.key;
  const added = pending?.of(key);
  const counter = (window: string) => {
    const stored = s.counters.get(window);
    const more = added?.counters.get(window);
    return {
      assignments: (stored?.assignments ?? 0) + (more?.assignments ?? 0),
      spentCents: (stored?.spentCents ?? 0) + (more?.spentCents ?? 0),
    };
  };
  const month = counter(s.windows.month);
  const counts: RecipientState["counts"] = {
    hour: counter(s.windows.hour).assignments,
    day: counter(s.windows.day).assignments,
    week: counter(s.windows.week).assignments,
    month: month.assignments,
  };
  return {
    config: s.config,
    state: {
      counts,
      spentCents: month.spentCents,
      openLeads: s.openLeads + (added?.openLeads ?? 0),
      rotation: pending?.rotation(s.category, key) ??
        s.rotation ?? { lastServed: sequence, currentWeight: 0 },
    },
  };
}

/** The recipients with their state as stored, for a look or a decision outside a batch. */
export async function withStates(
  db: Runner,
  category: string,
  recipients: readonly Recipient[],
  now: number,
  sequence: number,
): Promise<Candidate[]> {
  if (recipients.length === 0) return [];
  const states = await readStates(db, category, recipients, now);
  return states.map((s) => candidateOf(s, sequence));
}
