import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Intake, receiveLead, type IntakeResult } from "../../src/services/intake.js";
import { releaseAssignments } from "../../src/store/queries/routing-state.js";
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
  async function givenCappedAgent(hourCap: number, mode: "direct" | "push" = "direct") {
    const { category, source } = await givenIntake(t);
    const agent = `capped-${category.key}`;
    await givenRecipient(t, { key: agent, categories: [category.key], caps: { hour: hourCap } });
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
    const failingOnce: Store = {
      engine: t.store.engine,
      db: t.store.db,
      routingConfigs: t.store.routingConfigs,
      migrate: () => t.store.migrate(),
      close: () => t.store.close(),
      transact: (work) =>
        t.store.transact(async (tx) => {
          const done = await work(tx);
          if (failing) throw new Error("the transaction fails after its work");
          return done;
        }),
    };
    const intake = new Intake(failingOnce);
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
});

/** Another connection to the test's database, as another process would have. */
function secondStore(t: TestApp, engine: Engine): Store {
  if (engine === "sqlite") return new SqliteStore(join(t.env["CAROUSEL_DATA_DIR"]!, "carousel.db"));
  const searchPath = new URL(t.env["DATABASE_URL"]!).searchParams.get("options")!;
  return new PostgresStore({ url: POSTGRES_URL!, schema: searchPath.replace("-c search_path=", "") });
}
