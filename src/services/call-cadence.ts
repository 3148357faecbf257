import { afterCall, type CallSettings } from "../domain/calls/cadence.js";
import { leadTimeZone } from "../domain/lead-time-zone.js";
import { cadenceOfLead, callSettingsOf, putCadence } from "../store/queries/call-lists.js";
import { insertSuppressions } from "../store/queries/suppressions.js";
import type { Tx } from "../store/store.js";
import { moveStage, stageConfigOf, type WorkedLead } from "./work.js";

export async function callSettingsOfCategory(tx: Tx, category: string): Promise<CallSettings> {
  return (await callSettingsOf(tx, [category])).get(category)!;
}

/**
 * What a logged call does next, in the call's transaction: the lead's cadence moves on (the next
 * try scheduled, or the cadence ended), a connected call moves the lead into its first contact
 * stage, a wrong number or a do-not-call to its lost stage, and a do-not-call puts the number on
 * the suppression list.
 */
export async function followCallOutcome(
  tx: Tx,
  worked: WorkedLead,
  outcome: string,
  now: number,
): Promise<void> {
  const { lead } = worked;
  const before = await cadenceOfLead(tx, lead.id);
  const settings = await callSettingsOfCategory(tx, lead.category);
  const stages = await stageConfigOf(tx, lead.category);
  const timezone = leadTimeZone(lead.contact) ?? "UTC";
  const next = afterCall(before, outcome, settings, stages.stages, lead.stage, timezone, now);
  await putCadence(tx, lead.id, next.cadence, now);
  if (next.suppressPhone && lead.contact.phone)
    await insertSuppressions(tx, [
      {
        kind: "phone",
        value: lead.contact.phone,
        reason: "do not call",
        actor: worked.actor,
        createdAt: now,
      },
    ]);
  if (next.stage)
    await moveStage(tx, worked, { stage: next.stage.to, reason: next.stage.reason ?? undefined }, now);
}
