import { describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { captureLeads } from "../../src/services/intake.js";
import { putPlan } from "../../src/services/plans.js";
import { createRecipient } from "../../src/services/recipients.js";
import type { Engine } from "../../src/store/store.js";
import { captureSuite } from "../support/capture-suite.js";
import { ENGINES } from "../support/engines.js";

const HELD = ["accepted", "claimed", "delivered", "returned"];
const TAKEN = ["accepted", "claimed", "assigned"];

describe.each(ENGINES)("the facts of leads routed in batches on %s", (engine: Engine) => {
  const suite = captureSuite(engine, "facts");

  it("are what the batch's leads, assignments and events say, lead by lead", async () => {
    const category = await createCategory(suite.store, {
      key: "facts-routed",
      name: "Facts routed",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const source = await createSource(suite.store, {
      key: "facts-routed-web",
      name: "Web",
      category: "facts-routed",
    });
    // The agent is offered three leads a day; the rest go straight to the buyer paying most.
    await createRecipient(suite.store, {
      key: "agent",
      name: "Agent",
      kind: "agent",
      categories: ["facts-routed"],
      caps: { day: 3 },
    });
    for (const [key, price] of [
      ["dear", 30],
      ["cheap", 20],
    ] as const)
      await createRecipient(suite.store, {
        key,
        name: key,
        kind: "buyer",
        categories: ["facts-routed"],
        price,
      });
    await putPlan(
      suite.store,
      "facts-routed",
      [
        { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 900 },
        { select: { kind: "buyer" }, method: "best_margin", mode: "direct" },
      ],
      { userId: null, role: "admin", recipient: null },
    );
    const batch = (from: number, n: number) =>
      suite.store.transact((tx) =>
        captureLeads(
          tx,
          Array.from({ length: n }, (_, i) =>
            suite.capture(
              {
                email: `lead-${from + i}@facts.example`,
                utmSource: "search",
                utmCampaign: `spring-${(from + i) % 3}`,
              },
              category,
              source,
            ),
          ),
        ),
      );
    await batch(0, 8);
    await batch(8, 5);

    const db = suite.store.db;
    const leads = await db.selectFrom("leads").selectAll().where("category", "=", "facts-routed").execute();
    const ids = leads.map((l) => l.id);
    const assignments = await db.selectFrom("assignments").selectAll().where("lead_id", "in", ids).execute();
    const events = await db.selectFrom("lead_events").selectAll().where("lead_id", "in", ids).execute();
    const facts = await db.selectFrom("lead_facts").selectAll().where("lead_id", "in", ids).execute();
    expect(leads).toHaveLength(13);
    expect(new Set(assignments.map((a) => a.status))).toEqual(new Set(["offered", "accepted"]));

    const byHand = leads.map((l) => {
      const mine = assignments
        .filter((a) => a.lead_id === l.id)
        .sort((a, b) => Number(a.created_at) - Number(b.created_at) || (a.id < b.id ? -1 : 1));
      const held = mine.filter((a) => HELD.includes(a.status));
      const taken = events
        .filter((e) => e.lead_id === l.id && TAKEN.includes(e.type))
        .map((e) => Number(e.at));
      const attribution = JSON.parse(l.attribution) as Record<string, string>;
      return {
        lead_id: l.id,
        created_at: Number(l.created_at),
        status: l.status,
        campaign: attribution["utmCampaign"] ?? null,
        utm_source: attribution["utmSource"] ?? null,
        cost_cents: Number(l.cost_cents),
        assigned_at: mine.length > 0 ? Number(mine[0]!.created_at) : null,
        recipient: held[0]?.recipient ?? null,
        accepted_at: taken.length > 0 ? Math.min(...taken) : null,
        sales_cents: held.reduce((sum, a) => sum + Number(a.price_cents ?? 0), 0),
        credited_cents: 0,
      };
    });
    const kept = facts.map((f) => ({
      lead_id: f.lead_id,
      created_at: Number(f.created_at),
      status: f.status,
      campaign: f.campaign,
      utm_source: f.utm_source,
      cost_cents: Number(f.cost_cents),
      assigned_at: f.assigned_at === null ? null : Number(f.assigned_at),
      recipient: f.recipient,
      accepted_at: f.accepted_at === null ? null : Number(f.accepted_at),
      sales_cents: Number(f.sales_cents),
      credited_cents: Number(f.credited_cents),
    }));
    const byId = <T extends { lead_id: string }>(xs: T[]) =>
      [...xs].sort((a, b) => (a.lead_id < b.lead_id ? -1 : 1));
    expect(byId(kept)).toEqual(byId(byHand));
    // The batches' leads are both offered and bought, so every fact above was written.
    expect(kept.filter((f) => f.recipient === "dear").length).toBeGreaterThan(0);
    expect(kept.filter((f) => f.recipient === null && f.assigned_at !== null).length).toBe(3);
    expect(kept.every((f) => f.accepted_at === null || f.sales_cents === 3000)).toBe(true);
  });
});
