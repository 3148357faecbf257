import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Migrator, sql, type Kysely } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { normalizeLead } from "../../src/domain/lead.js";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { captureLeads } from "../../src/services/intake.js";
import { putPlan } from "../../src/services/plans.js";
import { createRecipient } from "../../src/services/recipients.js";
import { routerFor } from "../../src/services/routing.js";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Engine, Store, Tx } from "../../src/store/store.js";
import { ENGINES, openTestStore, POSTGRES_URL } from "../support/engines.js";

const HELD = ["accepted", "claimed", "delivered", "returned"];
const TAKEN = ["accepted", "claimed", "assigned"];

/**
 * A category whose agent is offered three leads a day, the rest going straight to the buyer
 * paying most; answers a function that captures `n` leads in one transaction.
 */
async function routedCategory(store: Store) {
  const category = await createCategory(store, {
    key: "facts-routed",
    name: "Facts routed",
    dedupe: { keys: ["email"], windowDays: 30 },
  });
  const source = await createSource(store, {
    key: "facts-routed-web",
    name: "Web",
    category: "facts-routed",
  });
  await createRecipient(store, {
    key: "agent",
    name: "Agent",
    kind: "agent",
    categories: [category.key],
    caps: { day: 3 },
  });
  for (const [key, price] of [
    ["dear", 30],
    ["cheap", 20],
  ] as const)
    await createRecipient(store, { key, name: key, kind: "buyer", categories: [category.key], price });
  await putPlan(
    store,
    category.key,
    [
      { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 900 },
      { select: { kind: "buyer" }, method: "best_margin", mode: "direct" },
    ],
    { userId: null, role: "admin", recipient: null },
  );
  const router = routerFor(store);
  // `then` runs in the batch's transaction, after its leads are captured.
  return <T = void>(from: number, n: number, then?: (tx: Tx) => Promise<T>) =>
    store.transact(async (tx) => {
      await captureLeads(
        tx,
        Array.from({ length: n }, (_, i) => {
          const now = Date.now();
          const body = {
            email: `lead-${from + i}@facts.example`,
            utmSource: "search",
            utmCampaign: `spring-${(from + i) % 3}`,
          };
          const normalized = normalizeLead(body, category, { ip: null, now });
          if (!normalized.ok) throw new Error(JSON.stringify(normalized.errors));
          return { source, category, lead: normalized.lead, ip: null, now, router };
        }),
      );
      return then?.(tx);
    });
}

/** The leads' facts as stored, and as their leads, assignments and events say they are. */
async function factsOf(store: Store) {
  const db = store.db;
  const leads = await db.selectFrom("leads").selectAll().execute();
  const assignments = await db.selectFrom("assignments").selectAll().execute();
  const events = await db.selectFrom("lead_events").selectAll().execute();
  const facts = await db.selectFrom("lead_facts").selectAll().execute();
  const byId = <T extends { lead_id: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (a.lead_id < b.lead_id ? -1 : 1));
  const byHand = leads.map((l) => {
    const mine = assignments
      .filter((a) => a.lead_id === l.id)
      .sort((a, b) => Number(a.created_at) - Number(b.created_at) || (a.id < b.id ? -1 : 1));
    const held = mine.filter((a) => HELD.includes(a.status));
    const taken = events.filter((e) => e.lead_id === l.id && TAKEN.includes(e.type)).map((e) => Number(e.at));
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
  return { kept: byId(kept), byHand: byId(byHand) };
}

/**
 * An empty database migrated up to, not including, the facts' statement triggers (0041), with
 * the later migrations today's routing needs to run at all (the routing head's version, 0044).
 */
async function storeBefore0041(engine: Engine): Promise<{ store: Store; cleanup: () => Promise<void> }> {
  let store: Store;
  let schema: string | undefined;
  let cleanup: () => Promise<void>;
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "carousel-test-"));
    store = new SqliteStore(join(dir, "carousel.db"));
    cleanup = async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    };
  } else {
    schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = async (text: string) => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(text).finally(() => client.end());
    };
    await admin(`create schema ${schema}`);
    store = new PostgresStore({ url: POSTGRES_URL!, schema });
    cleanup = async () => {
      await store.close();
      await admin(`drop schema ${schema} cascade`);
    };
  }
  const all = await migrationProvider.getMigrations();
  const { error } = await new Migrator({
    db: store.db as Kysely<unknown>,
    provider: {
      getMigrations: async () =>
        Object.fromEntries(
          Object.entries(all).filter(([name]) => name < "0041" || name === "0044-routing-head-version"),
        ),
    },
    ...(schema ? { migrationTableSchema: schema } : {}),
    allowUnorderedMigrations: true,
  }).migrateToLatest();
  if (error) throw error;
  return { store, cleanup };
}

describe.each(ENGINES)("the facts of leads routed in batches on %s", (engine: Engine) => {
  it("are what the batch's leads, assignments and events say, lead by lead", async () => {
    const { store, cleanup } = await openTestStore(engine);
    try {
      const batch = await routedCategory(store);
      await batch(0, 8);
      await batch(8, 5);
      const { kept, byHand } = await factsOf(store);
      expect(kept).toHaveLength(13);
      expect(kept).toEqual(byHand);
      // The batches' leads are both offered and bought, so every fact above was written.
      expect(kept.filter((f) => f.recipient === "dear").length).toBeGreaterThan(0);
      expect(kept.filter((f) => f.recipient === null && f.assigned_at !== null)).toHaveLength(3);
      expect(kept.every((f) => f.accepted_at === null || f.sales_cents === 3000)).toBe(true);
    } finally {
      await cleanup();
    }
  });

  it.runIf(engine === "postgres")(
    "are written once for a lead offered to a recipient, and updated only for a lead a buyer took at once",
    async () => {
      const { store, cleanup } = await openTestStore(engine);
      try {
        const batch = await routedCategory(store);
        const updates = await batch(0, 8, async (tx) => {
          const { rows } = await sql<{ n: string }>`select n_tup_upd as n from pg_stat_xact_user_tables
            where relid = 'lead_facts'::regclass`.execute(tx);
          return Number(rows[0]!.n);
        });
        const { kept, byHand } = await factsOf(store);
        expect(kept).toEqual(byHand);
        const offered = kept.filter((f) => f.assigned_at !== null && f.recipient === null);
        const bought = kept.filter((f) => f.recipient !== null);
        expect(offered).toHaveLength(3);
        expect(bought).toHaveLength(5);
        expect(updates).toBe(bought.length);
      } finally {
        await cleanup();
      }
    },
  );

  it("stay as they were in a database that routed leads before 0041, and the leads routed after it agree too", async () => {
    const { store, cleanup } = await storeBefore0041(engine);
    try {
      const batch = await routedCategory(store);
      await batch(0, 6);
      const before = await factsOf(store);
      await store.migrate();
      expect(
        await sql`select 1 from kysely_migration where name like '0041%'`.execute(store.db),
      ).toMatchObject({
        rows: [{}],
      });
      expect((await factsOf(store)).kept).toEqual(before.kept);
      await batch(6, 6);
      const { kept, byHand } = await factsOf(store);
      expect(kept).toHaveLength(12);
      expect(kept).toEqual(byHand);
    } finally {
      await cleanup();
    }
  });
});
