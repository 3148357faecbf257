import { Type } from "typebox";
import { idAfter, nextCursor, pageLimit } from "./delivery-view.js";

/** What a failures list reads its rows by: the statuses, one recipient or subscription, a cursor. */
export interface FailuresFilter<S extends string> {
  statuses: S[];
  /** The value of the query parameter named `by`, if given. */
  by: string | undefined;
  before: string | undefined;
}

/**
 * A newest-first list of outbox rows that shows the failures unless a status is asked for: the
 * query it takes and the page it answers. The deliveries and the webhook deliveries both are one.
 *
 * @example
 * const failures = failuresPage({ statuses, failures: ["dead"], by: "recipient", list, view });
 * app.get(path, { schema: { querystring: failures.query } }, (req) => failures.page(req.query));
 */
export function failuresPage<S extends string, T extends { id: string }>(spec: {
  statuses: readonly S[];
  /** The statuses shown when none is asked for. */
  failures: readonly S[];
  /** The query parameter that narrows the list to one recipient or subscription. */
  by: string;
  list: (filter: FailuresFilter<S>, limit: number) => Promise<T[]>;
  view: (row: T) => object;
}) {
  const query = Type.Object(
    {
      status: Type.Optional(Type.Union(spec.statuses.map((s) => Type.Literal(s)))),
      [spec.by]: Type.Optional(Type.String({ maxLength: 64 })),
      cursor: Type.Optional(Type.String({ maxLength: 200 })),
      limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,4}$" })),
    },
    { additionalProperties: false },
  );
  const page = async (q: Record<string, string | undefined>) => {
    const limit = pageLimit(q["limit"]);
    const status = q["status"] as S | undefined;
    const rows = await spec.list(
      { statuses: status ? [status] : [...spec.failures], by: q[spec.by], before: idAfter(q["cursor"]) },
      limit,
    );
    return { items: rows.map(spec.view), nextCursor: nextCursor(rows, limit) };
  };
  return { query, page };
}
