/** The pure arithmetic and wording of the Import screen. */

export interface ImportProgress {
  status: "running" | "done" | "failed";
  rowsTotal: number;
  rowsDone: number;
  accepted: number;
  refused: number;
}

export interface RowProblem {
  field: string | null;
  message: string;
}

/** Whole percent of the rows done, 100 only once every row is. */
export function percentDone(p: ImportProgress): number {
  if (p.rowsTotal <= 0) return 100;
  if (p.rowsDone >= p.rowsTotal) return 100;
  return Math.min(99, Math.floor((p.rowsDone / p.rowsTotal) * 100));
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** "Imported 2 of 6 rows; 4 refused." and the like, for the status line and the toast. */
export function progressSentence(p: ImportProgress, noun: "leads" | "recipients"): string {
  const thing = noun === "leads" ? ["lead", "leads"] : ["recipient", "recipients"];
  const accepted = plural(p.accepted, thing[0]!, thing[1]!);
  const refused = p.refused === 0 ? "" : `; ${plural(p.refused, "row", "rows")} refused`;
  if (p.status === "running")
    return `${plural(p.rowsDone, "row", "rows")} of ${p.rowsTotal.toLocaleString("en-US")} read: ${accepted} imported${refused}`;
  if (p.status === "failed")
    return `Stopped after ${plural(p.rowsDone, "row", "rows")}: ${accepted} imported${refused}.`;
  return `Done: ${accepted} imported${refused}.`;
}

/** One refused row's reasons as a sentence: "email: email is not a valid address; zip: ...". */
export function reasonsOf(problems: readonly RowProblem[]): string {
  return problems.map((p) => (p.field === null ? p.message : `${p.field}: ${p.message}`)).join("; ");
}

/** The largest file the API takes (its body limit less room for the JSON around the text). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024 - 4096;

/** Why a chosen file cannot be sent, or null. */
export function fileProblem(file: { name: string; size: number }): string | null {
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_FILE_BYTES)
    return `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 4 MB. Split it, or use carousel import.`;
  return null;
}
