import { BOOTSTRAP_ACTOR, redact, type AuditEntity, type AuditEntry } from "../domain/audit.js";
import { newId } from "../domain/ids.js";
import type { Principal } from "../domain/user.js";
import { insertAuditEntry, listAuditEntries, type AuditFilter } from "../store/queries/audit.js";
import type { Store, Tx } from "../store/store.js";

/** The caller behind a change made with the bootstrap admin token (and by the CLI, which has no user). */
export const BOOTSTRAP: Principal = Object.freeze({ userId: null, role: "admin", recipient: null });

/** Who the audit log (and a plan's author) names for a change: the user, or `bootstrap`. */
export const auditActor = (by: Principal): string => by.userId ?? BOOTSTRAP_ACTOR;

export interface Change {
  entity: AuditEntity;
  key: string;
  action: string;
  /** The entity before the change; absent for a creation. */
  before?: unknown;
  /** The entity after the change; absent for a removal. */
  after?: unknown;
}

/**
 * Records a change of configuration in the same transaction as the change itself, so a change
 * that rolls back leaves no entry. Secrets in `before` and `after` are redacted here.
 */
export async function audit(tx: Tx, by: Principal, change: Change, now: number): Promise<void> {
  await insertAuditEntry(tx, {
    id: newId("audit", now),
    at: now,
    actor: auditActor(by),
    entity: change.entity,
    key: change.key,
    action: change.action,
    before: change.before === undefined ? null : redact(change.before),
    after: change.after === undefined ? null : redact(change.after),
  });
}

export async function readAudit(store: Store, filter: AuditFilter, limit: number): Promise<AuditEntry[]> {
  return listAuditEntries(store, filter, limit);
}
