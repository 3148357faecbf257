import { Readable } from "node:stream";
import { parse, type CsvError } from "csv-parse";
import type { Category } from "../domain/category.js";
import { normalizeLead, type NormalizedLead } from "../domain/lead.js";
import type { Source } from "../domain/source.js";
import { getCategory } from "../store/queries/categories.js";
import { getSource } from "../store/queries/sources.js";
import type { Store, Tx } from "../store/store.js";
import { FIELD_PREFIX, LEAD_COLUMNS } from "./csv-export.js";
import { captureLead, type IntakeResult } from "./intake.js";
import { routerFor, type Router } from "./routing.js";

export interface CsvImportOptions {
  /** The key of the source the leads are captured for; its category validates them. */
  source: string;
  /** Named on each lead's timeline as `import:<fileName>`. */
  fileName: string;
  /** Import nothing at all when any row is rejected. */
  strict?: boolean;
  /** Rows a transaction in the default mode. */
  batchSize?: number;
}

export interface RowProblem {
  /** The lead field at fault, or null when the row as a whole is (malformed, duplicate). */
  field: string | null;
  message: string;
}

export interface RejectedRow {
  /** The line of the file the row starts on, counting the header as line 1. */
  line: number;
  problems: RowProblem[];
}

export interface CsvImportReport {
  imported: number;
  /** In file order. */
  rejected: RejectedRow[];
  /** Strict mode: valid rows left out because another row was rejected. */
  rolledBack: number;
  /** Why the import stopped before the end of the file, if it did. */
  aborted: string | null;
}

export type CsvImportResult = { ok: true; report: CsvImportReport } | { ok: false; error: string };

/** Small enough that a server writing to the same SQLite file waits a moment at most. */
const DEFAULT_BATCH = 200;
const MAX_ROW_BYTES = 1024 * 1024;

/**
 * Imports a CSV file of leads for a source. Each row goes through the same validation,
 * normalization and dedupe as HTTP intake and is imported whole or not at all. By default
 * rows commit in batches and rejected rows are reported; in strict mode the file commits in
 * one transaction, and only when no row is rejected. The result is an error, with nothing
 * imported, when the source does not exist or the file has no usable header.
 */
export async function importLeadsCsv(
  store: Store,
  input: Readable | string | Buffer,
  options: CsvImportOptions,
): Promise<CsvImportResult> {
  const source = await getSource(store, options.source);
  if (!source) return { ok: false, error: `source ${options.source} does not exist` };
  if (!source.enabled) return { ok: false, error: `source ${source.key} is disabled` };
  const category = await getCategory(store, source.category);
  if (!category) return { ok: false, error: `source ${source.key} has no category` };

  const importer = new Importer(store, {
    source,
    category,
    actor: `import:${options.fileName}`,
    router: routerFor(store),
  });
  const batchSize = options.strict ? Infinity : (options.batchSize ?? DEFAULT_BATCH);
  let columns: Columns | null = null;
  let batch: Pending[] = [];
  try {
    for await (const row of readCsv(
      typeof input === "string" || Buffer.isBuffer(input) ? Readable.from([input]) : input,
    )) {
      if (columns === null) {
        if ("malformed" in row)
          return { ok: false, error: `the header row is not valid CSV: ${row.malformed}` };
        const mapped = mapColumns(row.cells, category);
        if (!mapped.ok) return { ok: false, error: mapped.error };
        columns = mapped.columns;
        continue;
      }
      if ("malformed" in row) {
        importer.reject(row.line, [{ field: null, message: row.malformed }]);
        continue;
      }
      const pending = importer.prepare(row, columns);
      if (pending) batch.push(pending);
      if (batch.length >= batchSize) {
        await importer.commit(batch, false);
        batch = [];
      }
    }
    if (columns === null)
      return { ok: false, error: "the file is empty: a header row naming the fields is needed" };
    await importer.commit(batch, options.strict ?? false);
  } catch (error) {
    const line = batch[0]?.line;
    importer.abort(`${line === undefined ? "" : `stopped at line ${line}: `}${messageOf(error)}`);
  }
  return { ok: true, report: importer.report() };
}

interface CaptureContext {
  source: Source;
  category: Category;
  actor: string;
  router: Router;
}

export interface Pending {
  line: number;
  lead: NormalizedLead;
  /** When the lead was received, from the `receivedAt` column (history); else it is received now. */
  receivedAt?: number;
}

/** What an import has done so far: rows prepared, committed, rejected. */
class Importer {
  readonly #store: Store;
  readonly #capture: CaptureContext;
  readonly #rejected: RejectedRow[] = [];
  /** The file line of each lead this import created, to name the original of an in-file duplicate. */
  readonly #lineOf = new Map<string, number>();
  #imported = 0;
  #rolledBack = 0;
  #aborted: string | null = null;

  constructor(store: Store, capture: CaptureContext) {
    this.#store = store;
    this.#capture = capture;
  }

  reject(line: number, problems: RowProblem[]): void {
    this.#rejected.push({ line, problems });
  }

  abort(message: string): void {
    this.#aborted = message;
  }

  /** Validates and normalizes a row; a row that fails is rejected here. */
  prepare(row: CsvRow, columns: Columns): Pending | null {
    const prepared = prepareLeadRow(row, columns, this.#capture.category, Date.now());
    if ("problems" in prepared) {
      this.reject(row.line, prepared.problems);
      return null;
    }
    return prepared;
  }

  /**
   * Captures the rows in one transaction. With `allOrNothing`, the transaction rolls back
   * when this batch or any row before it was rejected.
   */
  async commit(batch: Pending[], allOrNothing: boolean): Promise<void> {
    if (batch.length === 0) return;
    const capture = async (tx: Tx) => {
      const outcomes: IntakeResult[] = [];
      for (const row of batch)
        outcomes.push(
          await captureLead(tx, {
            ...this.#capture,
            lead: row.lead,
            ip: null,
            now: row.receivedAt ?? Date.now(),
          }),
        );
      if (allOrNothing && (this.#rejected.length > 0 || outcomes.some((o) => o.kind === "duplicate")))
        throw new RolledBack(outcomes);
      return outcomes;
    };
    let outcomes: IntakeResult[];
    let committed = true;
    try {
      outcomes = await this.#store.transact(capture);
    } catch (error) {
      if (!(error instanceof RolledBack)) throw error;
      outcomes = error.outcomes;
      committed = false;
    }
    const rejected: RejectedRow[] = [];
    batch.forEach((row, i) => {
      const outcome = outcomes[i]!;
      if (outcome.kind === "created") {
        this.#lineOf.set(outcome.lead.id, row.line);
        if (committed) this.#imported++;
        else this.#rolledBack++;
        return;
      }
      const line = this.#lineOf.get(outcome.duplicateOf);
      const message =
        line === undefined
          ? `duplicate of ${outcome.duplicateOf}`
          : committed
            ? `duplicate of ${outcome.duplicateOf} (line ${line})`
            : `duplicate of line ${line}`;
      rejected.push({ line: row.line, problems: [{ field: null, message }] });
    });
    this.#rejected.push(...rejected);
  }

  report(): CsvImportReport {
    return {
      imported: this.#imported,
      rejected: [...this.#rejected].sort((a, b) => a.line - b.line),
      rolledBack: this.#rolledBack,
      aborted: this.#aborted,
    };
  }
}

/**
 * A row as intake would take it: its shape checked against the header, then validated and
 * normalized by the category like a posted lead. Answers the lead, or every problem found.
 */
export function prepareLeadRow(
  row: CsvRow,
  columns: Columns,
  category: Category,
  now: number,
): Pending | { line: number; problems: RowProblem[] } {
  const problem = shapeProblem(row, columns);
  if (problem) return { line: row.line, problems: [{ field: null, message: problem }] };
  const body = Object.create(null) as Record<string, string>;
  columns.forEach((name, i) => {
    const value = row.cells[i];
    if (name !== null && value !== undefined && value.trim() !== "") body[name] = value;
  });
  let receivedAt: number | undefined;
  if (body[RECEIVED_AT] !== undefined) {
    const received = receivedTime(body[RECEIVED_AT], now);
    if (typeof received === "string")
      return { line: row.line, problems: [{ field: RECEIVED_AT, message: received }] };
    receivedAt = received;
    delete body[RECEIVED_AT];
  }
  const normalized = normalizeLead(body, category, { ip: null, now: receivedAt ?? now });
  if (!normalized.ok)
    return {
      line: row.line,
      problems: normalized.errors.map((e) => ({ field: e.field, message: e.message })),
    };
  return receivedAt === undefined
    ? { line: row.line, lead: normalized.lead }
    : { line: row.line, lead: normalized.lead, receivedAt };
}

/** The column that brings a historical lead with the time it was received (imports only: staff). */
const RECEIVED_AT = "receivedAt";
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const EARLIEST_RECEIVED = Date.UTC(2000, 0, 1);

/** A `receivedAt` cell as epoch milliseconds, or what is wrong with it. */
function receivedTime(value: string, now: number): number | string {
  const trimmed = value.trim();
  const at = ISO_TIME.test(trimmed) ? Date.parse(trimmed) : NaN;
  if (!Number.isFinite(at))
    return "receivedAt must be an ISO 8601 time with its zone, e.g. 2026-11-23T14:05:00Z";
  if (at > now) return "receivedAt lies in the future";
  if (at < EARLIEST_RECEIVED) return "receivedAt lies before the year 2000";
  return at;
}

/** Carries a strict import's outcomes out of the transaction it rolls back. */
class RolledBack extends Error {
  readonly outcomes: IntakeResult[];
  constructor(outcomes: IntakeResult[]) {
    super("strict import rolled back");
    this.outcomes = outcomes;
  }
}

// ---------------------------------------------------------------------------------------
// Columns: header names to the intake's field names.

/** Per column, the intake field it fills, or null when import leaves it out. */
export type Columns = (string | null)[];

const ALIASES: Record<string, string[]> = {
  firstName: ["first", "fname", "givenname", "forename"],
  lastName: ["last", "lname", "surname", "familyname"],
  email: ["emailaddress"],
  phone: [
    "phonenumber",
    "telephone",
    "telephonenumber",
    "tel",
    "mobile",
    "mobilephone",
    "mobilenumber",
    "cell",
    "cellphone",
  ],
  address: ["streetaddress", "street", "address1", "addressline1"],
  city: ["town"],
  state: ["province", "stateprovince", "stateorprovince"],
  zip: ["zipcode", "postalcode", "postcode", "postal"],
  country: ["countrycode"],
  consentText: ["consent", "consentlanguage"],
  consentAt: ["consenttimestamp", "consenttime", "consentdate"],
  consentPageUrl: ["consenturl", "consentpage"],
  utmSource: [],
  utmMedium: [],
  utmCampaign: [],
  utmTerm: [],
  utmContent: [],
  receivedAt: ["received", "receivedtime", "receiveddate", "receivedon"],
};

/** Columns an export writes that intake does not take: the lead's id, state and money. */
const SKIPPED = new Set(
  [...LEAD_COLUMNS, "lat", "lon", "latitude", "longitude", "ip", "tags", "updatedAt"]
    .filter((name) => !(name in ALIASES))
    .map(squash),
);

const CANONICAL = new Map<string, string>(
  Object.entries(ALIASES).flatMap(([name, aliases]) => [name, ...aliases].map((a) => [squash(a), name])),
);

function squash(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Names each column: a category field by its key, a contact, consent or UTM field by its
 * intake name or a common spelling ("First Name", "E-mail", "Postal Code"), any case. The
 * export's own columns (id, status, cost, ...) are skipped; anything else passes as is, for
 * the category to keep or reject. Two columns filling one field make the header unusable.
 */
export function mapColumns(
  header: string[],
  category: Category,
): { ok: true; columns: Columns } | { ok: false; error: string } {
  const fieldKeys = new Map(category.fields.map((f) => [f.key, f.key]));
  const fieldSquashed = new Map(category.fields.map((f) => [squash(f.key), f.key]));
  const prefixed = new Set(header.map((h) => h.trim()).filter((h) => h.startsWith(FIELD_PREFIX)));
  const columns = header.map((raw): string | null => {
    const h = raw.trim();
    if (h === "") return null;
    if (h.startsWith(FIELD_PREFIX)) return h.slice(FIELD_PREFIX.length);
    // The bare name is the lead's own column when the file also carries `fields.<name>`.
    if (prefixed.has(FIELD_PREFIX + h)) return null;
    const s = squash(h);
    return fieldKeys.get(h) ?? CANONICAL.get(s) ?? fieldSquashed.get(s) ?? (SKIPPED.has(s) ? null : h);
  });
  const firstColumn = new Map<string, number>();
  for (const [i, name] of columns.entries()) {
    if (name === null) continue;
    const first = firstColumn.get(name);
    if (first !== undefined)
      return {
        ok: false,
        error: `columns ${first + 1} ("${header[first]!.trim()}") and ${i + 1} ("${header[i]!.trim()}") both fill ${name}`,
      };
    firstColumn.set(name, i);
  }
  return { ok: true, columns };
}

export function shapeProblem(row: CsvRow, columns: Columns): string | null {
  const extra = row.cells.slice(columns.length);
  if (row.cells.length >= columns.length && extra.every((v) => v.trim() === "")) return null;
  const span = row.lastLine > row.line ? ` (the row runs to line ${row.lastLine})` : "";
  const fields = row.cells.length === 1 ? "1 field" : `${row.cells.length} fields`;
  return `the row has ${fields}, the header has ${columns.length}${span}`;
}

// ---------------------------------------------------------------------------------------
// Reading: records with the lines they start on, and what is malformed about them.

export interface CsvRow {
  /** The line the row starts on. */
  line: number;
  lastLine: number;
  cells: string[];
}

export type CsvRecord = CsvRow | { line: number; malformed: string };

interface ParsedRecord {
  record: string[];
  info: { lines: number; records: number; empty_lines: number };
  raw: string;
}

/**
 * The file's records, blank ones left out. The parser is lenient so that one bad row does
 * not throw the rest of the file out of step: a quote inside an unquoted value is kept as
 * text, a row of the wrong length is returned whole; a quoted value followed by anything
 * but a comma or the end of the line is reported as malformed. A quote never closed, or a
 * row over 1 MiB, ends the reading there.
 */
export async function* readCsv(input: Readable): AsyncGenerator<CsvRecord> {
  const parser = parse({
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_ROW_BYTES,
  });
  let fatal: CsvError | null = null;
  parser.on("skip", (error: CsvError) => {
    fatal ??= error;
  });
  input.on("error", (error) => parser.destroy(error));
  input.pipe(parser);

  // The parser counts CR and LF inside a quoted value as two lines; this undoes that.
  let extraLines = 0;
  let lastLine = 0;
  let emptyLines = 0;
  const stop = (error: CsvError): CsvRecord => {
    const line = lastLine + 1 + (Number(error["empty_lines"]) - emptyLines || 0);
    return { line, malformed: fatalMessage(error, line) };
  };
  try {
    for await (const parsed of parser as AsyncIterable<ParsedRecord>) {
      const error: CsvError | null = fatal;
      if (error && Number(error["records"]) < parsed.info.records) {
        yield stop(error);
        return;
      }
      const cells = parsed.record;
      let breaks = 0;
      for (const cell of cells) {
        breaks += lineBreaks(cell);
        extraLines += crlfCount(cell);
      }
      const end = parsed.info.lines - extraLines;
      const line = end - breaks;
      lastLine = end;
      emptyLines = parsed.info.empty_lines;
      if (cells.every((v) => v.trim() === "")) continue;
      if (unbalancedQuotes(parsed.raw)) {
        const span = end > line ? `lines ${line}–${end}` : `line ${line}`;
        yield { line, malformed: `unbalanced quotes: ${span} cannot be read as a row` };
        continue;
      }
      yield { line, lastLine: end, cells };
    }
    const error: CsvError | null = fatal;
    if (error) yield stop(error);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function fatalMessage(error: CsvError, line: number): string {
  if (error.code === "CSV_QUOTE_NOT_CLOSED")
    return `a quote opened here is never closed: the file from line ${line} on cannot be read`;
  if (error.code === "CSV_MAX_RECORD_SIZE")
    return `the row is longer than 1 MiB (an unclosed quote?): the file from line ${line} on was not read`;
  return `${error.message}: the file from line ${line} on was not read`;
}

function lineBreaks(s: string): number {
  return s.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function crlfCount(s: string): number {
  return s.match(/\r\n/g)?.length ?? 0;
}

/** A quoted value must end at a comma or the end of the record; the lenient parser lets that pass. */
function unbalancedQuotes(raw: string): boolean {
  if (!raw.includes('"')) return false;
  let i = raw.search(/[^\r\n]/);
  if (i < 0) return false;
  const end = raw.length;
  const isEnd = (c: string | undefined) => c === undefined || c === "," || c === "\r" || c === "\n";
  for (;;) {
    if (raw[i] === '"') {
      i++;
      for (;;) {
        if (i >= end) return true;
        if (raw[i] === '"') {
          if (raw[i + 1] !== '"') break;
          i++;
        }
        i++;
      }
      i++;
      if (!isEnd(raw[i])) return true;
    } else {
      while (!isEnd(raw[i])) i++;
    }
    if (raw[i] !== ",") return false;
    i++;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
