import { Type, type Static, type TSchema } from "typebox";
import type { Principal } from "../domain/user.js";
import type { App, Deps } from "./app.js";
import { allow, bearer, principalOf, STAFF } from "./auth.js";
import { idAfter, nextCursor, OutboxPage, pageLimit } from "./delivery-view.js";
import { errors } from "./schemas.js";

/** What a failures list reads its rows by: the statuses, one recipient or subscription, a cursor. */
export interface FailuresFilter<S extends string> {
  statuses: S[];
  /** The value of the query parameter named `by`, if given. */
  by: string | undefined;
  before: string | undefined;
}

/** An outbox route's path (its list's; a row's are below it), its tag, summary and row view. */
interface OutboxRoute<T, V extends TSchema> {
  path: string;
  tag: string;
  summary: string;
  /** The schema of a row as answered, and the view that makes it. */
  schema: V;
  view: (row: T) => Static<V>;
}

/**
 * The list of an outbox (the deliveries, the webhook deliveries): `GET path`, newest first, showing
 * the failures unless a status is asked for. Staff only.
 *
 * @example
 * failuresListRoute(app, deps, { path: "/api/v1/deliveries", tag: "deliveries", statuses,
 *   failures: ["dead"], by: "recipient", list, view, summary: "…" });
 */
export function failuresListRoute<S extends string, T extends { id: string }, V extends TSchema>(
  app: App,
  deps: Deps,
  spec: OutboxRoute<T, V> & {
    statuses: readonly S[];
    /** The statuses shown when none is asked for. */
    failures: readonly S[];
    /** The query parameter that narrows the list to one recipient or subscription. */
    by: string;
    list: (filter: FailuresFilter<S>, limit: number) => Promise<T[]>;
  },
): void {
  const query = Type.Object(
    {
      status: Type.Optional(Type.Union(spec.statuses.map((s) => Type.Literal(s)))),
      [spec.by]: Type.Optional(Type.String({ maxLength: 64 })),
      cursor: Type.Optional(Type.String({ maxLength: 200 })),
      limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
    },
    { additionalProperties: false },
  );
  app.get(
    spec.path,
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: [spec.tag],
        summary: spec.summary,
        security: bearer,
        querystring: query,
        // The view is checked against the schema by OutboxRoute; the route sees any schema.
        response: { 200: OutboxPage(spec.schema as TSchema), ...errors(401, 403) },
      },
    },
    async (request) => {
      const q = request.query as Record<string, string | undefined>;
      const limit = pageLimit(q["limit"]);
      const status = q["status"] as S | undefined;
      const rows = await spec.list(
        { statuses: status ? [status] : [...spec.failures], by: q[spec.by], before: idAfter(q["cursor"]) },
        limit,
      );
      return { items: rows.map(spec.view), nextCursor: nextCursor(rows, limit) };
    },
  );
}

/** `POST path/:id/replay` of an outbox: sends a row given up on again and answers it. Staff only. */
export function failuresReplayRoute<T, V extends TSchema>(
  app: App,
  deps: Deps,
  spec: OutboxRoute<T, V> & {
    /** Sends row `id` again; answers it as it now is. */
    replay: (id: string, principal: Principal) => Promise<T>;
  },
): void {
  app.post(
    `${spec.path}/:id/replay`,
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: [spec.tag],
        summary: spec.summary,
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: { 200: spec.schema as TSchema, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => spec.view(await spec.replay(request.params.id, principalOf(request))),
  );
}
