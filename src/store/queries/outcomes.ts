import { randomBytes } from "node:crypto";
import { builderOf, type Runner, type Tx } from "../store.js";

export interface OutcomeRow {
  leadId: string;
  /** '' when staff recorded it for a lead nobody holds. */
  recipient: string;
  outcome: string;
  amountCents: number | null;
  reason: string | null;
  at: number;
  actor: string;
}

/** Records an outcome; saying the same outcome again for the same lead and recipient replaces it. */
export async function putOutcome(tx: Tx, row: OutcomeRow): Promise<void> {
  await tx
    .insertInto("lead_outcomes")
    .values({
      lead_id: row.leadId,
      recipient: row.recipient,
      outcome: row.outcome,
      amount_cents: row.amountCents,
      reason: row.reason,
      at: row.at,
      actor: row.actor,
    })
    .onConflict((oc) =>
      oc.columns(["lead_id", "recipient", "outcome"]).doUpdateSet({
        amount_cents: row.amountCents,
        reason: row.reason,
        at: row.at,
        actor: row.actor,
      }),
    )
    .execute();
}

export async function outcomesOf(on: Runner, leadId: string): Promise<OutcomeRow[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("lead_outcomes")
    .selectAll()
    .where("lead_id", "=", leadId)
    .orderBy("at")
    .execute();
  return rows.map((r) => ({
    leadId: r.lead_id,
    recipient: r.recipient,
    outcome: r.outcome,
    amountCents: r.amount_cents === null ? null : Number(r.amount_cents),
    reason: r.reason,
    at: Number(r.at),
    actor: r.actor,
  }));
}

/**
 * The server's secret of this name, made up (32 random bytes) the first time it is asked for; of
 * two processes asking at once, the first insert wins and both answer its value.
 */
export async function serverSecret(on: Runner, name: string, now: number): Promise<string> {
  const db = builderOf(on);
  await db
    .insertInto("server_secrets")
    .values({ name, value: randomBytes(32).toString("base64url"), created_at: now })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  const row = await db
    .selectFrom("server_secrets")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirstOrThrow();
  return row.value;
}
