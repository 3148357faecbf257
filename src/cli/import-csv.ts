import { createReadStream } from "node:fs";
import { access, constants, open, stat, type FileHandle } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { configFromEnv } from "../config.js";
import { importLeadsCsv, type CsvImportReport } from "../services/csv-import.js";
import { openStore } from "../store/open-store.js";
import { complaints } from "./complaints.js";

const USAGE = "usage: carousel import FILE.csv --source KEY [--strict] [--report REJECTS.csv]\n";
const { fail, usage } = complaints("import", USAGE);

/**
 * `carousel import FILE.csv --source KEY [--strict] [--report FILE]`: exit 0 when every row
 * was imported, 1 when a row was rejected (or the import stopped), 2 for a usage error.
 */
export async function importCommand(args: string[]): Promise<number> {
  let file: string, source: string | undefined, strict: boolean, reportFile: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        source: { type: "string" },
        strict: { type: "boolean", default: false },
        report: { type: "string" },
      },
    });
    if (positionals.length !== 1 || !values.source) return usage();
    file = positionals[0]!;
    source = values.source;
    strict = values.strict;
    reportFile = values.report;
  } catch (error) {
    return usage(error);
  }

  const unreadable = await checkReadable(file);
  if (unreadable) return fail(`cannot read ${file}: ${unreadable}`);
  let rejects: FileHandle | undefined;
  try {
    rejects = reportFile === undefined ? undefined : await open(reportFile, "w");
  } catch (error) {
    return fail(`cannot write ${reportFile}: ${(error as Error).message}`);
  }

  const store = openStore(configFromEnv());
  try {
    await store.migrate();
    const result = await importLeadsCsv(store, createReadStream(file), {
      source,
      fileName: basename(file),
      strict,
    });
    if (!result.ok) return fail(result.error);
    const { report } = result;
    process.stdout.write(summary(report));
    await rejects?.writeFile(rejectsCsv(report));
    if (report.aborted !== null) process.stderr.write(`carousel: import stopped: ${report.aborted}\n`);
    const complete = report.rejected.length === 0 && report.aborted === null;
    return complete ? 0 : 1;
  } finally {
    await rejects?.close();
    await store.close();
  }
}

async function checkReadable(file: string): Promise<string | null> {
  try {
    if (!(await stat(file)).isFile()) return "not a file";
    await access(file, constants.R_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : String(error);
  }
}

/** `imported N, rejected M`, then a line per rejected row with every reason. */
function summary(report: CsvImportReport): string {
  const lines = [`imported ${report.imported}, rejected ${report.rejected.length}`];
  for (const row of report.rejected) {
    const reasons = row.problems.map((p) => (p.field === null ? p.message : `${p.field}: ${p.message}`));
    lines.push(`line ${row.line}: ${reasons.join("; ")}`);
  }
  if (report.rolledBack > 0)
    lines.push(`strict: nothing imported; ${report.rolledBack} valid rows were rolled back`);
  return lines.join("\n") + "\n";
}

/** The rejects as CSV: a line per reason, `row` being the file line the row starts on. */
function rejectsCsv(report: CsvImportReport): string {
  const rows = report.rejected.flatMap((row) =>
    row.problems.map((p) => [String(row.line), p.field ?? "", p.message]),
  );
  return stringify([["row", "field", "reason"], ...rows]);
}
