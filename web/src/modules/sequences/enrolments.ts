import type { paths } from "../../api/schema";
import { humanize } from "../../ui/format";
import { stepLabel, type Sequence } from "./draft";

type Json<T> = T extends { content: { "application/json": infer B } } ? B : never;
export type Enrolment = Json<
  paths["/api/v1/leads/{id}/enrolments"]["get"]["responses"][200]
>["items"][number];

const LEFT_BECAUSE: Record<string, string> = {
  stage: "its stage ended it",
  replied: "replied",
  unsubscribed: "unsubscribed",
  bounced: "an email bounced",
  suppressed: "its address is suppressed",
  removed: "removed by hand",
  lead_gone: "the lead was erased",
};

/** Where an enrolment stands, in words: "In the sequence", "Finished", "Left: unsubscribed". */
export function enrolmentStatus(e: Pick<Enrolment, "status" | "exitReason">): { text: string; tone: string } {
  if (e.status === "active") return { text: "In the sequence", tone: "status-offered" };
  if (e.status === "completed") return { text: "Finished", tone: "status-closed" };
  const why = e.exitReason ? (LEFT_BECAUSE[e.exitReason] ?? humanize(e.exitReason)) : "ended";
  return { text: `Left: ${why}`, tone: "muted" };
}

/**
 * The step an enrolment runs next, named as the editor names it ("3 · Send Pricing") when the
 * enrolment runs the version shown, else by its id alone.
 */
export function nextStepName(
  e: Pick<Enrolment, "nextStep" | "version">,
  sequence: Pick<Sequence, "version" | "steps"> | undefined,
  templateName: (key: string) => string,
): string | null {
  if (e.nextStep === null) return null;
  if (!sequence || sequence.version !== e.version) return `step ${e.nextStep}`;
  const index = sequence.steps.findIndex((s, i) => (s.id ?? String(i + 1)) === e.nextStep);
  const step = sequence.steps[index];
  return step ? `step ${stepLabel(step, index, templateName)}` : `step ${e.nextStep}`;
}
