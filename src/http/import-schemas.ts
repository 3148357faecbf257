import { Type } from "typebox";
import { Value } from "typebox/value";
import type { ImportRefusal, ImportState, RecipientCheck } from "../services/imports.js";
import { CreateRecipientBody } from "./recipient-schemas.js";

const Problem = Type.Object({
  field: Type.Union([Type.String(), Type.Null()], {
    description: "the field at fault; null: the row as a whole",
  }),
  message: Type.String(),
});

export const ImportView = Type.Object({
  id: Type.String(),
  kind: Type.Union([Type.Literal("leads"), Type.Literal("recipients")]),
  source: Type.Union([Type.String(), Type.Null()]),
  fileName: Type.String(),
  status: Type.Union([Type.Literal("running"), Type.Literal("done"), Type.Literal("failed")]),
  columns: Type.Array(
    Type.Object({
      header: Type.String(),
      field: Type.Union([Type.String(), Type.Null()], { description: "null: the column is not imported" }),
    }),
  ),
  rowsTotal: Type.Integer(),
  rowsDone: Type.Integer(),
  accepted: Type.Integer(),
  refused: Type.Integer(),
  error: Type.Union([Type.String(), Type.Null()], { description: "why the import stopped, if it failed" }),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  refusals: Type.Array(
    Type.Object({
      line: Type.Integer({ description: "the line of the file the row starts on; the header is line 1" }),
      problems: Type.Array(Problem),
    }),
    { description: "refused rows in file order, a page at a time (`after`)" },
  ),
});

/** A recipients file's row is checked against the very schema `POST /api/v1/recipients` takes. */
export const checkRecipientRow: RecipientCheck = (input) => {
  const byPath = new Map<string, { messages: string[]; allowed: unknown[] }>();
  for (const error of Value.Errors(CreateRecipientBody, input)) {
    const path = error.instancePath.replace(/^\//, "").replace(/\//g, ".") || "row";
    const entry = byPath.get(path) ?? { messages: [], allowed: [] };
    const params = error.params as { allowedValue?: unknown };
    if (error.keyword === "const") entry.allowed.push(params.allowedValue);
    else if (error.keyword !== "anyOf") entry.messages.push(error.message);
    byPath.set(path, entry);
  }
  return [...byPath].map(([field, e]) => ({
    field,
    message:
      e.allowed.length > 0
        ? `${field} must be one of ${e.allowed.join(", ")}`
        : `${field} ${e.messages[0] ?? "is not valid"}`,
  }));
};

export function importView(state: ImportState, refusals: ImportRefusal[]) {
  return {
    ...state,
    createdAt: new Date(state.createdAt).toISOString(),
    finishedAt: state.finishedAt === null ? null : new Date(state.finishedAt).toISOString(),
    refusals,
  };
}
