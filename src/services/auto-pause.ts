import { judgeAutoPause, ruleOfSource, type SourcePause } from "../domain/auto-pause.js";
import { newId } from "../domain/ids.js";
import type { Source } from "../domain/source.js";
import { insertAuditEntry } from "../store/queries/audit.js";
import { getCategory } from "../store/queries/categories.js";
import { recentReturns } from "../store/queries/source-quality.js";
import {
  endSourceAlert,
  getSource,
  pauseSource,
  sourcesWithAlertDue,
  sourcesWithRules,
  takeSourceAlert,
} from "../store/queries/sources.js";
import { listUsers } from "../store/queries/users.js";
import type { Store, Tx } from "../store/store.js";
import { raiseSourceEvent } from "./delivery/webhooks.js";
import type { Mailer } from "./mailer.js";

/** Who the audit log names for a pause a rule made. */
export const AUTO_PAUSE_ACTOR = "auto-pause";
/** How long a failed alert email waits before it is tried again. */
const ALERT_RETRY_MS = 5 * 60_000;
/** An alert not sent within this (no mail server until then) is dropped: it is old news. */
const ALERT_STALE_MS = 86_400_000;

/**
 * Pauses a source in `tx` when its auto-pause rule (its own, or else its category's default) acts on its last leads (those created since
 * it was last resumed): disables it, records why on it and in the audit log, raises the
 * `source_paused` webhook event, and leaves the admins' email due. Answers the pause, or null when
 * the source has no rule, is disabled already, or its rule does not act. Intake refuses its leads
 * once it reads the source again: at once where the caller makes it forget what it keeps, else
 * within its second.
 */
export async function pauseIfRuleActs(tx: Tx, sourceKey: string, now: number): Promise<SourcePause | null> {
  const source = await getSource(tx, sourceKey);
  if (!source?.enabled || source.autoPause === "none") return null;
  const judged = ruleOfSource(source.autoPause, (await getCategory(tx, source.category))?.autoPause ?? null);
  if (!judged) return null;
  const { rule } = judged;
  const judgement = judgeAutoPause(
    rule,
    await recentReturns(tx, source.key, rule.lastLeads, source.autoPauseSince),
    now,
  );
  const pause = judgement && {
    ...judgement,
    reason: judged.fromCategory
      ? `${judgement.reason} (the default rule of category ${source.category})`
      : judgement.reason,
  };
  if (!pause || !(await pauseSource(tx, source.key, pause, now))) return null;
  await insertAuditEntry(tx, {
    id: newId("audit", now),
    at: now,
    actor: AUTO_PAUSE_ACTOR,
    entity: "source",
    key: source.key,
    action: "pause",
    before: { enabled: true, paused: null },
    after: { enabled: false, paused: pause },
  });
  await raiseSourceEvent(tx, "source_paused", source, pause, now);
  return pause;
}

/**
 * Every enabled source with a rule, judged: the ones whose rule acts are paused. Answers those;
 * intake refuses them once its configuration is read again (within its second).
 */
export async function applyAutoPauseRules(store: Store, now: number): Promise<string[]> {
  const paused: string[] = [];
  for (const source of await sourcesWithRules(store))
    if (await store.transact((tx) => pauseIfRuleActs(tx, source.key, now))) paused.push(source.key);
  return paused;
}

/**
 * Emails the admins (enabled users of role admin) about each source a rule paused whose email is
 * due. Each is taken by one process; a send that fails is tried again five minutes on, and one
 * left unsent for a day (no mail server until then) is dropped.
 */
export async function sendPauseAlerts(store: Store, mailer: Mailer, now: number): Promise<number> {
  let sent = 0;
  for (const { source, due } of await sourcesWithAlertDue(store, now)) {
    if (!(await store.transact((tx) => takeSourceAlert(tx, source.key, due, now + ALERT_RETRY_MS)))) continue;
    const admins = (await listUsers(store))
      .filter((u) => u.role === "admin" && !u.disabled)
      .map((u) => u.email);
    if (source.paused && source.paused.at > now - ALERT_STALE_MS && admins.length > 0) {
      await mailer.send(pauseAlert(source, source.paused, admins));
      sent += 1;
    }
    await store.transact((tx) => endSourceAlert(tx, source.key));
  }
  return sent;
}

function pauseAlert(source: Source, pause: SourcePause, to: string[]) {
  const { rule } = pause;
  return {
    to: to.join(", "),
    subject: `Source ${source.name} (${source.key}) was paused by its rule`,
    text: [
      `Carousel paused the source ${source.name} (${source.key}, category ${source.category}) at ${new Date(pause.at).toISOString()}.`,
      "",
      `Why: ${pause.reason}.`,
      `Its rule: pause when more than ${rule.maxReturnRate}% of its last ${rule.lastLeads} leads come back, judged from ${rule.minLeads} leads.`,
      "",
      "Intake refuses its leads until it is resumed (Sources, or PATCH /api/v1/sources/{key} with enabled: true).",
      "After a resume its rule counts only the leads that come from then on.",
    ].join("\n"),
  };
}
