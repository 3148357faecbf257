/** What the audit log records changes of. */
export const AUDIT_ENTITIES = [
  "category",
  "source",
  "recipient",
  "plan",
  "user",
  "token",
  "webhook",
  "return_policy",
  "deliveries",
  "lead",
  "template",
  "settings",
  "suppression",
  "calling",
  "sequence",
  "experiment",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** The actor of a change made with the bootstrap admin token from the environment. */
export const BOOTSTRAP_ACTOR = "bootstrap";

export interface AuditEntry {
  id: string;
  at: number;
  /** A user id, or `bootstrap`. */
  actor: string;
  entity: AuditEntity;
  /** The entity's key or id (a category key, a user id, a lead id for a manual assignment, …). */
  key: string;
  action: string;
  before: unknown;
  after: unknown;
}

const SECRET_KEYS = new Set(["secret", "password", "token", "tokenHash", "hash", "passwordHash"]);
const REDACTED = "[redacted]";

/**
 * A value as the audit log may keep it: secrets (passwords, tokens, webhook secrets, header
 * values, which often carry credentials) are replaced, an intake key keeps only its start.
 */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (SECRET_KEYS.has(k)) out[k] = REDACTED;
    else if (k === "intakeKey" && typeof v === "string") out[k] = maskIntakeKey(v);
    else if (k === "headers" && v !== null && typeof v === "object")
      out[k] = Object.fromEntries(Object.keys(v).map((h) => [h, REDACTED]));
    else out[k] = redact(v);
  }
  return out;
}

const maskIntakeKey = (key: string): string => `${key.slice(0, 7)}…`;
