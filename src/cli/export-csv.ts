import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { configFromEnv } from "../config.js";
import { exportLeadsCsv, type CsvExportFilter } from "../services/csv-export.js";
import { getCategory } from "../store/queries/categories.js";
import { getSource } from "../store/queries/sources.js";
import { openStore } from "../store/open-store.js";
import { complaints } from "./complaints.js";

const USAGE =
  "usage: carousel export [--category K] [--source K] [--stage S] [--state ST] [--from DATE] [--to DATE] [--out FILE]\n";
const { fail, usage } = complaints("export", USAGE);

/**
 * `carousel export [filters] [--out FILE]`: the matching leads as CSV, newest first, to
 * stdout or a file. `--from` is inclusive, `--to` exclusive. Exit 2 for a usage error.
 */
export async function exportCommand(args: string[]): Promise<number> {
  let filter: CsvExportFilter, outFile: string | undefined;
  try {
    const { values, positionals } = parseArgs({
      args,
      options: {
        category: { type: "string" },
        source: { type: "string" },
        stage: { type: "string" },
        state: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        out: { type: "string" },
      },
    });
    if (positionals.length > 0) return usage();
    filter = {
      category: values.category,
      source: values.source,
      stage: values.stage,
      state: values.state?.toUpperCase(),
      from: timeOf("--from", values.from),
      to: timeOf("--to", values.to),
    };
    outFile = values.out;
  } catch (error) {
    return usage(error);
  }

  const store = openStore(configFromEnv());
  try {
    await store.migrate();
    if (filter.category && !(await getCategory(store, filter.category)))
      return fail(`category ${filter.category} does not exist`);
    if (filter.source && !(await getSource(store, filter.source)))
      return fail(`source ${filter.source} does not exist`);
    const out = outFile === undefined ? process.stdout : createWriteStream(outFile);
    const sink = new Sink(out);
    if (outFile !== undefined) {
      const error = await opened(out);
      if (error) return fail(`cannot write ${outFile}: ${error.message}`);
    }
    const { exported } = await exportLeadsCsv(store, filter, (chunk) => sink.write(chunk));
    if (sink.closedByReader) return 0;
    if (out !== process.stdout) {
      out.end();
      await once(out, "finish");
      process.stderr.write(`exported ${exported} ${exported === 1 ? "lead" : "leads"} to ${outFile}\n`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

/** Writes with backpressure; a reader that goes away (`| head`) ends the export quietly. */
class Sink {
  readonly #out: Writable;
  #error: Error | null = null;

  constructor(out: Writable) {
    this.#out = out;
    out.on("error", (error) => (this.#error ??= error));
  }

  get closedByReader(): boolean {
    return (this.#error as NodeJS.ErrnoException | null)?.code === "EPIPE";
  }

  async write(chunk: string): Promise<void> {
    if (this.closedByReader) return;
    if (this.#error) throw this.#error;
    if (!this.#out.write(chunk)) await once(this.#out, "drain").catch(() => undefined);
    if (this.#error && !this.closedByReader) throw this.#error;
  }
}

async function opened(out: Writable): Promise<Error | null> {
  try {
    await once(out, "open");
    return null;
  } catch (error) {
    return error as Error;
  }
}

function timeOf(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const t = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || !Number.isFinite(t))
    throw new Error(`${option} must be an ISO date or date-time, not ${JSON.stringify(value)}`);
  return t;
}
