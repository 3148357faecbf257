import type BetterSqlite3 from "better-sqlite3";
import { chunks } from "../prepared.js";
import type { DedupeClaim, DedupeHolder } from "../engine.js";
import { KeyTable } from "./key-table.js";

interface Held extends DedupeHolder {
  id: number;
}

interface KeyRow {
  category: string;
  kind: string;
  value: string;
  lead_id: string;
  created_at: number;
}

/** Rows read per statement while catching up (a first catch-up reads every key). */
const CATCH_UP_ROWS = 10_000;

/**
 * Dedupe keys on SQLite. On disk they are a log, `dedupe_keys` in the order they were claimed
 * (an autoincrement id), the newest row of a value being its holder; which row that is, is kept
 * in memory (`KeyTable`). A claim thus appends rows that share pages with the batch's other
 * claims, where an index ordered by value would put each claim on a page of its own, in a
 * random place: most of the pages a lead wrote, and of the time its commit took.
 *
 * The table is only ever behind the log, never ahead: a transaction first reads the rows other
 * connections (another process on the same file) appended since it last looked, while it holds
 * the write lock, so nobody appends meanwhile; the keys it claims itself wait in `#pending` and
 * join the table once the transaction commits (a savepoint rolled back takes its claims with it).
 * A process catches up from the first row when it opens the store (`SqliteStore.migrate`): about
 * 25 bytes of memory a key, and under two seconds a million keys.
 */
export class SqliteDedupe {
  #table = new KeyTable();
  /** Every row up to this id is in the table. */
  #seen = 0;
  #caughtUp = false;
  /** The id of the next key claimed in the open transaction, once it caught up. */
  #nextId = 0;
  /** Keys claimed or released in the open transaction, by key; `null` once released. */
  readonly #pending = new Map<string, Held | null>();
  /** How to undo each change of `#pending`, newest last. */
  readonly #undo: { key: string; was: Held | null | undefined }[] = [];
  readonly #statement: (sql: string) => BetterSqlite3.Statement;

  constructor(statement: (sql: string) => BetterSqlite3.Statement) {
    this.#statement = statement;
  }

  /** A write transaction began: the next dedupe in it reads what others appended first. */
  begin(): void {
    this.#caughtUp = false;
  }

  /** Where a savepoint began, for `rollbackTo`. */
  mark(): number {
    return this.#undo.length;
  }

  rollbackTo(mark: number): void {
    while (this.#undo.length > mark) {
      const { key, was } = this.#undo.pop()!;
      if (was === undefined) this.#pending.delete(key);
      else this.#pending.set(key, was);
    }
  }

  /** The transaction committed: its claims are the holders now. */
  commit(): void {
    try {
      for (const [key, held] of this.#pending) {
        if (!held) continue;
        this.#table.set(key, held.id, this.#holds(key));
        if (held.id > this.#seen) this.#seen = held.id;
      }
    } catch {
      // Reading a row back failed: start over from the log at the next transaction.
      this.#table = new KeyTable();
      this.#seen = 0;
    } finally {
      this.#clear();
    }
  }

  rollback(): void {
    this.#clear();
  }

  /**
   * Makes each claim's lead the holder of its value unless another lead holds it since
   * `windowStart`, and returns the claims that succeeded (the objects given). Each value is
   * named once.
   */
  claim(category: string, claims: readonly DedupeClaim[], windowStart: number): Set<DedupeClaim> {
    this.catchUp();
    // Each key made once: its hash is worked out with the string, the first time it is used.
    const won: { claim: DedupeClaim; key: string }[] = [];
    for (const claim of claims) {
      const key = keyOf(category, claim.kind, claim.value);
      const holder = this.#holder(key);
      if (!holder || holder.createdAt < windowStart) won.push({ claim, key });
    }
    for (const chunk of chunks(won)) {
      const values: unknown[] = [];
      for (const { claim: c, key } of chunk) {
        const id = this.#nextId++;
        values.push(id, category, c.kind, c.value, c.leadId, c.at);
        this.#change(key, { id, leadId: c.leadId, createdAt: c.at });
      }
      this.#statement(insertSql(chunk.length)).run(values);
    }
    return new Set(won.map((w) => w.claim));
  }

  /** The lead that holds a value, and since when. */
  holder(category: string, kind: string, value: string): DedupeHolder | undefined {
    this.catchUp();
    return this.#holder(keyOf(category, kind, value));
  }

  /** Gives up what these claims took in this transaction (their lead was a duplicate after all). */
  release(category: string, claims: readonly DedupeClaim[]): void {
    for (const c of claims) {
      const key = keyOf(category, c.kind, c.value);
      const held = this.#pending.get(key);
      if (!held || held.leadId !== c.leadId) continue;
      this.#statement("delete from dedupe_keys where id = ?").run(held.id);
      this.#change(key, null);
    }
  }

  #holder(key: string): DedupeHolder | undefined {
    const pending = this.#pending.get(key);
    if (pending !== undefined) return pending ?? undefined;
    let row: KeyRow | undefined;
    const holds = this.#holds(key, (r) => (row = r));
    return this.#table.get(key, holds) > 0 ? { leadId: row!.lead_id, createdAt: row!.created_at } : undefined;
  }

  /** Whether row `id` is of `key` (handing the row to `found` when it is). */
  #holds(key: string, found?: (row: KeyRow) => void): (id: number) => boolean {
    return (id) => {
      const row = this.#statement(
        "select category, kind, value, lead_id, created_at from dedupe_keys where id = ?",
      ).get(id) as KeyRow | undefined;
      if (!row || keyOf(row.category, row.kind, row.value) !== key) return false;
      found?.(row);
      return true;
    };
  }

  #change(key: string, held: Held | null): void {
    this.#undo.push({ key, was: this.#pending.get(key) });
    this.#pending.set(key, held);
  }

  /** Reads the rows appended since the last look; at once unless done in this transaction. */
  catchUp(): void {
    if (this.#caughtUp) return;
    const read = this.#statement(
      `select id, category, kind, value from dedupe_keys where id > ? order by id limit ${CATCH_UP_ROWS}`,
    );
    for (;;) {
      const rows = read.all(this.#seen) as { id: number; category: string; kind: string; value: string }[];
      for (const r of rows) {
        const key = keyOf(r.category, r.kind, r.value);
        this.#table.set(key, r.id, this.#holds(key));
        this.#seen = r.id;
      }
      if (rows.length < CATCH_UP_ROWS) break;
    }
    // Past every id the log ever gave, its rows given up included (autoincrement's record).
    const last = this.#statement("select seq from sqlite_sequence where name = 'dedupe_keys'").get() as
      { seq: number } | undefined;
    this.#nextId = Math.max(this.#seen, last?.seq ?? 0) + 1;
    this.#caughtUp = true;
  }

  #clear(): void {
    this.#pending.clear();
    this.#undo.length = 0;
  }
}

const keyOf = (category: string, kind: string, value: string) => `${category}\u0000${kind}\u0000${value}`;

/** The insert statements by row count, at most `chunks`' 500. */
const insertSqls: string[] = [];

/** A multi-row insert of `n` keys. */
function insertSql(n: number): string {
  return (insertSqls[n] ??=
    "insert into dedupe_keys (id, category, kind, value, lead_id, created_at) values " +
    Array.from({ length: n }, () => "(?, ?, ?, ?, ?, ?)").join(", "));
}
