/**
 * Intake without HTTP, in this process: CPU time per lead of `receiveLead` on SQLite (or on
 * PostgreSQL with `--postgres URL`), with 50 leads in flight at a time as 50 connections would
 * give. A tool for working on the hot path (run it under `node --cpu-prof` to see where the
 * time goes); the figures to compare with the ceilings are the HTTP benchmark's (`bench/run.ts`).
 *
 *   npx tsx bench/intake-cpu.ts [--leads N] [--routed] [--postgres URL] [--in-flight N (50)]
 *     [--compare-reports [--rounds R]]
 *
 * With --compare-reports it sets up two scratch databases, one as migrated and one without the
 * reports' triggers (migrations 0026 and 0027, and their indexes on assignments), and measures
 * them in alternating rounds of N leads each, so both see the same load, each first in every
 * other round.
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
import { dropReportTriggers } from "./report-triggers.js";
import { BENCH_ROUTED_TIERS, benchRecipients } from "./routed-category.js";

const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "20000" },
    routed: { type: "boolean", default: false },
    postgres: { type: "string" },
    "compare-reports": { type: "boolean", default: false },
    rounds: { type: "string", default: "4" },
    "in-flight": { type: "string", default: "50" },
  },
});
const total = Number(values.leads);
const IN_FLIGHT = Number(values["in-flight"]);

const dir = mkdtempSync(join(tmpdir(), "carousel-intake-cpu-"));
const variants = values["compare-reports"] ? ["with reports", "without reports"] : [""];
const stores: Store[] = variants.map((_, i) =>
  values.postgres
    ? new PostgresStore({ url: values.postgres, schema: `bench_${process.pid}_${i}` })
    : new SqliteStore(join(dir, `carousel-${i}.db`)),
);

const schemaOf = (store: Store) => `bench_${process.pid}_${stores.indexOf(store)}`;

/** A store ready for intake, and a function that receives `n` more leads and answers their CPU time. */
async function setUp(store: Store, withoutReports: boolean) {
  if (values.postgres)
    await (store as PostgresStore).db.schema.createSchema(schemaOf(store)).ifNotExists().execute();
  await store.migrate();
  if (withoutReports) await dropReportTriggers(store, true);
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
  const intake = new Intake(store);
  return async (n: number) => {
    const bodies = Array.from({ length: n }, () => JSON.parse(next()) as Record<string, unknown>);
    let taken = 0;
    const worker = async () => {
      while (taken < n) {
        const body = bodies[taken++]!;
        const result = await receiveLead(intake, {
          intakeKey: source.intakeKey,
          body,
          ip: "127.0.0.1",
          rateLimit,
        });
        if (result.kind !== "created") throw new Error("a bench lead was a duplicate");
      }
    };
    const cpu = process.cpuUsage();
    const started = performance.now();
    const { used: carriedBefore, pipelined: pipelinedBefore } = intake.carry;
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const used = process.cpuUsage(cpu);
    return {
      n,
      seconds: (performance.now() - started) / 1000,
      user: used.user,
      system: used.system,
      // Batches that started from the state the one before left, or decided on top of it in flight.
      carried: intake.carry.used - carriedBefore,
      pipelined: intake.carry.pipelined - pipelinedBefore,
    };
  };
}

const report = (
  label: string,
  r: { n: number; seconds: number; user: number; system: number; carried: number; pipelined: number },
) =>
  console.log(
    `${values.postgres ? "postgres" : "sqlite"}${values.routed ? " routed" : ""}${label}: ${r.n} leads, ` +
      `${Math.round(r.n / r.seconds)} leads/s, CPU ${(((r.user + r.system) / 1000 / r.n) * 1000).toFixed(1)} µs/lead ` +
      `(user ${((r.user / 1000 / r.n) * 1000).toFixed(1)}, system ${((r.system / 1000 / r.n) * 1000).toFixed(1)})` +
      (values.routed ? `; batches on carried state ${r.carried}, pipelined ${r.pipelined}` : ""),
  );

try {
  const runs = [];
  for (const [i, store] of stores.entries()) runs.push(await setUp(store, i === 1));
  for (const run of runs) await run(Math.floor(total / 5)); // warm
  const rounds = values["compare-reports"] ? Number(values.rounds) : 1;
  const cpuPerLead: number[][] = variants.map(() => []);
  for (let round = 1; round <= rounds; round++)
    // In turn first and second: whichever runs second in a round was measured up to ~10 % cheaper
    // with both variants the same, so a fixed order would read as a difference.
    for (const i of round % 2 === 1 ? runs.keys() : [...runs.keys()].reverse()) {
      const r = await runs[i]!(total);
      cpuPerLead[i]!.push((r.user + r.system) / r.n);
      report(variants[i] ? `, ${variants[i]}, round ${round}` : "", r);
    }
  if (values["compare-reports"]) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [a, b] = cpuPerLead.map(median) as [number, number];
    console.log(
      `median CPU µs/lead: with reports ${a.toFixed(1)}, without ${b.toFixed(1)}: ${(((a - b) / b) * 100).toFixed(1)} %`,
    );
  }
  if (values.routed) {
    // Where the plan left the leads: offered to an agent, assigned to a buyer, or neither.
    const rows = await stores[0]!.db
      .selectFrom("leads")
      .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("status")
      .execute();
    console.log(`  leads by status: ${rows.map((r) => `${r.status} ${Number(r.n)}`).join(", ")}`);
  }
} finally {
  for (const [i, store] of stores.entries()) {
    await store.close();
    if (values.postgres) {
      const admin = new PostgresStore({ url: values.postgres });
      await admin.db.schema.dropSchema(schemaOf(stores[i]!)).ifExists().cascade().execute();
      await admin.close();
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
