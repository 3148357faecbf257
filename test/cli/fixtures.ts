import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { FieldSpec } from "../../src/domain/category.js";
import { createCategory, createSource, type NewCategory } from "../../src/services/catalog.js";
import { exportLeadsCsv, type CsvExportFilter } from "../../src/services/csv-export.js";
import { listLeads } from "../../src/store/queries/leads.js";
import type { Store } from "../../src/store/store.js";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export const HOME_FIELDS: FieldSpec[] = [
  { key: "creditScore", type: "number" },
  { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
  { key: "homeowner", type: "boolean" },
];

/** A category and a source for it: where an import starts. */
export async function givenSource(
  store: Store,
  category: Partial<NewCategory> = {},
  source: { costPerLead?: number; enabled?: boolean } = {},
) {
  const created = await createCategory(store, {
    key: `cat-${unique()}`,
    name: "Home improvement",
    fields: HOME_FIELDS,
    ...category,
  });
  const src = await createSource(store, {
    key: `src-${unique()}`,
    name: "Spreadsheet",
    category: created.key,
    costPerLead: 12.5,
    ...source,
  });
  return { category: created, source: src };
}

/** A CSV file from its lines, LF-terminated. */
export const csv = (...lines: string[]): string => lines.map((l) => `${l}\n`).join("");

/** A distinct, valid email and US phone for the n-th made-up person. */
export function person(n: number): { email: string; phone: string } {
  return {
    email: `person${n}.${unique()}@example.com`,
    phone: `+1515${String(2430000 + (n % 1_000_000)).padStart(7, "0")}`,
  };
}

/** Every lead of a category, oldest first. */
export async function leadsOf(store: Store, category: string) {
  return (await listLeads(store.db, { category }, 10_000)).reverse();
}

export async function exported(store: Store, filter: CsvExportFilter, pageSize?: number): Promise<string> {
  let out = "";
  const write = async (chunk: string) => {
    out += chunk;
  };
  await exportLeadsCsv(store, filter, write, { pageSize });
  return out;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the real `carousel` CLI in a child process against the database named in `env`. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `${ROOT}src/cli/main.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: "", CAROUSEL_DATA_DIR: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
