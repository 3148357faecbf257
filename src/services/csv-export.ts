import { stringify } from "csv-stringify/sync";
import { CONTACT_KEYS, type FieldValue, type Lead } from "../domain/lead.js";
import { getCategory } from "../store/queries/categories.js";
import { listLeads, type LeadFilter } from "../store/queries/leads.js";
import type { Store } from "../store/store.js";

/** The lead's own columns, before its custom fields. Import skips those it cannot take. */
export const LEAD_COLUMNS = [
  "id",
  "createdAt",
  "category",
  "source",
  "status",
  "stage",
  "score",
  "priority",
  ...CONTACT_KEYS,
  "cost",
  "revenue",
] as const;

/** After the custom fields: what intake takes besides contact and fields, so a file imports back. */
export const TRAILING_COLUMNS = [
  "utmSource",
  "utmMedium",
  "utmCampaign",
  "utmTerm",
  "utmContent",
  "consentText",
  "consentAt",
  "consentPageUrl",
] as const;

/**
 * A custom field named like one of the lead's own columns is written under this prefix,
 * and import reads it back as that field.
 */
export const FIELD_PREFIX = "fields.";

export type CsvExportFilter = Omit<LeadFilter, "before">;

const PAGE_SIZE = 500;

/**
 * Writes the leads that match `filter` as CSV, newest first, one page at a time, through
 * `write` (which should wait for the sink to drain). Custom fields get a column each: the
 * fields of every category exported, in the category's order, then any other field a lead
 * carries. Finding those columns takes a first pass over the leads, so the file is written
 * on a second; leads that arrive in between are left out, the header stays true.
 */
export async function exportLeadsCsv(
  store: Store,
  filter: CsvExportFilter,
  write: (chunk: string) => Promise<void>,
  options: { pageSize?: number; safeCells?: boolean } = {},
): Promise<{ exported: number }> {
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const seen = { categories: new Set<string>(), fields: new Set<string>(), newest: null as string | null };
  for await (const page of pages(store, filter, pageSize)) {
    seen.newest ??= page[0]?.id ?? null;
    for (const lead of page) {
      seen.categories.add(lead.category);
      for (const key of Object.keys(lead.fields)) seen.fields.add(key);
    }
  }
  const fields = await customColumns(store, seen.categories, seen.fields);
  const header = [
    ...LEAD_COLUMNS,
    ...fields.map((key) => (isOwnColumn(key) ? FIELD_PREFIX + key : key)),
    ...TRAILING_COLUMNS,
  ];
  await write(stringify([header]));

  let exported = 0;
  if (seen.newest === null) return { exported };
  const newest = seen.newest;
  for await (const page of pages(store, filter, pageSize)) {
    // Ids sort by creation time, so whatever came after the first pass is at the front.
    const rows = page
      .filter((lead) => lead.id <= newest)
      .map((lead) => (options.safeCells ? leadRow(lead, fields).map(safeCell) : leadRow(lead, fields)));
    if (rows.length === 0) continue;
    await write(stringify(rows));
    exported += rows.length;
  }
  return { exported };
}

async function* pages(store: Store, filter: CsvExportFilter, pageSize: number): AsyncGenerator<Lead[]> {
  let before: string | undefined;
  for (;;) {
    const page = await listLeads(store, { ...filter, before }, pageSize);
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (page.length < pageSize || !last) return;
    before = last.id;
  }
}

async function customColumns(store: Store, categories: Set<string>, fields: Set<string>): Promise<string[]> {
  const columns = new Set<string>();
  for (const key of [...categories].sort()) {
    const category = await getCategory(store, key);
    for (const spec of category?.fields ?? []) columns.add(spec.key);
  }
  for (const key of [...fields].sort()) columns.add(key);
  return [...columns];
}

function isOwnColumn(key: string): boolean {
  return (
    (LEAD_COLUMNS as readonly string[]).includes(key) || (TRAILING_COLUMNS as readonly string[]).includes(key)
  );
}

function leadRow(lead: Lead, fields: string[]): string[] {
  const c = lead.contact;
  const a = lead.attribution;
  return [
    lead.id,
    iso(lead.createdAt),
    lead.category,
    lead.source,
    lead.status,
    lead.stage,
    String(lead.score),
    lead.priority,
    c.firstName ?? "",
    c.lastName ?? "",
    c.email ?? "",
    c.phone ?? "",
    c.address ?? "",
    c.city ?? "",
    c.state ?? "",
    c.zip ?? "",
    c.country,
    money(lead.costCents),
    money(lead.revenueCents),
    ...fields.map((key) => cell(lead.fields[key])),
    a.utmSource ?? "",
    a.utmMedium ?? "",
    a.utmCampaign ?? "",
    a.utmTerm ?? "",
    a.utmContent ?? "",
    lead.consent?.text ?? "",
    lead.consent ? iso(lead.consent.at) : "",
    lead.consent?.pageUrl ?? "",
  ];
}

function cell(value: FieldValue | undefined): string {
  return value === undefined || value === null ? "" : String(value);
}

const iso = (ms: number) => new Date(ms).toISOString();
const money = (cents: number) => (cents / 100).toFixed(2);

/**
 * A value a spreadsheet would run as a formula when the file is opened (`=HYPERLINK(...)`,
 * `@SUM(...)`, `+cmd|...`): it starts with =, +, -, @, a tab or a carriage return and is not a
 * plain number or phone number (`+1 515 555 0100`, `-12.5`).
 */
export function startsLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value) && !/^[+-]?[0-9][0-9 ().-]*$/.test(value);
}

/** A cell no spreadsheet runs: a formula-like value gets a leading apostrophe (OWASP's advice). */
export function safeCell(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}
