/**
 * `npm run bench:pool`: claimers racing over Carousel's pool. Every claimer is an agent with its
 * own token that loops `GET /api/v1/pool` → `POST /api/v1/pool/{leadId}/claim` on one of the leads
 * it was shown, until its pool is empty. Runs on SQLite (one server) and on PostgreSQL with one
 * and with three `carousel serve` processes on one database (claimers spread over them); then
 * counts from the database that no lead was claimed twice. The ceiling, in the same run: the
 * same claimers against a fastify server that answers both requests from memory. See
 * docs/BENCHMARKS.md.
 */
import { randomBytes } from "node:crypto";
import {
  benchMain,
  carouselApi,
  CATEGORY,
  givenAgents,
  givenBenchCategory,
  percentile,
  postLeads,
  startScratch,
  type Run,
  type Where,
} from "./carousel-api.js";
import { leadBodies } from "./lead-bodies.js";
import { mulberry32 } from "./random.js";
import { spawnServer } from "./targets.js";

const USAGE = `npm run bench:pool -- [options]

  --leads N           pooled leads per run (default 10000)
  --claimers N        concurrent claimers, each an agent with its own token (default 100)
`;

interface Race {
  seconds: number;
  claimed: number;
  conflicts: number;
  /** Answers other than 200 and 409, and failed requests. */
  errors: number;
  polls: number;
  claimMs: number[];
  pollMs: number[];
}

interface Proof {
  assignments: number;
  leadsClaimedTwice: number;
  claimedEvents: number;
  stillPooled: number;
}

interface Result {
  label: string;
  leads: number;
  seedSeconds: number | null;
  race: Race;
  proof: Proof | null;
}

async function main(): Promise<void> {
  await benchMain(
    "Carousel pool contention benchmark",
    USAGE,
    { leads: 10_000, claimers: 100 },
    async ({ leads, claimers }, runs, where) => {
      console.log(`\n${claimers} claimers over ${leads} pooled leads per run\n`);
      const results: Result[] = [await measureCeiling(leads, claimers)];
      for (const run of runs) results.push(await measureCarousel(run, leads, claimers, where));
      report(results);
    },
  );
}

async function measureCeiling(leads: number, claimers: number): Promise<Result> {
  process.stdout.write("  ceiling: fastify answering from memory … ");
  const server = await spawnServer("bench/pool-ceiling-server.ts", [], { BENCH_POOL_LEADS: String(leads) });
  try {
    const race = await raceFor(
      Array.from({ length: claimers }, () => ({ url: server.url, token: "ceiling" })),
      leads,
    );
    console.log(summary(race));
    return { label: "ceiling: fastify, pool in memory", leads, seedSeconds: null, race, proof: null };
  } finally {
    await server.stop();
  }
}

async function measureCarousel(run: Run, leads: number, claimers: number, where: Where): Promise<Result> {
  process.stdout.write(`  Carousel, ${run.label}: `);
  const scratch = await startScratch(run.engine, run.processes, where);
  try {
    const urls = scratch.servers.map((s) => s.url);
    const api = carouselApi(urls[0]!, scratch.token);
    const intakeKey = await givenBenchCategory(api);
    const tokens = [...(await givenAgents(api, claimers)).values()];
    // One pull tier for every agent, open long past the run: only claims take leads out.
    await api("PUT", `/api/v1/categories/${CATEGORY}/plan`, {
      tiers: [{ select: { kind: "agent" }, method: "round_robin", mode: "pull", poolSeconds: 86_400 }],
    });
    const seeded = performance.now();
    await postLeads(urls, intakeKey, leadBodies(randomBytes(3).toString("hex")), leads);
    const seedSeconds = (performance.now() - seeded) / 1000;
    process.stdout.write(`${leads} leads pooled in ${seedSeconds.toFixed(1)} s; racing … `);
    const race = await raceFor(
      tokens.map((token, i) => ({ url: urls[i % urls.length]!, token })),
      leads,
    );
    const proof = await proveOnce(scratch.query);
    console.log(summary(race));
    return { label: `Carousel, ${run.label}`, leads, seedSeconds, race, proof };
  } finally {
    await scratch.dispose();
  }
}

/** Every claimer loops poll → claim one of the leads shown (at random) until its pool is empty. */
async function raceFor(claimers: { url: string; token: string }[], leads: number): Promise<Race> {
  const race: Race = { seconds: 0, claimed: 0, conflicts: 0, errors: 0, polls: 0, claimMs: [], pollMs: [] };
  const random = mulberry32(7);
  const claimer = async ({ url, token }: { url: string; token: string }) => {
    const headers = { authorization: `Bearer ${token}` };
    for (let failures = 0; failures < 20;) {
      const polled = performance.now();
      const res = await fetch(`${url}/api/v1/pool`, { headers });
      const body = (await res.json()) as { items?: { id: string }[] };
      race.pollMs.push(performance.now() - polled);
      race.polls += 1;
      if (res.status !== 200 || !body.items) {
        race.errors += 1;
        failures += 1;
        continue;
      }
      if (body.items.length === 0) return;
      const pick = body.items[Math.floor(random() * body.items.length)]!;
      const started = performance.now();
      try {
        const claim = await fetch(`${url}/api/v1/pool/${pick.id}/claim`, { method: "POST", headers });
        await claim.arrayBuffer();
        race.claimMs.push(performance.now() - started);
        if (claim.status === 200) race.claimed += 1;
        else if (claim.status === 409) race.conflicts += 1;
        else {
          race.errors += 1;
          failures += 1;
        }
      } catch {
        race.errors += 1;
        failures += 1;
      }
    }
  };
  const started = performance.now();
  await Promise.all(claimers.map(claimer));
  race.seconds = (performance.now() - started) / 1000;
  race.claimMs.sort((a, b) => a - b);
  race.pollMs.sort((a, b) => a - b);
  if (race.claimed !== leads) console.log(`\n    only ${race.claimed} of ${leads} leads were claimed`);
  return race;
}

/** From the database: how many claims it holds, and whether any lead has two. */
async function proveOnce(query: <T>(text: string) => Promise<T[]>): Promise<Proof> {
  const one = async (text: string) => Number((await query<{ n: number | string }>(text))[0]?.n ?? NaN);
  return {
    assignments: await one("select count(*) as n from assignments where method = 'claim'"),
    leadsClaimedTwice: await one(
      "select count(*) as n from (select lead_id from assignments group by lead_id having count(*) > 1) as twice",
    ),
    claimedEvents: await one("select count(*) as n from lead_events where type = 'claimed'"),
    stillPooled: await one("select count(*) as n from leads where status = 'pooled'"),
  };
}

const claimsPerSecond = (r: Race) => r.claimed / r.seconds;
const summary = (r: Race) =>
  `${Math.round(claimsPerSecond(r))} claims/s, claim p50 ${percentile(r.claimMs, 0.5).toFixed(1)} ms, p99 ${percentile(r.claimMs, 0.99).toFixed(1)} ms`;

function report(results: Result[]): void {
  const ceiling = results[0]!;
  const lines = [
    "",
    "| run | claims | 409s | errors | polls | time (s) | claims/s | of the ceiling | claim p50 (ms) | claim p99 (ms) | poll p50 (ms) | poll p99 (ms) |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const { label, race: r } of results)
    lines.push(
      `| ${label} | ${r.claimed} | ${r.conflicts} | ${r.errors} | ${r.polls} | ${r.seconds.toFixed(1)} | ${Math.round(claimsPerSecond(r))} | ${(claimsPerSecond(r) / claimsPerSecond(ceiling.race)).toFixed(3)} | ${percentile(r.claimMs, 0.5).toFixed(1)} | ${percentile(r.claimMs, 0.99).toFixed(1)} | ${percentile(r.pollMs, 0.5).toFixed(1)} | ${percentile(r.pollMs, 0.99).toFixed(1)} |`,
    );
  lines.push(
    "",
    "Counted from each run's database afterwards:",
    "",
    "| run | leads pooled (s to seed) | 200 answers | claim assignments | `claimed` events | leads claimed twice | still pooled | verdict |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
  );
  for (const { label, leads, seedSeconds, race, proof } of results.slice(1)) {
    const p = proof!;
    const ok =
      p.leadsClaimedTwice === 0 &&
      p.assignments === race.claimed &&
      p.claimedEvents === race.claimed &&
      p.stillPooled === leads - race.claimed;
    lines.push(
      `| ${label} | ${leads} (${seedSeconds!.toFixed(1)}) | ${race.claimed} | ${p.assignments} | ${p.claimedEvents} | ${p.leadsClaimedTwice} | ${p.stillPooled} | ${ok ? "ok: every lead claimed at most once, one assignment per 200" : "FAILED"} |`,
    );
    if (!ok) process.exitCode = 1;
  }
  console.log(lines.join("\n"));
}

await main();
