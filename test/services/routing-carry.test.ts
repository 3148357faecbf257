import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Intake, receiveLead, type IntakeResult } from "../../src/services/intake.js";
import { addToOpenLeads, consume, releaseAssignments } from "../../src/store/queries/routing-state.js";
import type { WindowKeys } from "../../src/domain/routing/index.js";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Engine, Store } from "../../src/store/store.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES, POSTGRES_URL } from "../support/engines.js";
import { aLead, givenIntake } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

/**
 * Intake's batches of a category start from the recipients' state the previous batch left
 * (on an engine that can tell nothing was written since): these show that whatever happens
 * between two batches is seen by the second, as when every batch reads the state afresh.
 */
describe.each(ENGINES)("routing state carried from one intake batch to the next on %s", (engine: Engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  /** The instant every lead of a test is received at: its cap windows never turn under it. */
  const now = Date.now();

  /** A category whose one agent takes `hourCap` leads an hour, with intake that posts at `now`. */
  async function givenCappedAgent(
    hourCap: number,
    mode: "direct" | "push" = "direct",
    more: Record<string, unknown> = {},
  ) {
    const { category, source } = await givenIntake(t);
    const agent = `capped-${category.key}`;
    await givenRecipient(t, { key: agent, categories: [category.key], caps: { hour: hourCap }, ...more });
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode, ...(mode === "push" ? { slaSeconds: 600 } : {}) },
    ]);
    const intake = new Intake(t.store);
    const post = (into: Intake = intake) =>
      receiveLead(into, { intakeKey: source.intakeKey, body: aLead(), ip: null, now });
    return { category: category.key, agent, intake, post };
  }

  const recipientOf = (r: IntakeResult) =>
    r.kind === "created" ? (r.assignments[0]?.recipient ?? null) : null;

  it("keeps a recipient's hour cap exact across many consecutive batches", async () => {
    const { category, agent, post } = await givenCappedAgent(5);
    const spare = `spare-${category}`;
    await givenRecipient(t, { key: spare, categories: [category] });
    const got: (string | null)[] = [];
    for (let batch = 0; batch < 8; batch++)
      got.push(...(await Promise.all([post(), post(), post()])).map(recipientOf));
    expect(got.filter((r) => r === agent)).toHaveLength(5);
    expect(got.filter((r) => r === spare)).toHaveLength(19);
  });

  it("decides each batch after the first on the state the batch before it left", async () => {
    const { agent, intake, post } = await givenCappedAgent(100);
    for (let batch = 0; batch < 6; batch++) expect(recipientOf(await post())).toBe(agent);
    expect(intake.carry.used).toBe(5);
  });

  it("sees what another process's intake routed in the category between batches", async () => {
    const { agent, intake, post } = await givenCappedAgent(2);
    expect(recipientOf(await post())).toBe(agent);
    expect(recipientOf(await post(new Intake(t.store)))).toBe(agent);

    expect(recipientOf(await post())).toBe(null);
    expect(intake.carry.used).toBe(0);
  });

  it("sees what routing in another of a recipient's categories took between batches", async () => {
    const { category, agent, post } = await givenCappedAgent(2);
    const other = await givenIntake(t);
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${agent}`,
      headers: admin,
      payload: { categories: [category, other.category.key] },
    });
    expect(patched.statusCode).toBe(200);
    await givenPlan(t, other.category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
    expect(recipientOf(await post())).toBe(agent);
    const elsewhere = await receiveLead(new Intake(t.store), {
      intakeKey: other.source.intakeKey,
      body: aLead(),
      ip: null,
      now,
    });
    expect(recipientOf(elsewhere)).toBe(agent);

    expect(recipientOf(await post())).toBe(null);
  });

  it("sees what another connection assigned to a recipient outside routing between batches", async () => {
    const { agent, intake, post } = await givenCappedAgent(2);
    const first = await post();
    expect(recipientOf(first)).toBe(agent);
    const windows = first.kind === "created" ? first.assignments[0]!.windows : null;
    await onAnotherConnection(t, engine, (other) =>
      other.transact((tx) =>
        consume(tx, [
          {
            recipient: agent,
            windows: JSON.parse(windows!) as WindowKeys,
            assignments: 1,
            spentCents: 0,
            openLeads: 1,
          },
        ]),
      ),
    );

    expect(recipientOf(await post())).toBe(null);
    expect(intake.carry.used).toBe(0);
  });

  it("sees a recipient's open leads another connection changed between batches", async () => {
    const { agent, post } = await givenCappedAgent(100, "direct", { capacity: 2 });
    expect(recipientOf(await post())).toBe(agent);
    await onAnotherConnection(t, engine, (other) =>
      other.transact((tx) => addToOpenLeads(tx, [{ recipient: agent, delta: 1 }])),
    );

    expect(recipientOf(await post())).toBe(null);
  });

  it("gives the next batch the place an offer rejected between batches gave back", async () => {
    const { agent, post } = await givenCappedAgent(1, "push");
    const user = await givenUser(t, "agent", agent);
    const first = await post();
    expect(recipientOf(first)).toBe(agent);
    const offer = first.kind === "created" ? first.assignments[0]! : undefined;
    const rejected = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer!.id}/reject`,
      headers: user.headers,
      payload: { reason: "busy" },
    });
    expect(rejected.statusCode).toBe(200);

    expect(recipientOf(await post())).toBe(agent);
  });

  it("sees what another connection to the database wrote between batches", async () => {
    const { agent, post } = await givenCappedAgent(1);
    const first = await post();
    expect(recipientOf(first)).toBe(agent);
    const assignment = first.kind === "created" ? first.assignments[0]! : undefined;
    const other = secondStore(t, engine);
    try {
      await other.transact((tx) =>
        releaseAssignments(tx, [{ recipient: agent, windows: assignment!.windows, priceCents: null }]),
      );
    } finally {
      await other.close();
    }

    expect(recipientOf(await post())).toBe(agent);
  });

  it("carries nothing from a batch whose transaction rolled back", async () => {
    const { agent, post } = await givenCappedAgent(1);
    let failing = true;
    // The store as intake sees it, failing the first transaction once its work is done.
    const intake = new Intake(
      storeWith(async () => {
        if (failing) throw new Error("the transaction fails after its work");
      }),
    );
    await expect(post(intake)).rejects.toThrow("the transaction fails after its work");
    failing = false;

    expect(recipientOf(await post(intake))).toBe(agent);
  });

  it("sees a recipient's configuration changed between batches", async () => {
    const { agent, post } = await givenCappedAgent(3);
    expect(recipientOf(await post())).toBe(agent);
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${agent}`,
      headers: admin,
      payload: { caps: { hour: 1 } },
    });
    expect(patched.statusCode).toBe(200);

    expect(recipientOf(await post())).toBe(null);
  });

  /**
   * Intake whose first transaction, once its work is done, waits for `release` and then ends
   * as `first` says: so later batches start while it is in flight.
   */
  function gatedIntake(first: "commits" | "fails") {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const firstDone = new Promise<void>((r) => (reached = r));
    let calls = 0;
    const store = storeWith(async () => {
      if (calls++ > 0) return;
      reached();
      await gate;
      if (first === "fails") throw new Error("the first batch fails after its work");
    });
    return { intake: new Intake(store), firstDone, release };
  }

  /** The test's store as intake sees it, running `afterWork` in each transaction once its work is done. */
  function storeWith(afterWork: () => Promise<void>): Store {
    return {
      engine: t.store.engine,
      db: t.store.db,
      routingConfigs: t.store.routingConfigs,
      migrate: () => t.store.migrate(),
      close: () => t.store.close(),
      transact: (work) =>
        t.store.transact(async (tx) => {
          const done = await work(tx);
          await afterWork();
          return done;
        }),
    };
  }

  const moment = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it("keeps caps exact while many clients post at once", async () => {
    const { category, agent, intake, post } = await givenCappedAgent(7);
    const second = `second-${category}`;
    const spare = `spare-${category}`;
    await givenRecipient(t, { key: second, categories: [category], caps: { hour: 11 } });
    await givenRecipient(t, { key: spare, categories: [category] });
    const posted: Promise<IntakeResult>[] = [];
    for (let wave = 0; wave < 12; wave++) {
      for (let i = 0; i < 10; i++) posted.push(post());
      await moment(3);
    }
    const got = (await Promise.all(posted)).map(recipientOf);

    expect(got.filter((r) => r === agent)).toHaveLength(7);
    expect(got.filter((r) => r === second)).toHaveLength(11);
    expect(got.filter((r) => r === spare)).toHaveLength(102);
    // On PostgreSQL batches decided on top of the one in flight.
    if (engine === "postgres") expect(intake.carry.pipelined).toBeGreaterThan(0);
  });

  it("runs a batch again the ordinary way when the batch it decided on top of rolls back", async () => {
    const { agent, post } = await givenCappedAgent(1);
    const { intake, firstDone, release } = gatedIntake("fails");
    const first = post(intake);
    await firstDone;
    const second = post(intake);
    await moment(150);
    release();

    await expect(first).rejects.toThrow("the first batch fails after its work");
    expect(recipientOf(await second)).toBe(agent);
  });

  it("runs a batch again the ordinary way when another writer locked the head after the batch it decided on top of", async () => {
    const { agent, post } = await givenCappedAgent(100, "direct", { capacity: 1 });
    const { intake, firstDone, release } = gatedIntake("commits");
    const first = post(intake);
    await firstDone;
    // Another writer gives the agent's open lead back: it waits for the head the first batch holds.
    const writer = t.store.transact((tx) => addToOpenLeads(tx, [{ recipient: agent, delta: -1 }]));
    await moment(400);
    const second = post(intake);
    await moment(150);
    release();

    expect(recipientOf(await first)).toBe(agent);
    await writer;
    expect(recipientOf(await second)).toBe(agent);
  });
});

/** Runs `work` on another connection to the test's database, as another process would. */
async function onAnotherConnection(t: TestApp, engine: Engine, work: (other: Store) => Promise<unknown>) {
  const other = secondStore(t, engine);
  try {
    await work(other);
  } finally {
    await other.close();
  }
}

/** Another connection to the test's database, as another process would have. */
function secondStore(t: TestApp, engine: Engine): Store {
  if (engine === "sqlite") return new SqliteStore(join(t.env["CAROUSEL_DATA_DIR"]!, "carousel.db"));
  const searchPath = new URL(t.env["DATABASE_URL"]!).searchParams.get("options")!;
  return new PostgresStore({ url: POSTGRES_URL!, schema: searchPath.replace("-c search_path=", "") });
}
