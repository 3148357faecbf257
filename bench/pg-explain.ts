/**
 * Where PostgreSQL spends a routed batch's two write statements: loaded before a benchmark, it
 * runs the leads-and-events insert and the routing writes of batches `PG_EXPLAIN_AT` (a list,
 * default `40,41,42`; counted per statement) under `EXPLAIN (ANALYZE, BUFFERS, WAL)` in place of
 * the plain statement, in the batch's own transaction, and prints the plans when the process
 * exits: each trigger's time and calls, and each foreign key's check ("Trigger for constraint").
 * The statements still write their rows, so the run goes on as it would have.
 *
 *   PG_EXPLAIN_AT=40,41 node --import tsx --import ./bench/pg-explain.ts bench/intake-cpu.ts \
 *     --routed --leads 4000 --postgres URL
 */
import pg from "pg";

const at = new Set((process.env["PG_EXPLAIN_AT"] ?? "40,41,42").split(",").map(Number));
const seen = new Map<string, number>();
const plans: string[] = [];

function nameOf(raw: string): string | undefined {
  const text = raw.replace(/\s+/g, " ").trim();
  if (text.startsWith("with sequences as")) return "routing writes";
  if (text.startsWith("with added as (insert into leads")) return "leads and events insert";
  return undefined;
}

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const prototype = pg.Client.prototype as unknown as { query: Query };
const query = prototype.query;

prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const [config, values] = args;
  const text = typeof config === "string" ? config : (config as { text?: string } | null)?.text;
  const callback = args.some((a) => typeof a === "function");
  const name = text === undefined || callback ? undefined : nameOf(text);
  if (name === undefined) return query.apply(this, args);
  const n = (seen.get(name) ?? 0) + 1;
  seen.set(name, n);
  if (!at.has(n)) return query.apply(this, args);
  const explained = query.call(
    this,
    `explain (analyze, buffers, wal, costs off) ${text!}`,
    values,
  ) as Promise<pg.QueryResult<{ "QUERY PLAN": string }>>;
  return explained.then((r) => {
    plans.push(`--- ${name}, #${n}\n${r.rows.map((row) => row["QUERY PLAN"]).join("\n")}`);
    return { ...r, rows: [], rowCount: 0 };
  });
};

process.on("exit", () => {
  for (const p of plans) console.log(p);
});
