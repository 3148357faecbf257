import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./engine.js";

/**
 * Statements of the hot paths, built with the query builder once per engine and then run with
 * new values: building and compiling a query costs more than SQLite takes to run a small one.
 *
 * The builder gets placeholders instead of values (`p.email` is a marker string, not an email),
 * with the keys of the first call's parameters, so a statement's shape must not depend on its
 * values and every call must pass the same keys; what depends on a count (rows of a multi-row
 * insert, items of an `in` list) is built once per count with `rowsStatement`.
 */
export interface Statement<P, R> {
  /** Every row the statement returns. */
  rows(db: Db, params: P): Promise<R[]>;
  /** The first row, if any. */
  first(db: Db, params: P): Promise<R | undefined>;
  run(db: Db, params: P): Promise<void>;
}

const MARK = "\u0000carousel:";

/**
 * Where a compiled query's parameter comes from: a named parameter, a field of one of the
 * rows (`row` is its index), or a constant the builder put in.
 */
type Slot = { name: string; row?: number } | { value: unknown };

interface Compiled {
  query: CompiledQuery;
  /** For each of the compiled query's parameters, where its value comes from. */
  slots: Slot[];
}

/** A statement with named parameters. */
export function statement<P extends object, R = unknown>(
  build: (db: Db, p: P) => Compilable<R>,
): Statement<P, R> {
  const compiled = new Map<unknown, Compiled>();
  const compile = (db: Db, params: P): Compiled => {
    const engine = db.ops.name;
    let c = compiled.get(engine);
    if (!c) compiled.set(engine, (c = compileOnce(build(db, placeholders(params, "") as P))));
    return c;
  };
  return over((db, params) => {
    const c = compile(db, params);
    return execute<R>(db, c, bind(c, params as Record<string, unknown>));
  });
}

/** A statement over a list of rows (a multi-row insert, an `in` list), built once per row count. */
export function rowsStatement<Row extends object, R = unknown, Extra extends object = object>(
  build: (db: Db, rows: Row[], extra: Extra) => Compilable<R>,
): Statement<{ rows: readonly Row[] } & Extra, R> {
  const compiled = new Map<unknown, Map<number, Compiled>>();
  const compile = (db: Db, params: { rows: readonly Row[] } & Extra): Compiled => {
    const engine = db.ops.name;
    let byCount = compiled.get(engine);
    if (!byCount) compiled.set(engine, (byCount = new Map()));
    const count = params.rows.length;
    let c = byCount.get(count);
    if (!c) {
      const rows = params.rows.map((row, i) => placeholders(row, `${i}.`) as Row);
      const { rows: _, ...extra } = params;
      byCount.set(count, (c = compileOnce(build(db, rows, placeholders(extra, "") as Extra))));
    }
    return c;
  };
  return over((db, params) => {
    if (params.rows.length === 0) return Promise.resolve([]);
    const c = compile(db, params);
    return execute<R>(db, c, bind(c, params as Record<string, unknown>, params.rows));
  });
}

function over<P, R>(rows: (db: Db, params: P) => Promise<R[]>): Statement<P, R> {
  return {
    rows,
    first: async (db, params) => (await rows(db, params))[0],
    run: async (db, params) => {
      await rows(db, params);
    },
  };
}

function placeholders(like: object, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.keys(like).map((name) => [name, `${MARK}${prefix}${name}`]));
}

/** A placeholder's slot: `name` for a named parameter, `3.email` for the fourth row's `email`. */
function slotOf(placeholder: string): Slot {
  const match = /^(\d+)\.(.*)$/s.exec(placeholder);
  return match ? { row: Number(match[1]), name: match[2]! } : { name: placeholder };
}

function compileOnce(query: Compilable<unknown>): Compiled {
  const compiled = query.compile();
  return {
    query: compiled,
    slots: compiled.parameters.map((value) =>
      typeof value === "string" && value.startsWith(MARK) ? slotOf(value.slice(MARK.length)) : { value },
    ),
  };
}

function bind(c: Compiled, params: Record<string, unknown>, rows: readonly object[] = []): unknown[] {
  const values = new Array<unknown>(c.slots.length);
  for (let i = 0; i < values.length; i++) {
    const slot = c.slots[i]!;
    if ("value" in slot) {
      values[i] = slot.value;
      continue;
    }
    const from = slot.row === undefined ? params : (rows[slot.row] as Record<string, unknown>);
    const value = from[slot.name];
    if (value === undefined)
      throw new Error(
        `statement parameter ${slot.row === undefined ? "" : `${slot.row}.`}${slot.name} has no value`,
      );
    values[i] = value;
  }
  return values;
}

function execute<R>(db: Db, c: Compiled, parameters: unknown[]): Promise<R[]> {
  return db.ops.run<R>({ ...c.query, parameters });
}

/** Rows per multi-row statement or `in` list: well within either engine's parameter limit. */
const CHUNK = 500;

/** `items` in runs of at most `CHUNK`, one statement's worth each. */
export function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}
