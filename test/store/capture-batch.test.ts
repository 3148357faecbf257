import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { putPlan } from "../../src/services/plans.js";
import { createRecipient } from "../../src/services/recipients.js";
import { captureLeads, Intake, receiveLead, type IntakeResult } from "../../src/services/intake.js";
import type { Engine, Store } from "../../src/store/store.js";
import { captureSuite } from "../support/capture-suite.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { countBy } from "../support/routing.js";

describe.each(ENGINES)("capturing a batch of leads in one transaction on %s", (engine: Engine) => {
  const suite = captureSuite(engine, "batch");
  const capturing = (bodies: Record<string, unknown>[]) =>
    suite.store.transact((tx) =>
      captureLeads(
        tx,
        bodies.map((body) => suite.capture(body)),
      ),
    );
  const idOf = (r: IntakeResult | undefined) =>
    r?.kind === "created" ? r.lead.id : `duplicate of ${r?.duplicateOf}`;

  it("creates every distinct lead of the batch and routes each (here: each waits unassigned)", async () => {
    const results = await capturing([
      { email: "one@batch.example" },
      { email: "two@batch.example" },
      { phone: "(515) 555-0101" },
    ]);
    expect(results.map((r) => r.kind)).toEqual(["created", "created", "created"]);
    const stored = await suite.store.db
      .selectFrom("leads")
      .select(["id", "status"])
      .where("id", "in", results.map(idOf))
      .execute();
    expect(stored.map((s) => s.status)).toEqual(["unassigned", "unassigned", "unassigned"]);
    const events = await suite.store.db
      .selectFrom("lead_events")
      .select(["lead_id", "type"])
      .where("lead_id", "in", results.map(idOf))
      .orderBy("id")
      .execute();
    expect(events.filter((e) => e.type === "received")).toHaveLength(3);
  });

  it("finds a lead a duplicate of an earlier lead of the same batch", async () => {
    const [first, second] = await capturing([
      { email: "same@batch.example", phone: "(515) 555-0102" },
      { email: "SAME@batch.example " },
    ]);
    expect(first?.kind).toBe("created");
    expect(second).toEqual({ kind: "duplicate", duplicateOf: idOf(first), lead: null });
  });

  it("creates a lead whose only match in the batch was itself a duplicate of a stored lead on another key", async () => {
    const [stored] = await capturing([{ phone: "(515) 555-0103" }]);
    const [dup, other] = await capturing([
      { email: "shared@batch.example", phone: "(515) 555-0103" },
      { email: "shared@batch.example" },
    ]);
    expect(dup).toEqual({ kind: "duplicate", duplicateOf: idOf(stored), lead: null });
    // The duplicate gave its email back, so the second lead is no one's duplicate.
    expect(other?.kind).toBe("created");
    const holder = await suite.store.db
      .selectFrom("dedupe_keys")
      .select("lead_id")
      .where("kind", "=", "email")
      .where("value", "=", "shared@batch.example")
      .executeTakeFirst();
    expect(holder?.lead_id).toBe(idOf(other));
  });

  it("routes the leads of one batch in turn and within caps, each decision seeing the ones before it", async () => {
    const routed = await createCategory(suite.store, {
      key: "batch-routed",
      name: "Batch routed",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const web = await createSource(suite.store, {
      key: "batch-routed-web",
      name: "Web",
      category: "batch-routed",
    });
    for (const [key, day] of [
      ["capped", 2],
      ["roomy", 3],
    ] as const)
      await createRecipient(suite.store, {
        key,
        name: key,
        kind: "agent",
        categories: ["batch-routed"],
        caps: { day },
      });
    await putPlan(
      suite.store,
      "batch-routed",
      [{ select: { kind: "agent" }, method: "round_robin", mode: "direct" }],
      {
        userId: null,
        role: "admin",
        recipient: null,
      },
    );
    const routedCapture = (email: string) => suite.capture({ email }, routed, web);
    const winnersOf = (results: IntakeResult[]) =>
      results.map((r) => (r.kind === "created" ? (r.assignments[0]?.recipient ?? null) : "duplicate"));

    const first = await suite.store.transact((tx) =>
      captureLeads(
        tx,
        Array.from({ length: 7 }, (_, i) => routedCapture(`lead-${i}@routed.example`)),
      ),
    );
    const winners = winnersOf(first);
    expect(winners.slice(0, 4).sort()).toEqual(["capped", "capped", "roomy", "roomy"]);
    expect(winners.slice(4)).toEqual(["roomy", null, null]);

    const assignments = await suite.store.db
      .selectFrom("assignments")
      .select(["lead_id", "recipient"])
      .where("recipient", "in", ["capped", "roomy"])
      .execute();
    expect(countBy(assignments.map((a) => a.recipient))).toEqual({ capped: 2, roomy: 3 });
    const leads = await suite.store.db
      .selectFrom("leads")
      .select(["id", "status"])
      .where("category", "=", "batch-routed")
      .execute();
    expect(countBy(leads.map((l) => l.status))).toEqual({ assigned: 5, unassigned: 2 });

    // What the batch wrote is what the next one reads: both recipients are full for the day.
    const second = await suite.store.transact((tx) =>
      captureLeads(tx, [routedCapture("late-1@routed.example"), routedCapture("late-2@routed.example")]),
    );
    expect(winnersOf(second)).toEqual([null, null]);
  });
});

describe.each(ENGINES)("batching a category's intake on %s", (engine: Engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t.cleanup());

  it("runs at most one transaction of a category's leads at once on SQLite, two on PostgreSQL; leads that arrive meanwhile wait for the next batch", async () => {
    await createCategory(t.store, {
      key: "queued",
      name: "Queued",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const source = await createSource(t.store, { key: "queued-web", name: "Web", category: "queued" });
    let running = 0;
    let mostRunning = 0;
    // The store as intake sees it, counting the transactions running at once.
    const counted: Store = {
      engine: t.store.engine,
      db: t.store.db,
      migrate: () => t.store.migrate(),
      close: () => t.store.close(),
      transact: async (work) => {
        mostRunning = Math.max(mostRunning, ++running);
        try {
          return await t.store.transact(work);
        } finally {
          running--;
        }
      },
    };
    const intake = new Intake(counted);
    const posting = (i: number) =>
      receiveLead(intake, {
        intakeKey: source.intakeKey,
        body: { email: `queued-${i}@example.com` },
        ip: null,
      });
    const first = await Promise.all(Array.from({ length: 5 }, (_, i) => posting(i)));
    // Leads sent while the first batches run, each in its own later turn.
    const later: Promise<IntakeResult>[] = [];
    for (let i = 5; i < 120; i++) {
      later.push(posting(i));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const results = [...first, ...(await Promise.all(later))];
    expect(results.every((r) => r.kind === "created")).toBe(true);
    expect(mostRunning).toBeLessThanOrEqual(engine === "sqlite" ? 1 : 2);
    const stored = await t.store.db
      .selectFrom("leads")
      .select("id")
      .where("category", "=", "queued")
      .execute();
    expect(stored).toHaveLength(120);
  });
});
