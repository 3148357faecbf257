/**
 * Where PostgreSQL's time goes in a run, seen from the client: loaded before a benchmark, it
 * times every statement the process sends (by statement, client-side: from sending it to its
 * answer, so waiting for locks and for the CPU counts), measures how long each transaction
 * holds a routing head (from its lock, `update routing_heads set version …` or, before the head
 * had a version, `… for update`, to its commit), and the CPU
 * time of the PostgreSQL backends serving the process (from /proc, on Linux, with the
 * database on this machine). Printed when the process exits.
 *
 *   node --import tsx --import ./bench/pg-timing.ts bench/intake-cpu.ts --routed --postgres URL
 *
 * The backends' CPU covers their whole life (the schema's migrations and the benchmark's
 * set-up too), so compare runs of the same set-up; "a lead" is a row of the leads inserts seen.
 */
import pg from "pg";
import { processCpu as backendCpu } from "./cpu.js";

interface Timing {
  count: number;
  ms: number;
  most: number;
}

const timings = new Map<string, Timing>();
const holds: number[] = [];
/** The backends' CPU seconds, by process id: when first seen, and when last sampled. */
const backends = new Map<number, { first: number; last: number }>();
let leadsInserted = 0;

function sampleBackends(): void {
  for (const [pid, cpu] of backends) {
    const now = backendCpu(pid);
    if (now !== null) cpu.last = now;
  }
}
setInterval(sampleBackends, 200).unref();

/** A statement's name in the report: the routing statements by what they do, others by their start. */
function nameOf(text: string): string {
  const sql = text.replace(/\s+/g, " ").trim();
  if (
    /^select .*from "routing_heads".* for update/i.test(sql) ||
    /^update "routing_heads" set "version" = "version" \+ \$1 where "category" = \$2 returning/i.test(sql)
  )
    return "routing head, for update";
  if (sql.startsWith("with sequences as")) return "routing writes";
  if (sql.startsWith("select (select coalesce(json_agg(json_build_object('recipient'"))
    return "routing state read";
  if (sql.startsWith("with added as (insert into leads")) return "leads and events insert";
  if (sql.startsWith('insert into "dedupe_keys"')) return "dedupe claims";
  return sql.slice(0, 72);
}

/** Leads in the parameters of a leads insert (a JSON array, or a multi-row insert's rows). */
function leadsIn(name: string, values: unknown): number {
  if (name !== "leads and events insert" || !Array.isArray(values) || typeof values[0] !== "string") return 0;
  return (JSON.parse(values[0]) as unknown[]).length;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const prototype = pg.Client.prototype as unknown as { query: Query };
const query = prototype.query;
const heldSince = new WeakMap<pg.Client, number>();

prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args;
  const text = typeof config === "string" ? config : (config as { text?: string } | null)?.text;
  const callback = args.some((a) => typeof a === "function");
  const submittable = typeof (config as { submit?: unknown } | null)?.submit === "function";
  if (text === undefined || callback || submittable) return query.apply(this, args);
  const pid = (this as unknown as { processID?: number }).processID;
  if (pid !== undefined && !backends.has(pid)) {
    const cpu = backendCpu(pid);
    if (cpu !== null) backends.set(pid, { first: cpu, last: cpu });
  }
  const name = nameOf(text);
  leadsInserted += leadsIn(name, values);
  const started = performance.now();
  if (name === "routing head, for update" && !heldSince.has(this)) heldSince.set(this, started);
  const done = () => {
    const ms = performance.now() - started;
    const t = timings.get(name) ?? { count: 0, ms: 0, most: 0 };
    t.count++;
    t.ms += ms;
    t.most = Math.max(t.most, ms);
    timings.set(name, t);
    const since = heldSince.get(this);
    if ((name === "commit" || name === "rollback") && since !== undefined) {
      holds.push(performance.now() - since);
      heldSince.delete(this);
    }
  };
  const answer = query.apply(this, args) as Promise<unknown>;
  answer.then(done, done);
  return answer;
};

process.on("exit", () => {
  const rows = [...timings].sort(([, a], [, b]) => b.ms - a.ms).slice(0, 20);
  const lines = rows.map(
    ([name, t]) =>
      `${name.padEnd(74)} ${String(t.count).padStart(7)} ${t.ms.toFixed(0).padStart(9)} ` +
      `${(t.ms / t.count).toFixed(2).padStart(8)} ${t.most.toFixed(1).padStart(8)}`,
  );
  console.log(
    `\n${"statement (client-side)".padEnd(74)} ${"count".padStart(7)} ${"total ms".padStart(9)} ${"avg ms".padStart(8)} ${"most".padStart(8)}`,
  );
  for (const line of lines) console.log(line);
  if (holds.length > 0) {
    holds.sort((a, b) => a - b);
    const at = (q: number) => holds[Math.min(holds.length - 1, Math.floor(holds.length * q))]!.toFixed(1);
    const mean = holds.reduce((a, b) => a + b, 0) / holds.length;
    console.log(
      `routing head held (for update → commit): ${holds.length} times, mean ${mean.toFixed(1)} ms, ` +
        `p50 ${at(0.5)}, p90 ${at(0.9)}, p99 ${at(0.99)}`,
    );
  }
  let cpu = 0;
  for (const b of backends.values()) cpu += b.last - b.first;
  if (backends.size > 0)
    console.log(
      `PostgreSQL backends' CPU: ${cpu.toFixed(2)} s over ${backends.size} connections` +
        (leadsInserted > 0
          ? `, ${leadsInserted} leads inserted: ${((cpu * 1000) / leadsInserted).toFixed(3)} ms a lead`
          : ""),
    );
});
