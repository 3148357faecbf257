import { ApiError } from "../api/client";

/** One problem the API named: the field (`fields.2.options`, `dedupe.windowDays`) and its words. */
export interface Problem {
  field: string;
  message: string;
}

/** The problems of a failed save, each naming its field; none when the error names no field. */
export function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.flatMap((d: unknown) => {
    const { field, message } = (d ?? {}) as { field?: unknown; message?: unknown };
    return typeof field === "string" && typeof message === "string" ? [{ field, message }] : [];
  });
}

const under = (field: string, path: string) => path === "" || field === path || field.startsWith(`${path}.`);

/** The words for the input at `path` (`fields.2.key`), including problems of its parts (`options.0`). */
export function problemAt(problems: Problem[], path: string): string | undefined {
  const found = problems.filter((p) => under(p.field, path)).map((p) => p.message);
  return found.length === 0 ? undefined : found.join("; ");
}

/**
 * The problems under `path` that none of `shown` (paths of inputs that show their own) covers:
 * a row's own message, or one about a part the screen has no input for. The path "" is the whole body.
 */
export function problemsLeft(problems: Problem[], path: string, shown: string[]): string[] {
  return problems
    .filter((p) => under(p.field, path) && !shown.some((s) => under(p.field, s)))
    .map((p) => p.message);
}
