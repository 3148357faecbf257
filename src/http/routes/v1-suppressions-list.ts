import { Type } from "typebox";
import { readSuppressions } from "../../services/suppressions.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { SuppressionKind, SuppressionView } from "../call-schemas.js";
import { errors } from "../schemas.js";

const Cursor = Type.String({ pattern: "^[0-9]{1,15}:.{1,254}$" });

export default function suppressionsList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/suppressions",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["work"],
        summary: "The suppression list, newest first; `q` finds values by their start",
        security: bearer,
        querystring: Type.Object(
          {
            kind: Type.Optional(SuppressionKind),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 254 })),
            cursor: Type.Optional(Cursor),
            limit: Type.Optional(Type.String({ pattern: "^[0-9]{1,3}$" })),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            items: Type.Array(SuppressionView),
            nextCursor: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(401, 403, 422),
        },
      },
    },
    async (request) => {
      const { kind, q, cursor, limit } = request.query;
      const size = Math.min(Math.max(Number(limit ?? 100), 1), 500);
      const split = cursor?.indexOf(":") ?? -1;
      const after =
        cursor && split > 0
          ? { at: Number(cursor.slice(0, split)), value: cursor.slice(split + 1) }
          : undefined;
      const rows = await readSuppressions(deps.store, { kind, q: q?.toLowerCase(), after }, size + 1);
      const page = rows.slice(0, size);
      const last = page[page.length - 1];
      return {
        items: page.map((s) => ({ ...s, createdAt: new Date(s.createdAt).toISOString() })),
        nextCursor: rows.length > size && last ? `${last.createdAt}:${last.value}` : null,
      };
    },
  );
}
