import { firstIdAt } from "../domain/ids.js";
import { isStaff, type Principal } from "../domain/user.js";
import {
  assignedRecipients,
  liveCounters,
  newestEventId,
  poolOf,
  poolRecipientsOf,
  type LiveCounters,
} from "../store/queries/stream.js";
import { eventsAfter, type EventWithLead } from "../store/queries/lead-events.js";
import type { Store } from "../store/store.js";

/** One change a live screen hears of: ids and the lead's state, never its contact details. */
export interface LeadChange {
  type: string;
  leadId: string;
  /** The assignment (offer, claim) the event is about, if any. */
  assignmentId: string | null;
  /** The recipient it concerns; for an agent or partner, only when that is itself. */
  recipient: string | null;
  category: string;
  status: string;
  stage: string;
  priority: string;
  at: string;
}

/** What a stream sends: a lead change with its event id, the staff's counters, or a request to fetch afresh. */
export type LiveMessage =
  | { id: string; data: LeadChange }
  | { id: null; data: { type: "counters" } & LiveCounters }
  | { id: null; data: { type: "reset"; reason: string } };

export interface LiveOptions {
  /** How often the event log is read without a wake-up (stragglers, a lost notification). */
  pollMs?: number;
  /** How far back each slow pass looks again for events that committed late. */
  settleMs?: number;
  /** Most events replayed to a stream that resumes; past it the stream is told to fetch afresh. */
  replayLimit?: number;
  /** Counters go to staff at most this often. */
  countersEveryMs?: number;
  onError?: (error: unknown) => void;
}

interface Subscriber {
  principal: Principal;
  send: (message: LiveMessage) => void;
  /** An agent's or partner's pool now: who hears that a pooled lead was taken. */
  pool: Set<string>;
}

const PAGE = 1000;

/**
 * Live updates for every stream of this process, read from the lead event log: the log commits
 * with the change it describes, so a stream hears exactly what was committed, in every process.
 * A wake-up (NOTIFY on PostgreSQL, a commit on SQLite) reads what is new; a slower pass also
 * reads the last seconds again, for events whose transaction committed after a newer one's.
 * Each event is sent to the streams allowed to see its lead, as the API decides it: staff see
 * all; an agent or partner the leads it holds or held, offers to it and its pool.
 */
export class LiveEvents {
  readonly #store: Store;
  readonly #pollMs: number;
  readonly #settleMs: number;
  readonly #replayLimit: number;
  readonly #countersEveryMs: number;
  readonly #onError: (error: unknown) => void;
  readonly #subscribers = new Set<Subscriber>();
  /** Ids read within the settle window, with when they were read, so a second read sends nothing twice. */
  readonly #seen = new Map<string, number>();
  #cursor: string | null = null;
  #unwatch: Promise<() => Promise<void>> | null = null;
  #timer: NodeJS.Timeout | null = null;
  #reading: Promise<void> | null = null;
  #again = false;
  #lastSlowPass = 0;
  #countersAt = 0;
  #countersDue = false;

  constructor(store: Store, options: LiveOptions = {}) {
    this.#store = store;
    this.#pollMs = options.pollMs ?? 1000;
    this.#settleMs = options.settleMs ?? 5000;
    this.#replayLimit = options.replayLimit ?? 500;
    this.#countersEveryMs = options.countersEveryMs ?? 2000;
    this.#onError = options.onError ?? (() => undefined);
  }

  /**
   * Starts sending `principal`'s events to `send`. With `lastEventId` it first sends what came
   * after that event, up to the replay limit (beyond it, a `reset`). Answers the unsubscribe.
   */
  async subscribe(
    principal: Principal,
    lastEventId: string | null,
    send: (message: LiveMessage) => void,
  ): Promise<() => void> {
    const subscriber: Subscriber = { principal, send, pool: new Set() };
    if (!isStaff(principal) && principal.recipient)
      for (const id of await poolOf(this.#store, principal.recipient)) subscriber.pool.add(id);
    await this.#start();
    if (lastEventId !== null) await this.#replay(subscriber, lastEventId);
    this.#subscribers.add(subscriber);
    if (isStaff(principal))
      send({ id: null, data: { type: "counters", ...(await liveCounters(this.#store)) } });
    return () => {
      this.#subscribers.delete(subscriber);
      if (this.#subscribers.size === 0) void this.#stop();
    };
  }

  /** Reads the log now (a wake-up); tests and the stores' watchers call it. */
  wake(): Promise<void> {
    if (this.#reading) {
      this.#again = true;
      return this.#reading;
    }
    this.#reading = (async () => {
      do {
        this.#again = false;
        try {
          await this.#read();
        } catch (error) {
          this.#onError(error);
        }
      } while (this.#again);
      this.#reading = null;
    })();
    return this.#reading;
  }

  async close(): Promise<void> {
    this.#subscribers.clear();
    await this.#stop();
  }

  async #start(): Promise<void> {
    if (this.#cursor === null) this.#cursor = await newestEventId(this.#store);
    if (!this.#unwatch && this.#store.watchEvents)
      this.#unwatch = this.#store.watchEvents(() => void this.wake());
    this.#timer ??= setInterval(() => void this.wake(), this.#pollMs);
    this.#timer.unref?.();
  }

  async #stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    const unwatch = this.#unwatch;
    this.#unwatch = null;
    this.#cursor = null;
    this.#seen.clear();
    if (unwatch) await (await unwatch)().catch(this.#onError);
  }

  async #read(): Promise<void> {
    if (this.#subscribers.size === 0 || this.#cursor === null) return;
    const now = Date.now();
    const slow = now - this.#lastSlowPass >= this.#pollMs;
    let from = this.#cursor;
    if (slow) {
      this.#lastSlowPass = now;
      const settled = firstIdAt("event", now - this.#settleMs);
      if (settled < from) from = settled;
      for (const [id, at] of this.#seen) if (at < now - this.#settleMs) this.#seen.delete(id);
    }
    for (;;) {
      const fetched = await eventsAfter(this.#store, from, PAGE);
      const rows = fetched.filter((r) => !this.#seen.has(r.id));
      if (rows.length > 0) {
        for (const r of rows) this.#seen.set(r.id, now);
        const last = rows[rows.length - 1]!.id;
        if (last > this.#cursor) this.#cursor = last;
        await this.#dispatch(rows, [...this.#subscribers]);
        this.#countersDue = true;
      }
      if (fetched.length < PAGE) break;
      from = fetched[fetched.length - 1]!.id;
    }
    await this.#sendCounters(now);
  }

  async #sendCounters(now: number): Promise<void> {
    if (!this.#countersDue || now - this.#countersAt < this.#countersEveryMs) return;
    const staff = [...this.#subscribers].filter((s) => isStaff(s.principal));
    if (staff.length === 0) return;
    this.#countersDue = false;
    this.#countersAt = now;
    const counters = await liveCounters(this.#store);
    for (const s of staff) s.send({ id: null, data: { type: "counters", ...counters } });
  }

  async #replay(subscriber: Subscriber, lastEventId: string): Promise<void> {
    const rows = await eventsAfter(this.#store, lastEventId, this.#replayLimit + 1);
    if (rows.length > this.#replayLimit) {
      subscriber.send({
        id: null,
        data: { type: "reset", reason: "more changed while away than a stream replays: fetch afresh" },
      });
      return;
    }
    await this.#dispatch(rows, [subscriber]);
  }

  async #dispatch(rows: EventWithLead[], subscribers: Subscriber[]): Promise<void> {
    const changes = rows.map(changeOf);
    const partners = subscribers.filter((s) => !isStaff(s.principal));
    let holders = new Map<string, Set<string>>();
    let pools = new Map<string, Set<string>>();
    if (partners.length > 0) {
      const leadIds = [...new Set(rows.map((r) => r.leadId))];
      holders = await assignedRecipients(this.#store, leadIds);
      pools = await poolRecipientsOf(this.#store, leadIds);
    }
    for (const s of subscribers) {
      const staff = isStaff(s.principal);
      const me = s.principal.recipient;
      for (const [i, change] of changes.entries()) {
        const id = rows[i]!.id;
        if (staff) {
          safeSend(s, { id, data: change });
          continue;
        }
        if (me === null) continue;
        const postedToMe = pools.get(change.leadId)?.has(me) ?? false;
        if (postedToMe) s.pool.add(change.leadId);
        const visible =
          change.recipient === me ||
          (holders.get(change.leadId)?.has(me) ?? false) ||
          postedToMe ||
          s.pool.has(change.leadId);
        if (!visible) continue;
        if (s.pool.has(change.leadId) && change.status !== "pooled") s.pool.delete(change.leadId);
        safeSend(s, { id, data: change.recipient === me ? change : { ...change, recipient: null } });
      }
    }
  }
}

function safeSend(s: Subscriber, message: LiveMessage): void {
  try {
    s.send(message);
  } catch {
    // A stream that cannot take a message is closing; its own close handler unsubscribes it.
  }
}

function changeOf(r: EventWithLead): LeadChange {
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(r.data) as Record<string, unknown>;
  } catch {
    // An event without readable data is still a change of its lead.
  }
  const text = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    type: r.type,
    leadId: r.leadId,
    assignmentId: text(data["assignment"]),
    recipient: text(data["recipient"]),
    category: r.category,
    status: r.status,
    stage: r.stage,
    priority: r.priority,
    at: new Date(r.at).toISOString(),
  };
}
