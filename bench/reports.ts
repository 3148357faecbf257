/**
 * Reports over a million leads: seeds a realistic 90 days (3 categories, 6 sources, 12 states,
 * 20 recipients, leads at every stage, returns, outcomes, duplicates and refusals) with bulk
 * inserts, then runs every report over 90 and 30 days several times and prints its p50 and p95
 * beside ceilings measured in the same run: a bare `select count(*)` over the leads table, and
 * one indexed range scan counting the facts of the 90 days.
 *
 *   npx tsx bench/reports.ts [--leads 1000000] [--runs 7] [--postgres URL [--schema NAME]] [--keep PATH]
 *
 * `--keep PATH` (SQLite) or `--schema NAME` (PostgreSQL) keeps the seeded database and reuses it
 * when it is already seeded: the migrations are run again on it (so a new one applies) and the
 * rollups refreshed, timed, before the reports are measured.
 *
 * The seed writes `lead_facts` directly (the triggers that keep it in step are dropped for the
 * seed, as a bulk load would); the rollups are then built from the facts by the reports' own
 * refresh (the one every report runs first), timed apart. What is measured is the reports'
 * reading with every lead rolled up, as between two reports on a quiet server.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { listCategories } from "../src/store/queries/categories.js";
import { rollUpReports } from "../src/store/queries/report-rollups.js";
import { createCategory, createSource } from "../src/services/catalog.js";
import {
  funnelReport,
  performanceReport,
  reasonsReport,
  recipientsReport,
  speedReport,
  type ReportQuery,
} from "../src/services/lead-reports.js";
import { createRecipient } from "../src/services/recipients.js";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import type { AssignmentRow, LeadFactsRow, LeadRow } from "../src/store/schema.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { mulberry32 } from "./random.js";
import { dropReportTriggers } from "./report-triggers.js";

const { values } = parseArgs({
  options: {
    leads: { type: "string", default: "1000000" },
    runs: { type: "string", default: "7" },
    postgres: { type: "string" },
    // Keep the seeded SQLite database at this path (and reuse it when it is there), to profile.
    keep: { type: "string" },
    // Keep the seeded PostgreSQL schema under this name (and reuse it when it is seeded).
    schema: { type: "string" },
  },
});
const total = Number(values.leads);
const runs = Number(values.runs);
const DAY = 86_400_000;
const END = Date.UTC(2026, 11, 1);
const START = END - 90 * DAY;

const dir = mkdtempSync(join(tmpdir(), "carousel-reports-"));
const schema = values.schema ?? `bench_reports_${process.pid}`;
const keptFile = values.keep !== undefined && existsSync(values.keep);
const store: Store = values.postgres
  ? new PostgresStore({ url: values.postgres, schema })
  : new SqliteStore(values.keep ?? join(dir, "carousel.db"));
const reuse = values.postgres
  ? values.schema !== undefined && (await seeded(store as PostgresStore))
  : keptFile;

/** Whether the kept PostgreSQL schema holds a seed already (its leads table has rows). */
async function seeded(pg: PostgresStore): Promise<boolean> {
  const found = await sql<{ n: number }>`select count(*)::int as n from information_schema.tables
    where table_schema = ${schema} and table_name = 'leads'`.execute(pg.db);
  if (found.rows[0]!.n === 0) return false;
  return (await sql`select 1 from leads limit 1`.execute(pg.db)).rows.length > 0;
}

const CATEGORIES = ["solar", "roofing", "insurance"];
const PRODUCTS = ["basic", "standard", "premium", "custom"];
const STATES = ["TX", "CA", "FL", "NY", "IL", "OH", "GA", "NC", "AZ", "WA", "CO", "IA"];
const CAMPAIGNS = ["spring", "summer", "brand", "retarget", "search", "social", null];
const UTM_SOURCES = ["google", "facebook", "bing", null];
const LOST = ["Not interested", "Price", "Went elsewhere", "No answer", "Bad timing"];
const RETURNS = ["Fake", "Duplicate", "Wrong number", "Out of area"];

/**
 * Statistics for the planner; on PostgreSQL also a vacuum of the tables the reports read, as
 * autovacuum would after the load (the rollups' first build rewrote every facts row, and an
 * index-only scan reads the table for pages not marked all-visible).
 */
async function settle(): Promise<void> {
  if (store.engine === "postgres")
    await sql`vacuum analyze lead_facts, assignments, intake_counts, report_counts, report_reasons,
      report_speed, report_recipients, report_responses`.execute(store.db);
  else await sql`analyze`.execute(store.db);
}

try {
  if (!reuse) {
    if (values.postgres)
      await (store as PostgresStore).db.schema.createSchema(schema).ifNotExists().execute();
    await store.migrate();
    const sources: { key: string; category: string; cost: number }[] = [];
    for (const [i, category] of CATEGORIES.entries()) {
      await createCategory(store, {
        key: category,
        name: category,
        fields: [{ key: "product", type: "enum", options: PRODUCTS }],
      });
      for (const kind of ["web", "partner"]) {
        const key = `${category}-${kind}`;
        const cost = 10 + 10 * i + (kind === "partner" ? 15 : 0);
        await createSource(store, { key, name: key, category, costPerLead: cost });
        sources.push({ key, category, cost });
      }
    }
    const recipients: { key: string; buyer: boolean; weight: number }[] = [];
    for (let i = 0; i < 20; i++) {
      const buyer = i >= 14;
      const key = `${buyer ? "buyer" : "agent"}-${i}`;
      const weight = 1 + (i % 3);
      await createRecipient(store, {
        key,
        name: key,
        kind: buyer ? "buyer" : "agent",
        categories: CATEGORIES,
        weight,
      } as Parameters<typeof createRecipient>[1]);
      recipients.push({ key, buyer, weight });
    }

    // The seed's bulk load goes round the triggers, as a restore would; the facts are written with it.
    await dropReportTriggers(store, false);

    const seedStarted = performance.now();
    const random = mulberry32(90);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const weightSum = recipients.reduce((s, r) => s + r.weight, 0);
    const pickRecipient = () => {
      let x = random() * weightSum;
      for (const r of recipients) if ((x -= r.weight) < 0) return r;
      return recipients[recipients.length - 1]!;
    };
    // Seconds, log-normal around a median with a long tail.
    const lognormal = (median: number, spread: number) => {
      const u = Math.max(random(), 1e-9);
      const v = random();
      return Math.round(median * Math.exp(spread * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)));
    };
    const CHUNK = store.engine === "sqlite" ? 400 : 1000;
    let leads: LeadRow[] = [];
    let facts: LeadFactsRow[] = [];
    let assignments: AssignmentRow[] = [];
    const flush = async () => {
      await store.transact(async (tx) => {
        for (let i = 0; i < leads.length; i += CHUNK) {
          await tx
            .insertInto("leads")
            .values(leads.slice(i, i + CHUNK))
            .execute();
          await tx
            .insertInto("lead_facts")
            .values(facts.slice(i, i + CHUNK))
            .execute();
        }
        for (let i = 0; i < assignments.length; i += CHUNK)
          await tx
            .insertInto("assignments")
            .values(assignments.slice(i, i + CHUNK))
            .execute();
      });
      leads = [];
      facts = [];
      assignments = [];
    };
    let assignmentNo = 0;
    const assignment = (
      leadId: string,
      recipient: string,
      status: string,
      at: number,
      answer: number | null,
    ) => ({
      id: `asg-${assignmentNo++}`,
      lead_id: leadId,
      recipient,
      status,
      created_at: at,
      updated_at: at,
      category: null,
      plan_version: null,
      tier: null,
      method: null,
      mode: null,
      price_cents: null,
      cost_cents: null,
      margin_cents: null,
      trace: null,
      expires_at: null,
      actor: null,
      reason: null,
      responded_at: answer,
      windows: null,
    });

    for (let i = 0; i < total; i++) {
      const id = `lead-${i.toString(36).padStart(5, "0")}`;
      const at = START + Math.floor(((i + random()) / total) * 90 * DAY);
      const source = pick(sources);
      const state = pick(STATES);
      const campaign = pick(CAMPAIGNS);
      const utmSource = pick(UTM_SOURCES);
      const r = random();
      const assigned = r < 0.93;
      const holder = assigned ? pickRecipient() : null;
      const acceptedAt = holder ? at + lognormal(40, 1.2) * 1000 : null;
      const contactAt = acceptedAt !== null && random() < 0.7 ? at + lognormal(240, 2) * 1000 : null;
      const qualified = contactAt !== null && random() < 0.35;
      const won = qualified && random() < 0.4;
      const lost = !won && contactAt !== null && random() < 0.3;
      const returned = holder?.buyer === true && random() < 0.06;
      const sold = holder?.buyer === true && !returned && random() < 0.15;
      const bad = holder?.buyer === true && !returned && !sold && random() < 0.02;
      const price = holder?.buyer ? (20 + Math.floor(random() * 50)) * 100 : 0;
      const revenue = won ? (500 + Math.floor(random() * 4500)) * 100 : 0;
      const status = !assigned ? "unassigned" : won || lost ? "closed" : "assigned";
      const stage = won ? "won" : lost ? "lost" : qualified ? "qualified" : contactAt ? "contacted" : "new";
      leads.push({
        id,
        category: source.category,
        source: source.key,
        first_name: "Pat",
        last_name: "Lee",
        email: `${id}@example.com`,
        phone: null,
        address: null,
        city: null,
        state,
        zip: null,
        country: "US",
        lat: null,
        lon: null,
        fields: JSON.stringify({ product: pick(PRODUCTS) }),
        consent: null,
        attribution: JSON.stringify({
          ...(campaign ? { utmCampaign: campaign } : {}),
          ...(utmSource ? { utmSource } : {}),
        }),
        ip: null,
        score: 0,
        priority: "normal",
        stage,
        status,
        tags: "[]",
        cost_cents: source.cost * 100,
        revenue_cents: revenue,
        created_at: at,
        updated_at: at,
        retry_at: null,
        tier: null,
        pool_until: null,
      } as LeadRow);
      facts.push({
        lead_id: id,
        created_at: at,
        category: source.category,
        source: source.key,
        state,
        status,
        campaign,
        utm_source: utmSource,
        utm_medium: null,
        cost_cents: source.cost * 100,
        recipient: holder?.key ?? null,
        assigned_at: holder ? at : null,
        accepted_at: acceptedAt,
        contact_at: contactAt,
        qualified: qualified ? 1 : 0,
        outcome: won ? "won" : lost ? "lost" : null,
        lost_reason: lost ? pick(LOST) : null,
        revenue_cents: revenue,
        sales_cents: sold ? price + 1000 : price,
        credited_cents: returned ? price : 0,
        return_reason: returned ? pick(RETURNS) : null,
        sold: sold ? 1 : 0,
        bad_reason: bad ? "Disconnected" : null,
      });
      if (holder) {
        if (random() < 0.2) {
          const other = pickRecipient();
          if (other !== holder)
            assignments.push(assignment(id, other.key, pick(["rejected", "expired"]), at, at + 60_000));
        }
        const status = returned ? "returned" : holder.buyer ? "delivered" : "accepted";
        assignments.push(assignment(id, holder.key, status, at, acceptedAt));
      }
      if (leads.length >= 20_000) await flush();
    }
    await flush();
    // Duplicates and refusals: a few a quarter hour per source.
    const counts: { quarter: number; category: string; source: string; kind: string; n: number }[] = [];
    for (let q = START / 900_000; q < END / 900_000; q++)
      for (const s of sources) {
        counts.push({ quarter: q, category: s.category, source: s.key, kind: "duplicate", n: 1 + (q % 3) });
        if (q % 2 === 0)
          counts.push({ quarter: q, category: s.category, source: s.key, kind: "invalid", n: 1 });
      }
    await store.transact(async (tx) => {
      for (let i = 0; i < counts.length; i += CHUNK)
        await tx
          .insertInto("intake_counts")
          .values(counts.slice(i, i + CHUNK))
          .execute();
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    console.log(
      `${store.engine}: seeded ${total} leads, ${assignmentNo} assignments over 90 days in ${seedSeconds.toFixed(1)} s`,
    );
    const rollupStarted = performance.now();
    const fields = (await listCategories(store)).flatMap((c) => c.fields.map((f) => f.key));
    await store.transact((tx) => rollUpReports(tx, [...new Set(fields)]));
    await settle();
    console.log(
      `rollups built from the facts in ${((performance.now() - rollupStarted) / 1000).toFixed(1)} s`,
    );
  } else {
    const started = performance.now();
    await store.migrate();
    await dropReportTriggers(store, false);
    const migrated = performance.now();
    const fields = (await listCategories(store)).flatMap((c) => c.fields.map((f) => f.key));
    await store.transact((tx) => rollUpReports(tx, [...new Set(fields)]));
    await settle();
    console.log(
      `reused the seed: migrations in ${((migrated - started) / 1000).toFixed(1)} s, rollups refreshed in ${((performance.now() - migrated) / 1000).toFixed(1)} s`,
    );
  }

  const timed = async (work: () => Promise<unknown>) => {
    await work(); // warm
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await work();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.max(0, Math.ceil(p * times.length) - 1)]!;
    return { p50: at(0.5), p95: at(0.95) };
  };
  const bare = await timed(() => sql`select count(*) from leads`.execute(store.db));
  const scan = await timed(() =>
    sql`select count(*) from lead_facts where created_at >= ${START} and created_at < ${END}`.execute(
      store.db,
    ),
  );
  const all: ReportQuery = { from: START, to: END };
  const month: ReportQuery = { from: END - 30 * DAY, to: END };
  const cases: [string, () => Promise<unknown>][] = [
    ["performance", () => performanceReport(store, all)],
    ["performance by source", () => performanceReport(store, { ...all, groupBy: "source" })],
    [
      "performance by day (America/Chicago)",
      () => performanceReport(store, { ...all, groupBy: "day", tz: "America/Chicago" }),
    ],
    ["performance by week", () => performanceReport(store, { ...all, groupBy: "week" })],
    ["performance by recipient", () => performanceReport(store, { ...all, groupBy: "recipient" })],
    ["performance by campaign", () => performanceReport(store, { ...all, groupBy: "campaign" })],
    ["performance by field:product", () => performanceReport(store, { ...all, groupBy: "field:product" })],
    ["funnel by category", () => funnelReport(store, { ...all, groupBy: "category" })],
    [
      "funnel by hour (Asia/Kolkata)",
      () => funnelReport(store, { ...all, groupBy: "hour", tz: "Asia/Kolkata" }),
    ],
    ["reasons by source", () => reasonsReport(store, { ...all, groupBy: "source" })],
    ["speed", () => speedReport(store, all)],
    ["speed by state", () => speedReport(store, { ...all, groupBy: "state" })],
    ["speed by month", () => speedReport(store, { ...all, groupBy: "month" })],
    ["recipients", () => recipientsReport(store, all)],
    ["reasons by field:product", () => reasonsReport(store, { ...all, groupBy: "field:product" })],
    ["speed by recipient", () => speedReport(store, { ...all, groupBy: "recipient" })],
    [
      "speed by hour (Asia/Kolkata)",
      () => speedReport(store, { ...all, groupBy: "hour", tz: "Asia/Kolkata" }),
    ],
    ["performance by utmSource", () => performanceReport(store, { ...all, groupBy: "utmSource" })],
    ["funnel by state", () => funnelReport(store, { ...all, groupBy: "state" })],
    [
      "30 days: performance by day (America/Chicago)",
      () => performanceReport(store, { ...month, groupBy: "day", tz: "America/Chicago" }),
    ],
    ["30 days: performance by source", () => performanceReport(store, { ...month, groupBy: "source" })],
    ["30 days: speed by category", () => speedReport(store, { ...month, groupBy: "category" })],
    ["30 days: recipients", () => recipientsReport(store, month)],
    [
      "30 days to the minute (edges from the facts): funnel by campaign",
      () =>
        funnelReport(store, { from: month.from + 37 * 60_000, to: END - 11 * 60_000, groupBy: "campaign" }),
    ],
    [
      "performance, last 7 days by day",
      () => performanceReport(store, { from: END - 7 * DAY, to: END, groupBy: "day" }),
    ],
  ];
  const row = (name: string, t: { p50: number; p95: number }, met: string) =>
    console.log(`| ${name} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${met} |`);
  console.log(`${store.engine}, ${total} leads, ${runs} runs after one warm-up`);
  console.log("| report (90 days unless said) | p50 ms | p95 ms | ≤ 1 s at p95 |");
  console.log("| --- | ---: | ---: | --- |");
  row("ceiling: select count(*) from leads", bare, "");
  row("ceiling: count the facts of 90 days (one indexed range scan)", scan, "");
  for (const [name, work] of cases) {
    const t = await timed(work);
    row(name, t, t.p95 <= 1000 ? "met" : "NOT met");
  }
} finally {
  await store.close();
  if (values.postgres && values.schema === undefined) {
    const admin = new PostgresStore({ url: values.postgres });
    await admin.db.schema.dropSchema(schema).ifExists().cascade().execute();
    await admin.close();
  }
  rmSync(dir, { recursive: true, force: true });
}
