/**
 * Where a SQLite process's time goes in its statements: loaded before a benchmark, it times every
 * statement better-sqlite3 runs (by statement: its own rows' work, its triggers', its foreign
 * keys' and, for `commit`, writing the log), from the first leads insert on, and prints per lead
 * (a row of the leads inserts seen) when the process exits, beside the process's CPU time per
 * lead over the same span. What is left of that CPU is JavaScript (routing, rows, the event loop).
 *
 *   node --import tsx --import ./bench/sqlite-timing.ts bench/intake-cpu.ts --routed --leads 10000
 *
 * SQLite runs on the calling thread, so a statement's time is CPU time, but for the log's
 * writes waiting on the disk. `SQLITE_TIMING_SKIP=N` starts counting after N leads (to leave out
 * a warm-up).
 */
import Database from "better-sqlite3";

interface Timing {
  count: number;
  ns: bigint;
}

const skip = Number(process.env["SQLITE_TIMING_SKIP"] ?? 0);
const timings = new Map<string, Timing>();
let leadsSeen = 0;
let leadsTimed = 0;
let startedCpu: NodeJS.CpuUsage | undefined;
const names = new Map<string, string>();

/** A statement's name in the report: its first words, without the column lists. */
function nameOf(source: string): string {
  let name = names.get(source);
  if (name === undefined) {
    name = source
      .replace(/\s+/g, " ")
      .replace(/\(("?\w+"?, )+"?\w+"?\)/g, "(…)")
      .replace(/( values \(\?(, \?)*\))(, \(\?(, \?)*\))*/g, " values …")
      .trim()
      .slice(0, 70);
    names.set(source, name);
  }
  return name;
}

/** Rows of a leads insert: the statement's changes (its triggers' rows are not counted). */
const isLeadsInsert = (source: string) => source.startsWith('insert into "leads" ');

type Method = (this: Database.Statement, ...args: unknown[]) => unknown;
const probe = new Database(":memory:");
const prototype = Object.getPrototypeOf(probe.prepare("select 1")) as Record<string, Method>;
probe.close();

for (const method of ["run", "get", "all"]) {
  const original = prototype[method]!;
  prototype[method] = function (this: Database.Statement, ...args: unknown[]) {
    if (startedCpu === undefined) return counted(this, original.apply(this, args));
    const started = process.hrtime.bigint();
    const result = original.apply(this, args);
    const name = nameOf(this.source);
    const t = timings.get(name) ?? { count: 0, ns: 0n };
    t.count++;
    t.ns += process.hrtime.bigint() - started;
    timings.set(name, t);
    return counted(this, result);
  };
}

function counted(statement: Database.Statement, result: unknown): unknown {
  if (!isLeadsInsert(statement.source)) return result;
  const rows = (result as { changes?: number }).changes ?? 0;
  if (startedCpu !== undefined) leadsTimed += rows;
  leadsSeen += rows;
  if (startedCpu === undefined && leadsSeen >= skip) startedCpu = process.cpuUsage();
  return result;
}

process.on("exit", () => {
  if (startedCpu === undefined || leadsTimed === 0) {
    console.log("sqlite-timing: no leads inserted after the skipped ones");
    return;
  }
  const cpu = process.cpuUsage(startedCpu);
  const perLead = (ns: bigint) => Number(ns) / 1000 / leadsTimed;
  const rows = [...timings].sort(([, a], [, b]) => (b.ns > a.ns ? 1 : b.ns < a.ns ? -1 : 0));
  const total = rows.reduce((sum, [, t]) => sum + t.ns, 0n);
  console.log(`\n${"statement".padEnd(72)} ${"a lead".padStart(8)} ${"µs a lead".padStart(10)}`);
  for (const [name, t] of rows.slice(0, 20))
    console.log(
      `${name.padEnd(72)} ${(t.count / leadsTimed).toFixed(3).padStart(8)} ${perLead(t.ns).toFixed(1).padStart(10)}`,
    );
  const cpuPerLead = (cpu.user + cpu.system) / leadsTimed;
  console.log(
    `${leadsTimed} leads: statements ${perLead(total).toFixed(1)} µs a lead of the process's ` +
      `${cpuPerLead.toFixed(1)} µs of CPU (${((perLead(total) / cpuPerLead) * 100).toFixed(0)} %)`,
  );
});
