/**
 * What intake's rate limits cost a lead, in process: the per-source bucket and the check of the
 * client's address against failed authentications, as `POST /api/v1/leads` runs them, timed
 * over many calls (nanoseconds a lead), beside the CPU a lead costs in all (bench/intake-cpu.ts).
 *
 *   npx tsx bench/rate-limit.ts [--calls N]
 */
import { parseArgs } from "node:util";
import type { Source } from "../src/domain/source.js";
import { RateLimits } from "../src/services/rate-limits.js";
import { BENCH_RATE_LIMIT } from "./lead-bodies.js";

const { values } = parseArgs({ options: { calls: { type: "string", default: "5000000" } } });
const calls = Number(values.calls);
const source: Source = {
  key: "quote-landing-page",
  name: "Free quote landing page",
  category: "home-improvement",
  intakeKey: "ik_bench",
  costPerLeadCents: 3500,
  attributes: {},
  enabled: true,
  rateLimitPerMinute: BENCH_RATE_LIMIT,
  autoPause: null,
  paused: null,
  autoPauseSince: 0,
  createdAt: 0,
};
// The real clock is read, as in the server, but leads arrive at least 1/16 ms apart, 16,000 a
// second however fast this loop runs: under the limit, so none is refused.
let now = Date.now();
const limits = new RateLimits({}, () => (now = Math.max(Date.now(), now + 1 / 16)));
const addresses = Array.from({ length: 50 }, (_, i) => `10.0.0.${i}`);

const run = (n: number) => {
  for (let i = 0; i < n; i++) {
    limits.failedAuth.check(addresses[i % 50]!);
    limits.intake.take(source);
  }
};
run(calls / 10);
// CPU time rather than the wall clock's: on a shared machine the process is often not running.
const cpu = process.cpuUsage();
run(calls);
const used = process.cpuUsage(cpu);
const ns = ((used.user + used.system) * 1000) / calls;
console.log(`rate limits on intake: ${ns.toFixed(1)} ns of CPU a lead (${calls} leads)`);
