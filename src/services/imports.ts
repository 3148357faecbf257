import { Readable } from "node:stream";
import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Principal } from "../domain/user.js";
import { getCategory } from "../store/queries/categories.js";
import {
  claimImportBatch,
  findImportByIdempotencyKey,
  finishImport,
  getImport,
  insertImport,
  listImportRefusals,
  listStalledImports,
  recordImportBatch,
} from "../store/queries/imports.js";
import { getSource } from "../store/queries/sources.js";
import type { ImportRow } from "../store/schema.js";
import type { Store, Tx } from "../store/store.js";
import { auditActor } from "./audit.js";
import {
  mapColumns,
  prepareLeadRow,
  readCsv,
  shapeProblem,
  type Columns,
  type CsvRecord,
  type CsvRow,
  type Pending,
  type RowProblem,
} from "./csv-import.js";
import { startsLikeFormula } from "./csv-export.js";
import { captureLeads } from "./intake.js";
import { createRecipientIn, type RecipientInput } from "./recipients.js";
import { routerFor } from "./routing.js";

export const IMPORT_KINDS = ["leads", "recipients"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportStatus = "running" | "done" | "failed";

export interface ImportRequest {
  kind: ImportKind;
  /** For leads: the source they are captured for; its category validates them. */
  source?: string | undefined;
  fileName: string;
  csv: string;
  /** A retried request with the same key answers the import the first one started. */
  idempotencyKey?: string | undefined;
}

export interface ImportColumn {
  header: string;
  /** The field the column fills; null when the import leaves it out. */
  field: string | null;
}

export interface ImportRefusal {
  /** The line of the file the row starts on, the header being line 1. */
  line: number;
  problems: RowProblem[];
}

export interface ImportState {
  id: string;
  kind: ImportKind;
  source: string | null;
  fileName: string;
  status: ImportStatus;
  columns: ImportColumn[];
  rowsTotal: number;
  rowsDone: number;
  accepted: number;
  refused: number;
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

/**
 * Checks a recipient row as `POST /api/v1/recipients` checks its body (the HTTP layer owns that
 * schema and passes the check in): every problem, or none.
 */
export type RecipientCheck = (input: unknown) => RowProblem[];

/** Rows per transaction: a server sharing the SQLite file waits a moment at most. */
const BATCH_ROWS = 100;
/** An import whose last batch is older than this is taken over by whichever process looks. */
export const STALLED_AFTER_MS = 60_000;

/**
 * Starts importing a CSV file: reads it whole once to check its header and count its rows, then
 * stores it with its progress. The rows are imported afterwards by `runImport`. Refuses, with
 * nothing stored, a file without a usable header or without rows, and leads for a source that
 * does not exist or is disabled.
 */
export async function startImport(
  store: Store,
  request: ImportRequest,
  principal: Principal,
  now = Date.now(),
): Promise<{ state: ImportState; started: boolean }> {
  const actor = auditActor(principal);
  if (request.idempotencyKey !== undefined) {
    const earlier = await findImportByIdempotencyKey(store, actor, request.idempotencyKey);
    if (earlier) return { state: stateOf(earlier), started: false };
  }
  const records = readCsv(Readable.from([request.csv]));
  const first = await records.next();
  const header = first.done ? null : first.value;
  if (header === null) throw refused("the file is empty: a header row naming the fields is needed");
  if ("malformed" in header) throw refused(`the header row is not valid CSV: ${header.malformed}`);
  let source: string | null = null;
  let columns: Columns;
  if (request.kind === "leads") {
    const category = await leadCategory(store, request.source);
    source = request.source!;
    const mapped = mapColumns(header.cells, category);
    if (!mapped.ok) throw refused(mapped.error);
    columns = mapped.columns;
  } else {
    columns = recipientColumns(header.cells);
  }
  let rows = 0;
  for await (const _ of records) rows++;
  if (rows === 0) throw refused("the file has a header but no rows");

  const row: ImportRow = {
    id: newId("import", now),
    kind: request.kind,
    source,
    file_name: request.fileName,
    actor,
    idempotency_key: request.idempotencyKey ?? null,
    status: "running",
    columns: JSON.stringify(header.cells.map((h, i) => ({ header: h.trim(), field: columns[i] ?? null }))),
    csv: request.csv,
    rows_total: rows,
    rows_done: 0,
    accepted: 0,
    refused: 0,
    error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  await store.transact((tx) => insertImport(tx, row));
  return { state: stateOf(row), started: true };
}

export async function readImport(
  store: Store,
  id: string,
  refusals: { after: number; limit: number },
): Promise<{ state: ImportState; refusals: ImportRefusal[] }> {
  const row = await getImport(store, id);
  if (!row) throw notFound(`import ${id}`);
  const found = await listImportRefusals(store, id, refusals.after, refusals.limit);
  return {
    state: stateOf(row),
    refusals: found.map((r) => ({ line: r.line, problems: JSON.parse(r.problems) as RowProblem[] })),
  };
}

/**
 * Imports the rows an import has not done yet, a batch per transaction. Each batch first claims
 * the import's progress as it read it, so a batch is imported once even when two processes run
 * the same import (one took over a stalled one); the loser stops. A failure of the database
 * marks the import failed, keeping the batches done before it.
 */
export async function runImport(
  store: Store,
  id: string,
  checkRecipient: RecipientCheck,
  clock: () => number = Date.now,
): Promise<void> {
  const row = await getImport(store, id);
  if (!row || row.status !== "running") return;
  const work = await workerFor(store, row, checkRecipient);
  let done = 0;
  let batch: CsvRecord[] = [];
  try {
    for await (const record of skipHeader(readCsv(Readable.from([row.csv])))) {
      if (done < row.rows_done) {
        done++;
        continue;
      }
      batch.push(record);
      if (batch.length < work.batchRows) continue;
      if (!(await work.commit(done, batch, clock()))) return;
      done += batch.length;
      batch = [];
    }
    if (batch.length > 0 && !(await work.commit(done, batch, clock()))) return;
    await finishImport(store, id, { status: "done", error: null }, clock());
  } catch (error) {
    const line = batch[0]?.line;
    const at = line === undefined ? "" : `stopped at line ${line}: `;
    await finishImport(store, id, { status: "failed", error: at + messageOf(error) }, clock());
  }
}

/** Takes over the imports whose process stopped running them (or stopped altogether). */
export async function resumeStalledImports(
  store: Store,
  checkRecipient: RecipientCheck,
  now = Date.now(),
): Promise<void> {
  for (const id of await listStalledImports(store, now - STALLED_AFTER_MS))
    await runImport(store, id, checkRecipient);
}

// ---------------------------------------------------------------------------------------

interface Worker {
  batchRows: number;
  /** Imports `batch`, the rows after the first `done`; false when another process did them. */
  commit(done: number, batch: CsvRecord[], now: number): Promise<boolean>;
}

class Superseded extends Error {}

async function workerFor(store: Store, row: ImportRow, checkRecipient: RecipientCheck): Promise<Worker> {
  const columns = (JSON.parse(row.columns) as ImportColumn[]).map((c) => c.field);
  const by: Principal = {
    userId: row.actor === "bootstrap" ? null : row.actor,
    role: "admin",
    recipient: null,
  };
  /** Runs `work` after claiming the batch; false when it was claimed already. */
  const claimed = async (done: number, now: number, work: (tx: Tx) => Promise<void>): Promise<boolean> => {
    try {
      await store.transact(async (tx) => {
        if (!(await claimImportBatch(tx, row.id, done, now))) throw new Superseded();
        await work(tx);
      });
      return true;
    } catch (error) {
      if (error instanceof Superseded) return false;
      throw error;
    }
  };
  if (row.kind === "recipients")
    return {
      batchRows: 1,
      async commit(done, [record], now) {
        const refusal = record === undefined ? null : recipientRowProblems(record, columns, checkRecipient);
        const input =
          refusal === null && record && !("malformed" in record) ? recipientInput(record, columns) : null;
        const record1 = (problems: RowProblem[] | null) => ({
          rows: 1,
          accepted: problems === null ? 1 : 0,
          refusals: problems === null ? [] : [{ line: record!.line, problems: JSON.stringify(problems) }],
        });
        if (input === null)
          return claimed(done, now, (tx) => recordImportBatch(tx, row.id, record1(refusal), now));
        try {
          return await claimed(done, now, async (tx) => {
            await createRecipientIn(tx, input, by, now);
            await recordImportBatch(tx, row.id, record1(null), now);
          });
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const problems = problemsOf(error);
          return claimed(done, now, (tx) => recordImportBatch(tx, row.id, record1(problems), now));
        }
      },
    };

  const source = await getSource(store, row.source ?? "");
  const category = source ? await getCategory(store, source.category) : undefined;
  if (!source || !category) throw new Error(`source ${row.source} no longer exists`);
  const router = routerFor(store);
  return {
    batchRows: BATCH_ROWS,
    async commit(done, batch, now) {
      const refusals: ImportRefusal[] = [];
      const pending: Pending[] = [];
      for (const record of batch) {
        const problems = leadRowProblems(record, columns);
        if (problems) {
          refusals.push({ line: record.line, problems });
          continue;
        }
        const prepared = prepareLeadRow(record as CsvRow, columns, category, now);
        if ("problems" in prepared) refusals.push(prepared);
        else pending.push(prepared);
      }
      return claimed(done, now, async (tx) => {
        const outcomes = await captureLeads(
          tx,
          pending.map((p) => ({
            source,
            category,
            lead: p.lead,
            ip: null,
            now: p.receivedAt ?? now,
            actor: `import:${row.id}`,
            router,
          })),
        );
        const duplicates: ImportRefusal[] = [];
        outcomes.forEach((outcome, i) => {
          if (outcome.kind === "duplicate")
            duplicates.push({
              line: pending[i]!.line,
              problems: [{ field: null, message: `duplicate of ${outcome.duplicateOf}` }],
            });
        });
        const all = [...refusals, ...duplicates].sort((a, b) => a.line - b.line);
        await recordImportBatch(
          tx,
          row.id,
          {
            rows: batch.length,
            accepted: outcomes.length - duplicates.length,
            refusals: all.map((r) => ({ line: r.line, problems: JSON.stringify(r.problems) })),
          },
          now,
        );
      });
    },
  };
}

async function leadCategory(store: Store, sourceKey: string | undefined) {
  if (sourceKey === undefined)
    throw invalid([
      { field: "source", code: "required", message: "a leads import names the source they came from" },
    ]);
  const source = await getSource(store, sourceKey);
  if (!source)
    throw invalid([{ field: "source", code: "not_found", message: `source ${sourceKey} does not exist` }]);
  if (!source.enabled)
    throw invalid([{ field: "source", code: "invalid", message: `source ${sourceKey} is disabled` }]);
  const category = await getCategory(store, source.category);
  if (!category) throw new AppError("conflict", `source ${sourceKey} has no category`);
  return category;
}

async function* skipHeader(records: AsyncGenerator<CsvRecord>): AsyncGenerator<CsvRecord> {
  let first = true;
  for await (const record of records) {
    if (!first) yield record;
    first = false;
  }
}

function refused(message: string): AppError {
  return invalid([{ field: "csv", code: "invalid", message }]);
}

function stateOf(row: ImportRow): ImportState {
  return {
    id: row.id,
    kind: row.kind as ImportKind,
    source: row.source,
    fileName: row.file_name,
    status: row.status as ImportStatus,
    columns: JSON.parse(row.columns) as ImportColumn[],
    rowsTotal: Number(row.rows_total),
    rowsDone: Number(row.rows_done),
    accepted: Number(row.accepted),
    refused: Number(row.refused),
    error: row.error,
    createdAt: Number(row.created_at),
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
  };
}

function problemsOf(error: AppError): RowProblem[] {
  if (error.details.length === 0) return [{ field: null, message: error.message }];
  return error.details.map((d: ErrorDetail) => ({ field: d.field, message: d.message }));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------
// What a row may hold.

function formulaProblems(cells: string[], columns: Columns, header: (i: number) => string): RowProblem[] {
  const problems: RowProblem[] = [];
  cells.forEach((cell, i) => {
    if (startsLikeFormula(cell))
      problems.push({
        field: columns[i] ?? header(i),
        message: "starts like a spreadsheet formula (=, +, - or @); a value is never a formula",
      });
  });
  return problems;
}

function leadRowProblems(record: CsvRecord, columns: Columns): RowProblem[] | null {
  if ("malformed" in record) return [{ field: null, message: record.malformed }];
  const problems = formulaProblems(record.cells, columns, (i) => `column ${i + 1}`);
  return problems.length > 0 ? problems : null;
}

// ---------------------------------------------------------------------------------------
// Recipients: a row per recipient, lists separated by ";" (or "|" or spaces).

const RECIPIENT_FIELDS: Record<string, string[]> = {
  key: ["recipientkey", "id"],
  name: ["recipientname", "company"],
  kind: ["type"],
  categories: ["category"],
  states: ["state", "territorystates"],
  zips: ["zip", "zipcodes", "territoryzips"],
  zipPrefixes: ["zipprefix", "prefixes"],
  price: ["priceperlead", "cpl"],
  weight: [],
  priority: [],
  capacity: ["maxopenleads"],
  slaSeconds: ["sla"],
  exclusive: [],
  status: [],
  tags: ["tag"],
  capHour: ["hourcap", "capshour"],
  capDay: ["daycap", "dailycap", "capsday"],
  capWeek: ["weekcap", "weeklycap", "capsweek"],
  capMonth: ["monthcap", "monthlycap", "capsmonth"],
  budget: ["monthlybudget"],
  email: ["deliveryemail"],
  url: ["deliveryurl", "posturl"],
};
const REQUIRED_RECIPIENT_FIELDS = ["key", "name", "kind", "categories"];
const LISTS = new Set(["categories", "states", "zips", "zipPrefixes", "tags"]);
const NUMBERS = new Set([
  "price",
  "weight",
  "priority",
  "capacity",
  "slaSeconds",
  "capHour",
  "capDay",
  "capWeek",
  "capMonth",
  "budget",
]);
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
const RECIPIENT_CANONICAL = new Map(
  Object.entries(RECIPIENT_FIELDS).flatMap(([name, aliases]) =>
    [name, ...aliases].map((a) => [squash(a), name]),
  ),
);

/** Per column, the recipient setting it fills; a column of nothing Carousel knows is left out. */
export function recipientColumns(header: string[]): Columns {
  const columns = header.map((h) => RECIPIENT_CANONICAL.get(squash(h)) ?? null);
  const missing = REQUIRED_RECIPIENT_FIELDS.filter((f) => !columns.includes(f));
  if (missing.length > 0)
    throw refused(
      `a recipients file needs the columns ${REQUIRED_RECIPIENT_FIELDS.join(", ")}; missing: ${missing.join(", ")}`,
    );
  const seen = new Set<string>();
  for (const [i, field] of columns.entries()) {
    if (field === null) continue;
    if (seen.has(field))
      throw refused(`two columns fill ${field} (the second is column ${i + 1}, "${header[i]!.trim()}")`);
    seen.add(field);
  }
  return columns;
}

function recipientRowProblems(
  record: CsvRecord,
  columns: Columns,
  check: RecipientCheck,
): RowProblem[] | null {
  if ("malformed" in record) return [{ field: null, message: record.malformed }];
  const shape = shapeProblem(record, columns);
  if (shape) return [{ field: null, message: shape }];
  const formulas = formulaProblems(record.cells, columns, (i) => `column ${i + 1}`);
  if (formulas.length > 0) return formulas;
  const problems = check(recipientInput(record, columns));
  return problems.length > 0 ? problems : null;
}

function recipientInput(row: CsvRow, columns: Columns): RecipientInput {
  const cells = new Map<string, string>();
  columns.forEach((field, i) => {
    const value = row.cells[i]?.trim();
    if (field !== null && value) cells.set(field, value);
  });
  const value = (field: string): unknown => {
    const cell = cells.get(field);
    if (cell === undefined) return undefined;
    if (LISTS.has(field)) return cell.split(/[;|,\s]+/).filter(Boolean);
    if (NUMBERS.has(field)) return /^-?[0-9]+(\.[0-9]+)?$/.test(cell) ? Number(cell) : cell;
    if (field === "exclusive")
      return /^(true|yes|y|1)$/i.test(cell) ? true : /^(false|no|n|0)$/i.test(cell) ? false : cell;
    return cell;
  };
  const input: Record<string, unknown> = {};
  for (const field of [
    "key",
    "name",
    "kind",
    "categories",
    "price",
    "weight",
    "priority",
    "capacity",
    "slaSeconds",
    "exclusive",
    "status",
    "tags",
    "budget",
  ]) {
    const v = value(field);
    if (v !== undefined) input[field] = field === "kind" || field === "status" ? String(v).toLowerCase() : v;
  }
  const territory = Object.fromEntries(
    (["states", "zips", "zipPrefixes"] as const)
      .map((f) => [f, value(f)] as const)
      .filter(([, v]) => v !== undefined)
      .map(([f, v]) => [f, f === "states" ? (v as string[]).map((s) => s.toUpperCase()) : v]),
  );
  if (Object.keys(territory).length > 0) input["territory"] = territory;
  const caps = Object.fromEntries(
    (["Hour", "Day", "Week", "Month"] as const)
      .map((p) => [p.toLowerCase(), value(`cap${p}`)] as const)
      .filter(([, v]) => v !== undefined),
  );
  if (Object.keys(caps).length > 0) input["caps"] = caps;
  const email = value("email");
  const url = value("url");
  if (url !== undefined) input["delivery"] = { channel: "http", url, format: "json" };
  else if (email !== undefined) input["delivery"] = { channel: "email", to: email };
  return input as unknown as RecipientInput;
}
