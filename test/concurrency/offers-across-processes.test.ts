import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/store/store.js";
import { expectOneWinner } from "../support/races.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const ADMIN = "offers-admin";

describe.each(ENGINES)("offers, claims and task timers across server processes on %s", (engine: Engine) => {
  const processes = engine === "postgres" ? 3 : 1;
  let db: TestStore;
  let servers: ServerProcess[] = [];
  const env = () => ({ ...db.env, CAROUSEL_ADMIN_TOKEN: ADMIN });

  beforeAll(async () => {
    db = await openTestStore(engine);
    servers = await Promise.all(Array.from({ length: processes }, () => startServerProcess(env())));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await db.cleanup();
  });

  const call = async (method: string, path: string, body?: unknown, token = ADMIN, server = servers[0]!) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return { status: res.status, data: (await res.json()) as any };
  };

  const givenCategory = async (key: string, tiers: unknown[], agents: string[]) => {
    await call("POST", "/api/v1/categories", { key, name: key });
    const source = await call("POST", "/api/v1/sources", { key: `${key}-src`, name: key, category: key });
    const tokens: Record<string, string> = {};
    for (const agent of agents) {
      await call("POST", "/api/v1/recipients", { key: agent, name: agent, kind: "agent", categories: [key] });
      const user = await call("POST", "/api/v1/users", {
        email: `${agent}@example.com`,
        name: agent,
        role: "agent",
        recipient: agent,
      });
      tokens[agent] = user.data.token;
    }
    await call("PUT", `/api/v1/categories/${key}/plan`, { tiers });
    return { intakeKey: source.data.intakeKey as string, tokens };
  };

  const postLead = async (intakeKey: string, email: string, server = servers[0]!) => {
    const res = await fetch(`${server.url}/api/v1/leads`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-intake-key": intakeKey },
      body: JSON.stringify({ email }),
    });
    return (await res.json()) as { id: string; status: string };
  };

  it("lets exactly one of 50 simultaneous claims through any process win", async () => {
    const agents = Array.from({ length: 50 }, (_, i) => `claimer${i}`);
    const { intakeKey, tokens } = await givenCategory(
      "claims",
      [{ select: {}, method: "round_robin", mode: "pull" }],
      agents,
    );
    const lead = await postLead(intakeKey, "contested@example.com");
    expect(lead.status).toBe("pooled");
    const statuses = await Promise.all(
      agents.map((a, i) =>
        call("POST", `/api/v1/pool/${lead.id}/claim`, undefined, tokens[a], servers[i % servers.length]).then(
          (r) => r.status,
        ),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const rows = await db.store.db
      .selectFrom("assignments")
      .select("id")
      .where("lead_id", "=", lead.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("answers 409 to every loser of 20 claims spread over the processes, round after round", async () => {
    const agents = Array.from({ length: 20 }, (_, i) => `rounds${i}`);
    const { intakeKey, tokens } = await givenCategory(
      "rounds",
      [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }],
      agents,
    );
    for (let round = 0; round < 6; round++) {
      const lead = await postLead(intakeKey, `round-${round}@example.com`, servers[round % servers.length]);
      expect(lead.status).toBe("pooled");
      const statuses = await Promise.all(
        agents.map((a, i) =>
          call(
            "POST",
            `/api/v1/pool/${lead.id}/claim`,
            undefined,
            tokens[a],
            servers[i % servers.length],
          ).then((r) => r.status),
        ),
      );
      expectOneWinner(statuses, `round ${round}`);
    }
  });

  it("expires every offer exactly once while every process runs the scheduler", async () => {
    const { intakeKey } = await givenCategory(
      "expiry",
      [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 1, attempts: 2 }],
      ["x1", "x2", "x3"],
    );
    const leads: { id: string; status: string }[] = [];
    for (let i = 0; i < 30; i++)
      leads.push(await postLead(intakeKey, `expiry-${i}@example.com`, servers[i % servers.length]));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const open = await db.store.db
        .selectFrom("assignments")
        .select("id")
        .where("status", "=", "offered")
        .execute();
      if (open.length === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const offers = await db.store.db.selectFrom("assignments").select(["id", "status", "lead_id"]).execute();
    const expiredEvents = await db.store.db
      .selectFrom("lead_events")
      .select("data")
      .where("type", "=", "expired")
      .execute();
    const expiredIds = expiredEvents.map((e) => (JSON.parse(e.data) as { assignment: string }).assignment);
    const mine = offers.filter((o) => leads.some((l) => l.id === o.lead_id));
    expect(mine).toHaveLength(60);
    expect(mine.every((o) => o.status === "expired")).toBe(true);
    expect(new Set(expiredIds).size).toBe(expiredIds.length);
    expect(mine.every((o) => expiredIds.includes(o.id))).toBe(true);
  }, 60_000);

  it("expires a few hundred offers that fall due at once exactly once, each lead offered onward once, while every process runs the scheduler", async () => {
    const agents = ["many1", "many2", "many3", "many4"];
    const { intakeKey } = await givenCategory(
      "many",
      [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 600, attempts: 2 }],
      agents,
    );
    const leads: string[] = [];
    for (let i = 0; i < 300; i += 20)
      leads.push(
        ...(
          await Promise.all(
            Array.from({ length: 20 }, (_, j) =>
              postLead(intakeKey, `many-${i + j}@example.com`, servers[(i + j) % servers.length]),
            ),
          )
        ).map((l) => l.id),
      );
    const mine = () =>
      db.store.db.selectFrom("assignments").selectAll().where("lead_id", "in", leads).execute();
    // Every open offer falls due now, twice: the first offers, then the ones they were passed on to.
    for (const round of [1, 2]) {
      await db.store.db
        .updateTable("assignments")
        .set({ expires_at: Date.now() })
        .where("lead_id", "in", leads)
        .where("status", "=", "offered")
        .execute();
      const deadline = Date.now() + 60_000;
      while ((await mine()).filter((a) => a.status === "expired").length < round * 300) {
        if (Date.now() > deadline) throw new Error(`round ${round}: offers not expired within a minute`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // Every lead's last event, once its second offer expired: it is unassigned.
    const unassigned = () =>
      db.store.db
        .selectFrom("lead_events")
        .select("lead_id")
        .where("lead_id", "in", leads)
        .where("type", "=", "unassigned")
        .execute();
    await expect.poll(async () => (await unassigned()).length, { timeout: 60_000, interval: 200 }).toBe(300);
    const offers = await mine();
    expect(offers).toHaveLength(600);
    expect(offers.every((o) => o.status === "expired")).toBe(true);
    const events = await db.store.db
      .selectFrom("lead_events")
      .select(["lead_id", "type", "data"])
      .where("lead_id", "in", leads)
      .orderBy("id")
      .execute();
    const expiredIds = events
      .filter((e) => e.type === "expired")
      .map((e) => (JSON.parse(e.data) as { assignment: string }).assignment);
    expect(expiredIds.sort()).toEqual(offers.map((o) => o.id).sort());
    for (const lead of leads) {
      expect(events.filter((e) => e.lead_id === lead).map((e) => e.type)).toEqual([
        "received",
        "offered",
        "expired",
        "offered",
        "expired",
        "unassigned",
      ]);
      const [first, second] = offers.filter((o) => o.lead_id === lead).map((o) => o.recipient);
      expect(second).not.toBe(first);
    }
    // Every offer gave its open lead back.
    const load = await db.store.db
      .selectFrom("recipient_load")
      .select("open_leads")
      .where("recipient", "in", agents)
      .execute();
    expect(load.map((l) => Number(l.open_leads))).toEqual([0, 0, 0, 0]);
  }, 180_000);

  /** Leads of a category that assigns them directly to one agent, each with a task due at `dueAt`. */
  const givenTasks = async (category: string, count: number, dueAt: number) => {
    const { intakeKey } = await givenCategory(
      category,
      [{ select: {}, method: "round_robin", mode: "direct" }],
      [`${category}-agent`],
    );
    const tasks: string[] = [];
    for (let i = 0; i < count; i++) {
      const lead = await postLead(intakeKey, `${category}-${i}@example.com`, servers[i % servers.length]);
      const task = await call("POST", `/api/v1/leads/${lead.id}/tasks`, {
        title: `Call back ${i}`,
        dueAt: new Date(dueAt).toISOString(),
      });
      expect(task.status).toBe(201);
      tasks.push(task.data.id);
    }
    return tasks;
  };
  const taskDueEvents = async (tasks: string[]) =>
    (
      await db.store.db
        .selectFrom("lead_events")
        .select(["data", "at"])
        .where("type", "=", "task_due")
        .execute()
    )
      .map((e) => ({ task: (JSON.parse(e.data) as { task: string }).task, at: Number(e.at) }))
      .filter((e) => tasks.includes(e.task));

  it("fires every task exactly once while every process runs the scheduler", async () => {
    const tasks = await givenTasks("followups", 30, Date.now() + 1500);
    await expect
      .poll(async () => (await taskDueEvents(tasks)).length, { timeout: 20_000, interval: 250 })
      .toBeGreaterThanOrEqual(tasks.length);
    // Once fired, a task is marked so: no process fires it again.
    const open = await db.store.db
      .selectFrom("lead_tasks")
      .select("id")
      .where("id", "in", tasks)
      .where("fired_at", "is", null)
      .execute();
    expect(open).toEqual([]);
    const fired = await taskDueEvents(tasks);
    expect(fired.map((e) => e.task).sort()).toEqual([...tasks].sort());
  }, 60_000);

  it("expires an offer whose SLA ran out while every server was down, right after one starts", async () => {
    const { intakeKey, tokens } = await givenCategory(
      "restart",
      [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 2, attempts: 1 }],
      ["solo"],
    );
    const lead = await postLead(intakeKey, "restart@example.com");
    expect(lead.status).toBe("offered");
    await Promise.all(servers.map((s) => s.kill()));
    // The SLA runs out while every server is down.
    await db.store.db
      .updateTable("assignments")
      .set({ expires_at: Date.now() - 1 })
      .where("lead_id", "=", lead.id)
      .execute();
    servers = [await startServerProcess(env())];
    const startedAt = Date.now();
    let offer: { status: string } | undefined;
    while (Date.now() - startedAt < 5000) {
      offer = await db.store.db
        .selectFrom("assignments")
        .select("status")
        .where("lead_id", "=", lead.id)
        .executeTakeFirst();
      if (offer?.status === "expired") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(offer?.status).toBe("expired");
    const [assignment] = (await call("GET", `/api/v1/leads/${lead.id}`)).data.assignments;
    const late = await call("POST", `/api/v1/assignments/${assignment.id}/accept`, undefined, tokens["solo"]);
    expect(late.status).toBe(409);
  }, 120_000);

  it("fires a task that fell due while every server was down, right after one starts", async () => {
    const tasks = await givenTasks("downtime", 1, Date.now() + 3_600_000);
    await Promise.all(servers.map((s) => s.kill()));
    // The task falls due while every server is down.
    const dueAt = Date.now() - 1;
    await db.store.db.updateTable("lead_tasks").set({ due_at: dueAt }).where("id", "in", tasks).execute();
    expect(await taskDueEvents(tasks)).toEqual([]);
    servers = [await startServerProcess(env())];
    const startedAt = Date.now();
    while ((await taskDueEvents(tasks)).length === 0 && Date.now() - startedAt < 5000)
      await new Promise((r) => setTimeout(r, 100));
    const fired = await taskDueEvents(tasks);
    expect(fired).toHaveLength(1);
    // Fired by the new server: after the due time. (That it fires at the scheduler's first tick
    // is the task timer's own test, on a clock the test moves.)
    expect(fired[0]!.at).toBeGreaterThan(dueAt);
  }, 120_000);
});
