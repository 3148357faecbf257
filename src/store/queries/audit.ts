import type { AuditEntity, AuditEntry } from "../../domain/audit.js";
import type { AuditRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

/** The only write the audit log has: entries are appended, never changed. */
export async function insertAuditEntry(tx: Tx, e: AuditEntry): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      id: e.id,
      at: e.at,
      actor: e.actor,
      entity: e.entity,
      entity_key: e.key,
      action: e.action,
      before: e.before == null ? null : JSON.stringify(e.before),
      after: e.after == null ? null : JSON.stringify(e.after),
    })
    .execute();
}

export interface AuditFilter {
  entity?: AuditEntity | undefined;
  key?: string | undefined;
  actor?: string | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Entries older than this id (a page's cursor). */
  before?: string | undefined;
}

/** Entries newest first. */
export async function listAuditEntries(on: Runner, f: AuditFilter, limit: number): Promise<AuditEntry[]> {
  const db = builderOf(on);
  let q = db.selectFrom("audit_log").selectAll();
  if (f.entity !== undefined) q = q.where("entity", "=", f.entity);
  if (f.key !== undefined) q = q.where("entity_key", "=", f.key);
  if (f.actor !== undefined) q = q.where("actor", "=", f.actor);
  if (f.from !== undefined) q = q.where("at", ">=", f.from);
  if (f.to !== undefined) q = q.where("at", "<", f.to);
  if (f.before !== undefined) q = q.where("id", "<", f.before);
  const rows = await q.orderBy("id", "desc").limit(limit).execute();
  return rows.map(toEntry);
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    entity: row.entity as AuditEntity,
    key: row.entity_key,
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  };
}
