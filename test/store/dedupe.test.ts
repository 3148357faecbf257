import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { captureLeads, Intake, receiveLead, type IntakeResult } from "../../src/services/intake.js";
import { openStore } from "../../src/store/open-store.js";
import type { Engine, Store, Tx } from "../../src/store/store.js";
import { captureSuite } from "../support/capture-suite.js";
import { ENGINES } from "../support/engines.js";
import { startServerProcess } from "../support/server-process.js";

const DAY_MS = 86_400_000;

const idOf = (r: IntakeResult) => (r.kind === "created" ? r.lead.id : `duplicate of ${r.duplicateOf}`);

/** The suite's database and category, with intake as a server does it and a store opened again. */
function keysSuite(engine: Engine) {
  const suite = captureSuite(engine, "keys");
  // Each store's intake, as its process keeps it: leads posted together share a batch.
  const intakes = new Map<Store, Intake>();
  const intakeOf = (store: Store) => intakes.get(store) ?? intakes.set(store, new Intake(store)).get(store)!;
  return {
    suite,
    /** Another store on the same database: another process, or this one started again. */
    openAgain: () =>
      openStore({ databaseUrl: suite.env["DATABASE_URL"], dataDir: suite.env["CAROUSEL_DATA_DIR"]! }),
    post: (store: Store, body: Record<string, unknown>, now?: number) =>
      receiveLead(intakeOf(store), {
        intakeKey: suite.source.intakeKey,
        body,
        ip: null,
        ...(now === undefined ? {} : { now }),
      }),
    /** Captures a lead in a transaction of the caller's. */
    capture: (tx: Tx, email: string) => captureLeads(tx, [suite.capture({ email })]),
  };
}

describe.each(ENGINES)("dedupe keys on %s", (engine: Engine) => {
  const { suite, openAgain, post, capture } = keysSuite(engine);

  it("finds the duplicate of a lead captured before the store was opened again", async () => {
    const first = await post(suite.store, { email: "before@keys.example" });
    const again = openAgain();
    try {
      expect(await post(again, { email: "before@keys.example" })).toEqual({
        kind: "duplicate",
        duplicateOf: idOf(first),
        lead: null,
      });
    } finally {
      await again.close();
    }
  });

  it("finds the duplicates of leads another store on the same database captured meanwhile, both ways", async () => {
    const other = openAgain();
    try {
      await post(other, { email: "warm@keys.example" });
      const mine = await post(suite.store, { email: "mine@keys.example" });
      const theirs = await post(other, { phone: "(515) 555-0190" });
      expect(await post(other, { email: "mine@keys.example" })).toMatchObject({ duplicateOf: idOf(mine) });
      expect(await post(suite.store, { phone: "515-555-0190" })).toMatchObject({
        duplicateOf: idOf(theirs),
      });
    } finally {
      await other.close();
    }
  });

  it("captures exactly one of the same lead posted to two stores on the same database at once", async () => {
    const other = openAgain();
    try {
      const emails = Array.from({ length: 40 }, (_, i) => `race${i}@keys.example`);
      const results = await Promise.all(
        emails.flatMap((email) => [post(suite.store, { email }), post(other, { email })]),
      );
      for (let i = 0; i < emails.length; i++) {
        const pair = [results[2 * i]!, results[2 * i + 1]!];
        expect(pair.map((r) => r.kind).sort()).toEqual(["created", "duplicate"]);
        const created = pair.find((r) => r.kind === "created")!;
        expect(pair.find((r) => r.kind === "duplicate")).toMatchObject({ duplicateOf: idOf(created) });
      }
    } finally {
      await other.close();
    }
  });

  it("captures exactly one of the same lead posted at once to a server process and to this one", async () => {
    const server = await startServerProcess(suite.env);
    try {
      const emails = Array.from({ length: 40 }, (_, i) => `process${i}@keys.example`);
      const viaServer = (email: string) =>
        fetch(`${server.url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": suite.source.intakeKey },
          body: JSON.stringify({ email }),
        }).then(async (res) => ({
          status: res.status,
          body: (await res.json()) as { id?: string; duplicateOf?: string },
        }));
      const results = await Promise.all(
        emails.map(async (email) => {
          const [there, here] = await Promise.all([viaServer(email), post(suite.store, { email })]);
          return { there, here };
        }),
      );
      for (const { there, here } of results) {
        if (here.kind === "created")
          expect(there).toMatchObject({ status: 409, body: { duplicateOf: here.lead.id } });
        else expect(there).toMatchObject({ status: 201, body: { id: here.duplicateOf } });
      }
    } finally {
      await server.kill();
    }
  }, 120_000);

  it("lets a later lead take a value whose holder is older than the window, and holds it from then on", async () => {
    const start = Date.now() - 40 * DAY_MS;
    const old = await post(suite.store, { email: "lapsed@keys.example" }, start);
    const renewed = await post(suite.store, { email: "lapsed@keys.example" }, start + 31 * DAY_MS);
    expect(renewed.kind).toBe("created");
    expect(idOf(renewed)).not.toBe(idOf(old));
    expect(await post(suite.store, { email: "lapsed@keys.example" })).toMatchObject({
      duplicateOf: idOf(renewed),
    });
    const again = openAgain();
    try {
      expect(await post(again, { email: "lapsed@keys.example" })).toMatchObject({
        duplicateOf: idOf(renewed),
      });
    } finally {
      await again.close();
    }
  });

  it("forgets the keys of work that failed", async () => {
    await expect(
      suite.store.transact(async (tx) => {
        await capture(tx, "undone@keys.example");
        throw new Error("the rest of the work failed");
      }),
    ).rejects.toThrow("the rest of the work failed");
    expect((await post(suite.store, { email: "undone@keys.example" })).kind).toBe("created");
  });

  it("forgets the keys of a job that failed, and keeps those of a job beside it that claimed the same value", async () => {
    const [failed, kept] = await Promise.allSettled([
      suite.store.transact(async (tx) => {
        await capture(tx, "beside@keys.example");
        throw new Error("the rest of the work failed");
      }),
      suite.store.transact((tx) => capture(tx, "beside@keys.example")),
    ]);
    expect(failed.status).toBe("rejected");
    const [created] = kept.status === "fulfilled" ? kept.value : [];
    expect(created?.kind).toBe("created");
    expect(await post(suite.store, { email: "beside@keys.example" })).toMatchObject({
      duplicateOf: idOf(created!),
    });
  });
});

describe("SQLite dedupe keys when a commit fails", () => {
  const { suite, openAgain, post, capture } = keysSuite("sqlite");

  // A commit that fails (here: a foreign key checked at commit) rolls back every job of its batch.
  const failingCommit = (email: string) =>
    expect(
      suite.store.transact(async (tx) => {
        await capture(tx, email);
        await sql`pragma defer_foreign_keys = on`.execute(tx);
        await sql`insert into lead_events (id, lead_id, type, at, data) values ('event_x', 'lead_none', 'note', 0, '{}')`.execute(
          tx,
        );
      }),
    ).rejects.toThrow(/FOREIGN KEY/);

  it("forgets the keys of a batch whose commit failed", async () => {
    await failingCommit("rolled-back@keys.example");
    expect((await post(suite.store, { email: "rolled-back@keys.example" })).kind).toBe("created");
  });

  it("finds the duplicate of a lead another store captured after a batch of its own failed to commit", async () => {
    const other = openAgain();
    try {
      await post(other, { email: "warm-other@keys.example" });
      await failingCommit("failed-commit@keys.example");
      const theirs = await post(other, { email: "after-failure@keys.example" });
      expect(await post(suite.store, { email: "after-failure@keys.example" })).toMatchObject({
        duplicateOf: idOf(theirs),
      });
    } finally {
      await other.close();
    }
  });
});
