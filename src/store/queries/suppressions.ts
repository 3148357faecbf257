import type { Suppression, SuppressionKind } from "../../domain/suppression.js";
import { builderOf, type Runner, type Tx } from "../store.js";

/** Adds entries; one already listed keeps its first reason. Answers how many were new. */
export async function insertSuppressions(tx: Tx, entries: readonly Suppression[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < entries.length; i += 500) {
    const result = await tx
      .insertInto("suppressions")
      .values(
        entries.slice(i, i + 500).map((e) => ({
          kind: e.kind,
          value: e.value,
          reason: e.reason,
          actor: e.actor,
          created_at: e.createdAt,
        })),
      )
      .onConflict((oc) => oc.columns(["kind", "value"]).doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function deleteSuppression(tx: Tx, kind: SuppressionKind, value: string): Promise<boolean> {
  const result = await tx
    .deleteFrom("suppressions")
    .where("kind", "=", kind)
    .where("value", "=", value)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Which of these values of a kind are suppressed. */
export async function suppressedAmong(
  on: Runner,
  kind: SuppressionKind,
  values: readonly string[],
): Promise<Set<string>> {
  if (values.length === 0) return new Set();
  const rows = await builderOf(on)
    .selectFrom("suppressions")
    .select("value")
    .where("kind", "=", kind)
    .where("value", "in", [...new Set(values)])
    .execute();
  return new Set(rows.map((r) => r.value));
}

/** A page of entries, newest first; `q` finds a value by its start. */
export async function listSuppressions(
  on: Runner,
  filter: {
    kind?: SuppressionKind | undefined;
    q?: string | undefined;
    after?: { at: number; value: string } | undefined;
  },
  limit: number,
): Promise<Suppression[]> {
  let q = builderOf(on).selectFrom("suppressions").selectAll();
  if (filter.kind) q = q.where("kind", "=", filter.kind);
  if (filter.q) q = q.where("value", ">=", filter.q).where("value", "<", `${filter.q}\uffff`);
  if (filter.after) {
    const { at, value } = filter.after;
    q = q.where((eb) =>
      eb.or([eb("created_at", "<", at), eb.and([eb("created_at", "=", at), eb("value", "<", value)])]),
    );
  }
  const rows = await q.orderBy("created_at", "desc").orderBy("value", "desc").limit(limit).execute();
  return rows.map((r) => ({
    kind: r.kind as SuppressionKind,
    value: r.value,
    reason: r.reason,
    actor: r.actor,
    createdAt: Number(r.created_at),
  }));
}
