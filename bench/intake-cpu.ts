/**
 * Intake without HTTP, in this process: CPU time per lead of `receiveLead` on SQLite (or on
 * PostgreSQL with `--postgres URL`), with 50 leads in flight at a time as 50 connections would
 * give. A tool for working on the hot path (run it under `node --cpu-prof` to see where the
 * time goes); the figures to compare with the ceilings are the HTTP benchmark's (`bench/run.ts`).
 *
 *   npx tsx bench/intake-cpu.ts [--leads N] [--routed] [--postgres URL]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createCategory, createSource } from "../src/services/catalog.js";
import { putPlan } from "../src/services/plans.js";
import { createRecipient } from "../src/services/recipients.js";
import { Intake, receiveLead } from "../src/services/intake.js";
import { RateLimits } from "../src/services/rate-limits.js";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { DedupePolicy } from "../src/domain/category.js";
import type { Store } from "../src/store/store.js";
import { BENCH_DEDUPE, BENCH_FIELDS, BENCH_RATE_LIMIT, leadBodies } from "./lead-bodies.js";
import { BENCH_ROUTED_TIERS, benchRecipients } from "./routed-category.js";

const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "20000" },
    routed: { type: "boolean", default: false },
    postgres: { type: "string" },
  },
});
const total = Number(values.leads);
const IN_FLIGHT = 50;

const dir = mkdtempSync(join(tmpdir(), "carousel-intake-cpu-"));
const schema = `bench_${process.pid}`;
const store: Store = values.postgres
  ? new PostgresStore({ url: values.postgres, schema })
  : new SqliteStore(join(dir, "carousel.db"));
try {
  if (values.postgres) await (store as PostgresStore).db.schema.createSchema(schema).ifNotExists().execute();
  await store.migrate();
  await createCategory(store, {
    key: "home",
    name: "Home improvement",
    fields: BENCH_FIELDS.map((f) => ({ ...f })),
    dedupe: BENCH_DEDUPE as DedupePolicy,
  });
  const source = await createSource(store, {
    key: "web",
    name: "Web",
    category: "home",
    costPerLead: 12,
    rateLimitPerMinute: BENCH_RATE_LIMIT,
  });
  const { intake: rateLimit } = new RateLimits();
  if (values.routed) {
    for (const r of benchRecipients("home")) await createRecipient(store, r);
    await putPlan(store, "home", BENCH_ROUTED_TIERS, { userId: null, role: "admin", recipient: null });
  }
  const next = leadBodies(`c${Date.now().toString(36)}`);
  const bodies = Array.from({ length: total }, () => JSON.parse(next()) as Record<string, unknown>);

  const intake = new Intake(store);
  let sent = 0;
  const run = async (upTo: number) => {
    const worker = async () => {
      while (sent < upTo) {
        const body = bodies[sent++]!;
        const result = await receiveLead(intake, {
          intakeKey: source.intakeKey,
          body,
          ip: "127.0.0.1",
          rateLimit,
        });
        if (result.kind !== "created") throw new Error("a bench lead was a duplicate");
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  };
  await run(Math.floor(total / 5));
  const warm = sent;
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(total);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const n = sent - warm;
  console.log(
    `${values.postgres ? "postgres" : "sqlite"}${values.routed ? " routed" : ""}: ${n} leads, ` +
      `${Math.round(n / seconds)} leads/s, CPU ${(((used.user + used.system) / 1000 / n) * 1000).toFixed(1)} µs/lead ` +
      `(user ${((used.user / 1000 / n) * 1000).toFixed(1)}, system ${((used.system / 1000 / n) * 1000).toFixed(1)})`,
  );
  if (values.routed) {
    // Where the plan left the leads: offered to an agent, assigned to a buyer, or neither.
    const rows = await store.db
      .selectFrom("leads")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute();
    console.log(`  leads by status: ${rows.map((r) => `${r.status} ${Number(r.n)}`).join(", ")}`);
  }
} finally {
  await store.close();
  if (values.postgres) {
    const admin = new PostgresStore({ url: values.postgres });
    await admin.db.schema.dropSchema(schema).ifExists().cascade().execute();
    await admin.close();
  }
  rmSync(dir, { recursive: true, force: true });
}
