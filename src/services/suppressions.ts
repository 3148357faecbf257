import { AppError, notFound } from "../domain/errors.js";
import { suppressionValue, type Suppression, type SuppressionKind } from "../domain/suppression.js";
import type { Principal } from "../domain/user.js";
import { deleteSuppression, insertSuppressions, listSuppressions } from "../store/queries/suppressions.js";
import type { Store } from "../store/store.js";
import { audit, auditActor } from "./audit.js";

export interface SuppressionsAdded {
  added: number;
  alreadyListed: number;
  refused: { value: string; problem: string }[];
}

/**
 * Puts addresses or numbers on the suppression list: one, or a whole imported list. Each value
 * is kept in the form leads keep theirs (a lower-case email, an E.164 number), so a lead's own
 * matches it; values that are not one are refused and listed, and the rest are added.
 */
export async function suppress(
  store: Store,
  principal: Principal,
  input: { kind: SuppressionKind; values: readonly string[]; reason: string },
  now = Date.now(),
): Promise<SuppressionsAdded> {
  const refused: SuppressionsAdded["refused"] = [];
  const entries = new Map<string, Suppression>();
  for (const raw of input.values) {
    const checked = suppressionValue(input.kind, raw);
    if (!checked.ok) refused.push({ value: raw.slice(0, 200), problem: checked.problem });
    else
      entries.set(checked.value, {
        kind: input.kind,
        value: checked.value,
        reason: input.reason,
        actor: auditActor(principal),
        createdAt: now,
      });
  }
  if (entries.size === 0 && refused.length > 0)
    throw new AppError(
      "validation_failed",
      `no ${input.kind} in the list could be read`,
      refused
        .slice(0, 20)
        .map((r) => ({ field: "values", code: "invalid", message: `${r.value}: ${r.problem}` })),
    );
  const added = await store.transact(async (tx) => {
    const n = await insertSuppressions(tx, [...entries.values()]);
    await audit(
      tx,
      principal,
      { entity: "suppression", key: input.kind, action: "add", after: { count: n, reason: input.reason } },
      now,
    );
    return n;
  });
  return { added, alreadyListed: entries.size - added, refused };
}

export async function unsuppress(
  store: Store,
  principal: Principal,
  kind: SuppressionKind,
  raw: string,
  now = Date.now(),
): Promise<void> {
  const checked = suppressionValue(kind, raw);
  if (!checked.ok) throw notFound(`${kind} ${raw}`);
  await store.transact(async (tx) => {
    if (!(await deleteSuppression(tx, kind, checked.value)))
      throw notFound(`${kind} ${checked.value} on the list`);
    await audit(
      tx,
      principal,
      { entity: "suppression", key: kind, action: "remove", before: { value: checked.value } },
      now,
    );
  });
}

export const readSuppressions = listSuppressions;
