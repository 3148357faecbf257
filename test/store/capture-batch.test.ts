import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Category } from "../../src/domain/category.js";
import { normalizeLead } from "../../src/domain/lead.js";
import type { Source } from "../../src/domain/source.js";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { captureLeads, type Capture, type IntakeResult } from "../../src/services/intake.js";
import { routerFor } from "../../src/services/routing.js";
import type { Engine } from "../../src/store/store.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";

describe.each(ENGINES)("capturing a batch of leads in one transaction on %s", (engine: Engine) => {
  let t: TestStore;
  let category: Category;
  let source: Source;
  beforeAll(async () => {
    t = await openTestStore(engine);
    category = await createCategory(t.store, {
      key: "batch",
      name: "Batch",
      dedupe: { keys: ["email", "phone"], windowDays: 30 },
    });
    source = await createSource(t.store, { key: "batch-web", name: "Web", category: "batch" });
  });
  afterAll(async () => t.cleanup());

  const capture = (body: Record<string, unknown>): Capture => {
    const normalized = normalizeLead(body, category, { ip: null, now: Date.now() });
    if (!normalized.ok) throw new Error(JSON.stringify(normalized.errors));
    return { source, category, lead: normalized.lead, ip: null, now: Date.now(), router: routerFor(t.store) };
  };
  const capturing = (bodies: Record<string, unknown>[]) =>
    t.store.transact((tx) => captureLeads(tx, bodies.map(capture)));
  const idOf = (r: IntakeResult | undefined) =>
    r?.kind === "created" ? r.lead.id : `duplicate of ${r?.duplicateOf}`;

  it("creates every distinct lead of the batch and routes each (here: each waits unassigned)", async () => {
    const results = await capturing([
      { email: "one@batch.example" },
      { email: "two@batch.example" },
      { phone: "(515) 555-0101" },
    ]);
    expect(results.map((r) => r.kind)).toEqual(["created", "created", "created"]);
    const stored = await t.store.db
      .selectFrom("leads")
      .select(["id", "status"])
      .where("id", "in", results.map(idOf))
      .execute();
    expect(stored.map((s) => s.status)).toEqual(["unassigned", "unassigned", "unassigned"]);
    const events = await t.store.db
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
    const holder = await t.store.db
      .selectFrom("dedupe_keys")
      .select("lead_id")
      .where("kind", "=", "email")
      .where("value", "=", "shared@batch.example")
      .executeTakeFirst();
    expect(holder?.lead_id).toBe(idOf(other));
  });
});
