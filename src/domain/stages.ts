import type { ErrorDetail } from "./errors.js";

export type StageOutcome = "won" | "lost";

/** One step of a category's pipeline. */
export interface Stage {
  key: string;
  name: string;
  /** The lead's work is over here: it no longer counts as an open lead of its recipient. */
  terminal: boolean;
  /** `won` asks for revenue, `lost` for a reason. */
  outcome: StageOutcome | null;
  /** Reaching this stage means someone has spoken to the lead: the first time is its first contact. */
  contact: boolean;
}

export interface StageConfig {
  stages: Stage[];
  /** Whether a returned lead is routed again to someone who has not had it. */
  rerouteReturns: boolean;
}

/** Stages Carousel itself moves leads into: intake (`new`) and an active assignment (`assigned`). */
export const SYSTEM_STAGES = ["new", "assigned"] as const;

/** A lead's stage once routing left it with `status`: a new lead now assigned leaves `new`. */
export function stageAfterRouting(stage: string, status: string): string {
  return stage === "new" && status === "assigned" ? "assigned" : stage;
}

export interface StageInput {
  key: string;
  name?: string | undefined;
  terminal?: boolean | undefined;
  outcome?: StageOutcome | undefined;
  contact?: boolean | undefined;
}

/**
 * A stage list as configured, with its defaults filled in: a stage is terminal when it has an
 * outcome, and counts as contact when it comes after `assigned` and is not a `lost` outcome.
 */
export function stagesFrom(
  input: readonly StageInput[],
): { ok: true; stages: Stage[] } | { ok: false; errors: ErrorDetail[] } {
  const errors: ErrorDetail[] = [];
  const fail = (i: number | null, field: string, message: string) =>
    errors.push({ field: i === null ? "stages" : `stages.${i}.${field}`, code: "invalid", message });
  const seen = new Set<string>();
  const assignedAt = input.findIndex((s) => s.key === "assigned");
  const stages = input.map((s, i): Stage => {
    if (seen.has(s.key)) fail(i, "key", `stage ${s.key} is listed twice`);
    seen.add(s.key);
    const system = (SYSTEM_STAGES as readonly string[]).includes(s.key);
    if (system && (s.outcome !== undefined || s.terminal === true))
      fail(i, "key", `stage ${s.key} is where Carousel puts leads and cannot end their work`);
    if (s.outcome !== undefined && s.terminal === false)
      fail(i, "terminal", `stage ${s.key} has an outcome, so it is terminal`);
    return {
      key: s.key,
      name: s.name ?? s.key,
      terminal: s.terminal ?? s.outcome !== undefined,
      outcome: s.outcome ?? null,
      contact: s.contact ?? (assignedAt >= 0 && i > assignedAt && s.outcome !== "lost"),
    };
  });
  for (const key of SYSTEM_STAGES)
    if (!seen.has(key)) fail(null, "", `the stage list must contain ${key}: Carousel moves leads there`);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, stages };
}

const DEFAULT_INPUT: StageInput[] = [
  { key: "new", name: "New" },
  { key: "assigned", name: "Assigned" },
  { key: "contacted", name: "Contacted" },
  { key: "qualified", name: "Qualified" },
  { key: "won", name: "Won", outcome: "won" },
  { key: "lost", name: "Lost", outcome: "lost" },
];

export const DEFAULT_STAGE_CONFIG: StageConfig = {
  stages: (stagesFrom(DEFAULT_INPUT) as { ok: true; stages: Stage[] }).stages,
  rerouteReturns: true,
};

export interface StageMove {
  to: Stage;
  revenueCents: number | null;
  reason: string | null;
}

/** Checks a move into stage `key`: the stage exists, a win has its revenue, a loss its reason. */
export function checkStageMove(
  config: StageConfig,
  input: { stage: string; revenue?: number | undefined; reason?: string | undefined },
): { ok: true; move: StageMove } | { ok: false; errors: ErrorDetail[] } {
  const to = config.stages.find((s) => s.key === input.stage);
  if (!to) {
    const known = config.stages.map((s) => s.key).join(", ");
    return {
      ok: false,
      errors: [{ field: "stage", code: "unknown_stage", message: `stage must be one of ${known}` }],
    };
  }
  const reason = input.reason?.trim() || null;
  if (to.outcome === "won" && input.revenue === undefined)
    return {
      ok: false,
      errors: [{ field: "revenue", code: "required", message: `revenue is required to move to ${to.key}` }],
    };
  if (to.outcome === "lost" && reason === null)
    return {
      ok: false,
      errors: [{ field: "reason", code: "required", message: `reason is required to move to ${to.key}` }],
    };
  const revenueCents =
    to.outcome === "won" && input.revenue !== undefined ? Math.round(input.revenue * 100) : null;
  return { ok: true, move: { to, revenueCents, reason } };
}
