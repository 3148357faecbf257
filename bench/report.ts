import type { PhaseReport } from "./load.js";
import type { Machine } from "./machine.js";
import type { BenchEngine, TargetId } from "./targets.js";

export interface TargetResult {
  id: TargetId;
  label: string;
  engine: BenchEngine | null;
  warmup: PhaseReport | null;
  measured: PhaseReport;
  /** Leads in the database after the run; null for the ceiling that stores nothing. */
  stored: number | null;
  /** 201 answers over warm-up and measured phase together: what `stored` must equal. */
  created: number;
}

export interface Goal {
  name: string;
  value: number | null;
  /** The lowest and highest value over the rounds, when there were several. */
  range?: [number, number];
  goal: string;
  met: boolean | null;
  /** Whether a value meets the goal; null for figures shown without one. */
  judge: ((v: number) => boolean) | null;
  format: (v: number) => string;
}

const int = (v: number) => Math.round(v).toLocaleString("en-US");
const ms = (v: number) => v.toFixed(1);
const ratio = (v: number) => v.toFixed(2);

export function machineLines(m: Machine): string[] {
  const pg =
    "unreachable" in m.postgres
      ? `unreachable (${m.postgres.unreachable})`
      : `${m.postgres.version} (${Object.entries(m.postgres.settings)
          .map(([k, v]) => `${k}=${v}`)
          .join(", ")})`;
  return [
    `Carousel:    ${m.carousel}`,
    `CPU:         ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB`,
    `OS:          ${m.os}`,
    `Node:        ${m.node}`,
    `SQLite:      ${m.sqlite} (better-sqlite3 ${m.packages["better-sqlite3"]}), files on ${m.dataFileSystem}`,
    `PostgreSQL:  ${pg}`,
    `Packages:    ${Object.entries(m.packages)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
    `Load avg:    ${m.loadAverage.toFixed(2)} (1 min, before the run)`,
  ];
}

/** The results as a Markdown table, readable in a terminal and ready for docs/BENCHMARKS.md. */
export function resultTable(results: TargetResult[]): string[] {
  const header = [
    "run",
    "leads/s",
    "p50 ms",
    "p99 ms",
    "max ms",
    "non-2xx",
    "errors",
    "stored / 201s",
    "CPU: server / load / PG / other",
    "server CPU ms/lead",
  ];
  const rows = results.map((r) => {
    const m = r.measured;
    const cpu = m.cpu
      ? [m.cpu.groups[0]!, m.cpu.groups[1]!, m.cpu.groups[2]!, m.cpu.other]
          .map((v, i) => (i === 2 && r.engine !== "postgres" ? "—" : ratio(v)))
          .join(" / ")
      : "n/a";
    const check =
      r.stored === null ? "—" : `${int(r.stored)} / ${int(r.created)} ${r.stored === r.created ? "✓" : "✗"}`;
    const perLead = m.cpu && m.rate > 0 ? ((1000 * m.cpu.groups[0]!) / m.rate).toFixed(3) : "n/a";
    return [
      r.label,
      int(m.rate),
      ms(m.p50),
      ms(m.p99),
      ms(m.max),
      int(m.non2xx),
      int(m.errors),
      check,
      cpu,
      perLead,
    ];
  });
  return markdown(header, rows, [false, true, true, true, true, true, true, true, true, true]);
}

/**
 * Every lead answered 201 must be in the database, and nothing else. A request the load
 * generator gave up on (a timeout) may still have been stored: that explains a surplus
 * up to the number of such requests, but the check cannot tell more.
 */
export function storedCheck(r: TargetResult): { mark: string; line: string; failed: boolean } | null {
  if (r.stored === null) return null;
  const unanswered = r.measured.unanswered + (r.warmup?.unanswered ?? 0);
  const counts = `${int(r.stored)} leads stored, ${int(r.created)} answered 201 (warm-up and measured)`;
  if (r.stored === r.created) return { mark: "✓", line: `✓ ${r.label}: ${counts}`, failed: false };
  if (r.stored > r.created && r.stored - r.created <= unanswered)
    return {
      mark: "≈",
      line:
        `≈ ${r.label}: ${counts}; the ${int(r.stored - r.created)} more are among the ${int(unanswered)}` +
        " requests the load generator gave up on (timeouts), stored after it stopped waiting",
      failed: false,
    };
  const what =
    r.stored < r.created
      ? `${int(r.created - r.stored)} acknowledged leads are missing`
      : "unexplained surplus";
  return { mark: "✗", line: `✗ ${r.label}: ${counts}: ${what}`, failed: true };
}

/** The issue's targets, and the ratios between runs that explain them. */
export function goals(results: TargetResult[]): Goal[] {
  const rate = (id: TargetId) => results.find((r) => r.id === id)?.measured.rate ?? null;
  const div = (a: number | null, b: number | null) => (a !== null && b ? a / b : null);
  const sqlite = results.find((r) => r.id === "carousel-sqlite")?.measured ?? null;
  const goal = (
    name: string,
    value: number | null,
    text: string,
    ok: (v: number) => boolean,
    format = ratio,
  ) =>
    ({ name, value, goal: text, met: value === null ? null : ok(value), judge: ok, format }) satisfies Goal;
  const info = (name: string, value: number | null) =>
    ({ name, value, goal: "—", met: null, judge: null, format: ratio }) satisfies Goal;
  return [
    goal("SQLite intake / (b)", div(rate("carousel-sqlite"), rate("ceiling-b")), "≥ 0.55", (v) => v >= 0.55),
    goal("SQLite intake leads/s", sqlite?.rate ?? null, "≥ 5,000", (v) => v >= 5000, int),
    goal("SQLite intake p99 ms", sqlite?.p99 ?? null, "≤ 20", (v) => v <= 20, ms),
    goal(
      "PostgreSQL intake / PG ceiling",
      div(rate("carousel-pg"), rate("ceiling-pg")),
      "≥ 0.50",
      (v) => v >= 0.5,
    ),
    info("(b) / (a)", div(rate("ceiling-b"), rate("ceiling-a"))),
    info("SQLite intake / (a)", div(rate("carousel-sqlite"), rate("ceiling-a"))),
    info("PG ceiling / (a)", div(rate("ceiling-pg"), rate("ceiling-a"))),
    info("PostgreSQL intake / (a)", div(rate("carousel-pg"), rate("ceiling-a"))),
    info("SQLite intake + routing / (b)", div(rate("carousel-sqlite-routed"), rate("ceiling-b"))),
    info("PostgreSQL intake + routing / PG ceiling", div(rate("carousel-pg-routed"), rate("ceiling-pg"))),
  ];
}

/**
 * Each goal judged on its median over the rounds (`perRound[i]` is `goals` of round i); with
 * one round, that round's goals.
 */
export function medianGoals(perRound: Goal[][]): Goal[] {
  if (perRound.length === 1) return perRound[0]!;
  return perRound[0]!.map((first, i) => {
    const values = perRound
      .map((goals) => goals[i]!.value)
      .filter((v) => v !== null)
      .sort((a, b) => a - b);
    if (values.length === 0) return first;
    const mid = values.length >> 1;
    const value = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
    const met = first.judge ? first.judge(value) : null;
    return { ...first, value, met, range: [values[0]!, values[values.length - 1]!] };
  });
}

export function goalTable(list: Goal[]): string[] {
  const ranged = list.some((g) => g.range);
  const rows = list
    .filter((g) => g.value !== null)
    .map((g) => [
      g.name,
      g.format(g.value!),
      ...(ranged ? [g.range ? `${g.format(g.range[0])}–${g.format(g.range[1])}` : ""] : []),
      g.goal,
      g.met === null ? "" : g.met ? "met" : "MISSED",
    ]);
  const header = ["", ranged ? "median" : "measured", ...(ranged ? ["rounds"] : []), "target", ""];
  return markdown(header, rows, [false, true, ...(ranged ? [true] : []), false, false]);
}

function markdown(header: string[], rows: string[][], right: boolean[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)];
}
