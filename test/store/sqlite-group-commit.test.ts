import { statSync } from "node:fs";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { MAX_ATTEMPTS, RetryableConflict, type Engine, type Store, type Tx } from "../../src/store/store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";

let counter = 0;
const aKey = (label: string) => `${label}-${(counter++).toString(36)}`;

/**
 * The rows these tests write live in a table of their own, so the tests hold whatever
 * the application's tables become.
 */
const PROBE = "group_commit_probe";

async function insertRow(tx: Tx, key: string): Promise<string> {
  await sql`insert into ${sql.table(PROBE)} (key) values (${key})`.execute(tx);
  return key;
}

async function storedKeysIn(db: Tx | Store["db"], keys: string[]): Promise<string[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql<{
    key: string;
  }>`select key from ${sql.table(PROBE)} where key in (${sql.join(keys)})`.execute(db);
  return rows.map((r) => r.key).sort();
}

async function openProbeStore(engine: Engine): Promise<TestStore> {
  const t = await openTestStore(engine);
  await sql`create table ${sql.table(PROBE)} (key text primary key)`.execute(t.store.db);
  return t;
}

const settled = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe.each(ENGINES)("store.transact on %s", (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openProbeStore(engine);
  });
  afterAll(async () => t.cleanup());

  it("commits every one of many concurrent transactions and answers each with its own value", async () => {
    const keys = Array.from({ length: 40 }, () => aKey("many"));
    const values = await Promise.all(keys.map((key) => t.store.transact((tx) => insertRow(tx, key))));
    expect(values).toEqual(keys);
    expect(await storedKeysIn(t.store.db, keys)).toEqual([...keys].sort());
  });

  it("rolls back a transaction that throws, alone, and commits the others sent with it", async () => {
    const keys = Array.from({ length: 10 }, () => aKey("ok"));
    const doomed = aKey("doomed");
    const failure = new Error("the work failed half way");
    const outcomes = await settled([
      ...keys.slice(0, 5).map((key) => t.store.transact((tx) => insertRow(tx, key))),
      t.store.transact(async (tx) => {
        await insertRow(tx, doomed);
        throw failure;
      }),
      ...keys.slice(5).map((key) => t.store.transact((tx) => insertRow(tx, key))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual([
      ...Array(5).fill("fulfilled"),
      "rejected",
      ...Array(5).fill("fulfilled"),
    ]);
    expect(outcomes[5]).toEqual({ status: "rejected", reason: failure });
    expect(await storedKeysIn(t.store.db, [...keys, doomed])).toEqual([...keys].sort());
  });

  it("rolls back a transaction that violates a constraint, alone, with what it wrote before", async () => {
    const taken = aKey("taken");
    await t.store.transact((tx) => insertRow(tx, taken));
    const keys = Array.from({ length: 6 }, () => aKey("fine"));
    const before = aKey("before-violation");
    const outcomes = await settled([
      t.store.transact((tx) => insertRow(tx, keys[0]!)),
      t.store.transact(async (tx) => {
        await insertRow(tx, before);
        return insertRow(tx, taken);
      }),
      ...keys.slice(1).map((key) => t.store.transact((tx) => insertRow(tx, key))),
    ]);
    expect(outcomes.filter((o) => o.status === "rejected")).toHaveLength(1);
    expect(outcomes[1]!.status).toBe("rejected");
    expect(await storedKeysIn(t.store.db, [...keys, before])).toEqual([...keys].sort());
  });

  it("runs again a transaction that throws RetryableConflict, keeping only the attempt that succeeded", async () => {
    const others = Array.from({ length: 5 }, () => aKey("beside"));
    const attempts: string[] = [];
    const retried = t.store.transact(async (tx) => {
      const key = await insertRow(tx, aKey(`attempt${attempts.length + 1}`));
      attempts.push(key);
      if (attempts.length < 3) throw new RetryableConflict("lost a race");
      return key;
    });
    const [value] = await Promise.all([
      retried,
      ...others.map((key) => t.store.transact((tx) => insertRow(tx, key))),
    ]);
    expect(attempts).toHaveLength(3);
    expect(value).toBe(attempts[2]);
    expect(await storedKeysIn(t.store.db, [...attempts, ...others])).toEqual(
      [attempts[2]!, ...others].sort(),
    );
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and rejects with the conflict, having kept none of them`, async () => {
    const attempts: string[] = [];
    const outcome = t.store.transact(async (tx) => {
      attempts.push(await insertRow(tx, aKey("forever")));
      throw new RetryableConflict("always loses");
    });
    await expect(outcome).rejects.toBeInstanceOf(RetryableConflict);
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(await storedKeysIn(t.store.db, attempts)).toEqual([]);
  });

  it("does not run again a transaction that fails for any other reason", async () => {
    let runs = 0;
    await expect(
      t.store.transact(async () => {
        runs++;
        throw new TypeError("a bug");
      }),
    ).rejects.toBeInstanceOf(TypeError);
    expect(runs).toBe(1);
  });
});

describe("SQLite group commit", () => {
  let t: TestStore;
  /** A second connection to the same file: it sees only what has been committed. */
  let reader: BetterSqlite3.Database;
  const committed = (keys: string[]): number =>
    (
      reader
        .prepare(`select count(*) as n from ${PROBE} where key in (${keys.map(() => "?").join(",")})`)
        .get(...keys) as { n: number }
    ).n;

  beforeAll(async () => {
    t = await openProbeStore("sqlite");
    reader = new BetterSqlite3(join(t.env["CAROUSEL_DATA_DIR"]!, "carousel.db"), { readonly: true });
  });
  afterAll(async () => {
    reader.close();
    await t.cleanup();
  });
  beforeEach(() => {
    expect(committed(["none"])).toBe(0);
  });

  it("commits the transactions that arrive together in one commit, and answers none before it", async () => {
    const keys = Array.from({ length: 25 }, () => aKey("batch"));
    const seenCommitted: number[] = [];
    const answeredBeforeCommit: boolean[] = [];
    await Promise.all(
      keys.map((key) =>
        t.store
          .transact(async (tx) => {
            seenCommitted.push(committed(keys));
            return insertRow(tx, key);
          })
          .then(() => answeredBeforeCommit.push(committed([key]) === 0)),
      ),
    );
    // Each work saw none of the batch committed: the earlier ones were still in the same open transaction.
    expect(seenCommitted).toEqual(Array(keys.length).fill(0));
    expect(answeredBeforeCommit).toEqual(Array(keys.length).fill(false));
    expect(committed(keys)).toBe(keys.length);
  });

  it("lets the transactions of one batch see what the earlier ones wrote", async () => {
    const first = aKey("first");
    const [, sawFirst] = await Promise.all([
      t.store.transact((tx) => insertRow(tx, first)),
      t.store.transact(async (tx) => (await storedKeysIn(tx, [first])).length === 1),
    ]);
    expect(sawFirst).toBe(true);
  });

  it("commits work that arrives while a batch is committing in a later batch", async () => {
    const early = aKey("early");
    const late = aKey("late");
    let lateDone: Promise<string> | undefined;
    await t.store.transact(async (tx) => {
      lateDone = t.store.transact(async (tx2) => {
        expect(committed([early])).toBe(1);
        return insertRow(tx2, late);
      });
      return insertRow(tx, early);
    });
    expect(await lateDone).toBe(late);
    expect(committed([early, late])).toBe(2);
  });

  it("keeps the batch's other work when one job throws, in the same single commit", async () => {
    const keys = Array.from({ length: 8 }, () => aKey("kept"));
    const seen: number[] = [];
    const outcomes = await settled(
      keys.map((key, i) =>
        t.store.transact(async (tx) => {
          seen.push(committed(keys));
          await insertRow(tx, key);
          if (i === 3) throw new Error("no");
        }),
      ),
    );
    expect(seen).toEqual(Array(keys.length).fill(0));
    expect(outcomes.map((o) => o.status === "fulfilled")).toEqual(keys.map((_, i) => i !== 3));
    expect(committed(keys)).toBe(keys.length - 1);
    expect(committed([keys[3]!])).toBe(0);
  });
});

describe("SQLite write-ahead log", () => {
  const LIMIT = 1024 * 1024;
  let t: TestStore;
  let file: string;
  let store: SqliteStore;
  beforeAll(async () => {
    t = await openProbeStore("sqlite");
    file = join(t.env["CAROUSEL_DATA_DIR"]!, "carousel.db");
    // A second store on the same file, whose log may grow to 1 MiB only.
    store = new SqliteStore(file, { walLimitBytes: LIMIT });
  });
  afterAll(async () => {
    await store.close();
    await t.cleanup();
  });

  it("keeps the connection at synchronous=FULL outside its batches, for writes made without transact", async () => {
    await store.transact((tx) => insertRow(tx, aKey("sync")));
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
    expect(rows[0]?.synchronous).toBe(2);
  });

  it("copies the log into the database file as it goes and starts it over near its limit, under a steady stream of commits", async () => {
    const walBytes = () => statSync(`${file}-wal`).size;
    const value = "x".repeat(3000);
    const commit = async (n: number) => {
      for (let i = 0; i < n; i++) await store.transact((tx) => insertRow(tx, `${aKey("wal")}-${value}`));
    };
    await commit(2400);
    // Each commit adds three pages or more: without checkpoints the log would hold some 60 MB.
    expect(walBytes()).toBeLessThan(8 * LIMIT);
    const other = new BetterSqlite3(file, { readonly: true });
    try {
      const n = other.prepare(`select count(*) as n from ${PROBE} where key like 'wal-%'`).get() as {
        n: number;
      };
      expect(n.n).toBe(2400);
    } finally {
      other.close();
    }
  });
});
