import { stringify } from "csv-stringify/sync";
import type { FastifyReply } from "fastify";
import { Type, type TObject, type TSchema } from "typebox";
import { invalid } from "../domain/errors.js";
import { isTimeZone } from "../domain/report-math.js";
import { safeCell } from "../services/csv-export.js";
import type { ReportGroupBy, ReportQuery } from "../services/lead-reports.js";
import type { Store } from "../store/store.js";
import type { App, Deps } from "./app.js";
import { allow, bearer, STAFF } from "./auth.js";
import { periodOf, PeriodQuery } from "./period.js";
import { errors } from "./schemas.js";

/** The query string every report takes. */
export const ReportQuerySchema = Type.Object(
  {
    ...PeriodQuery,
    groupBy: Type.Optional(
      Type.String({
        pattern:
          "^(hour|day|week|month|source|category|recipient|state|campaign|utmSource|utmMedium|field:[A-Za-z_][A-Za-z0-9_]{0,63})$",
        description:
          "hour, day, week (from Monday) or month in tz; source; category; recipient (the first to take the " +
          "lead); state; campaign, utmSource or utmMedium; or field:<key> for an enum field of a category",
      }),
    ),
    tz: Type.Optional(
      Type.String({ maxLength: 64, description: "IANA time zone of the periods grouped by (default UTC)" }),
    ),
    format: Type.Optional(
      Type.Union([Type.Literal("json"), Type.Literal("csv")], { description: "csv: the rows as a CSV file" }),
    ),
  },
  { additionalProperties: false },
);

type RawQuery = { from?: string; to?: string; groupBy?: string; tz?: string; format?: string };

/** The report a query string asks for; a bad range or time zone is a 422. */
export function reportQueryOf(q: RawQuery): ReportQuery & { csv: boolean } {
  const { from, to } = periodOf(q);
  if (q.tz !== undefined && !isTimeZone(q.tz))
    throw invalid([{ field: "tz", code: "invalid", message: "tz is not a known time zone" }]);
  return { from, to, groupBy: q.groupBy as ReportGroupBy | undefined, tz: q.tz, csv: q.format === "csv" };
}

/** A report's responses: its JSON (described by `body`) or, with format=csv, a CSV file. */
export function reportResponses(body: TSchema) {
  return {
    200: {
      description: "The report, or with format=csv its rows as UTF-8 CSV, header first",
      content: {
        "application/json": { schema: body },
        "text/csv": { schema: Type.String() },
      },
    },
    ...errors(401, 403, 422),
  };
}

/** The period and grouping a report answers for, as its JSON shows them. */
export const ReportHead = {
  from: Type.String({ format: "date-time" }),
  to: Type.String({ format: "date-time" }),
  groupBy: Type.Union([Type.String(), Type.Null()]),
  tz: Type.String(),
};

export function reportHead(q: ReportQuery) {
  return {
    from: new Date(q.from).toISOString(),
    to: new Date(q.to).toISOString(),
    groupBy: q.groupBy ?? null,
    tz: q.tz ?? "UTC",
  };
}

/** Sends rows as a CSV download named after the report; a formula-like text cell gets an apostrophe. */
export function sendCsv(
  reply: FastifyReply,
  name: string,
  columns: readonly string[],
  rows: readonly object[],
): FastifyReply {
  const cell = (v: unknown) =>
    v === null || v === undefined ? "" : typeof v === "string" ? safeCell(v) : String(v);
  const text = stringify([
    [...columns],
    ...rows.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c]))),
  ]);
  return reply
    .header("content-type", "text/csv; charset=utf-8")
    .header(
      "content-disposition",
      `attachment; filename="${name}-${new Date().toISOString().slice(0, 10)}.csv"`,
    )
    .header("cache-control", "no-store")
    .send(text);
}

/**
 * Registers a staff-only report at `path`: its query string parsed, its JSON (`body`) or, with
 * format=csv, the rows `csv` makes of it.
 */
export function reportRoute<R extends object>(
  app: App,
  deps: Deps,
  spec: {
    path: string;
    name: string;
    summary: string;
    description: string;
    body: TObject;
    run: (store: Store, q: ReportQuery) => Promise<R>;
    csv: (report: R) => { columns: readonly string[]; rows: readonly object[] };
  },
): void {
  app.get(
    spec.path,
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["reports"],
        summary: spec.summary,
        description: spec.description,
        security: bearer,
        querystring: ReportQuerySchema,
        response: reportResponses(Type.Object({ ...ReportHead, ...spec.body.properties })),
      },
    },
    async (request, reply) => {
      const q = reportQueryOf(request.query);
      const report = await spec.run(deps.store, q);
      if (!q.csv) return { ...reportHead(q), ...report };
      const { columns, rows } = spec.csv(report);
      return sendCsv(reply, spec.name, columns, rows);
    },
  );
}
