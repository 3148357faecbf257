import {
  checkFieldSpecs,
  DEFAULT_DEDUPE,
  type Category,
  type CategoryScoring,
  type DedupePolicy,
  type FieldSpec,
} from "../domain/category.js";
import { AppError, invalid } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Tier } from "../domain/routing/types.js";
import type { Source, SourceAttributes } from "../domain/source.js";
import type { Principal, Role, User } from "../domain/user.js";
import { getCategory, insertCategory } from "../store/queries/categories.js";
import { insertPlan } from "../store/queries/plans.js";
import { insertRoutingHead } from "../store/queries/routing-state.js";
import { getSource, insertSource } from "../store/queries/sources.js";
import { getUserByEmail, insertToken, insertUser } from "../store/queries/users.js";
import type { Store } from "../store/store.js";
import { audit, auditActor, BOOTSTRAP } from "./audit.js";
import { hashSecret, newIntakeKey, newToken } from "./auth.js";
import { checkRecipientOfRole } from "./users.js";

/**
 * A new category's plan until someone puts one: offer each lead to the category's agents in
 * turn (five minutes each, three at most), then post it to the pool for anyone eligible.
 */
export const DEFAULT_TIERS: Tier[] = [
  { select: { kind: "agent" }, method: "round_robin", mode: "push", slaSeconds: 300, attempts: 3 },
  { select: {}, method: "round_robin", mode: "pull" },
];

export interface NewCategory {
  key: string;
  name: string;
  fields?: FieldSpec[];
  dedupe?: DedupePolicy;
  unknownFields?: "reject" | "keep";
  scoring?: CategoryScoring;
}

export async function createCategory(
  store: Store,
  input: NewCategory,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<Category> {
  const fields = input.fields ?? [];
  const problems = checkFieldSpecs(fields);
  if (problems.length > 0)
    throw invalid(problems.map((message) => ({ field: "fields", code: "invalid", message })));
  const category: Category = {
    key: input.key,
    name: input.name,
    fields,
    dedupe: input.dedupe ?? DEFAULT_DEDUPE,
    unknownFields: input.unknownFields ?? "reject",
    scoring: input.scoring ?? { rules: [], bands: [] },
    createdAt: now,
  };
  return store.transact(async (tx) => {
    if (await getCategory(tx, category.key))
      throw new AppError("conflict", `a category with key ${category.key} exists already`);
    await insertCategory(tx, category);
    await insertPlan(tx, {
      category: category.key,
      version: 1,
      tiers: DEFAULT_TIERS,
      createdAt: now,
      createdBy: auditActor(by),
    });
    await insertRoutingHead(tx, category.key, 1);
    await audit(tx, by, { entity: "category", key: category.key, action: "create", after: category }, now);
    return category;
  });
}

export interface NewSource {
  key: string;
  name: string;
  category: string;
  costPerLead?: number;
  attributes?: SourceAttributes;
  enabled?: boolean;
}

export async function createSource(
  store: Store,
  input: NewSource,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<Source> {
  const source: Source = {
    key: input.key,
    name: input.name,
    category: input.category,
    intakeKey: newIntakeKey(),
    costPerLeadCents: Math.round((input.costPerLead ?? 0) * 100),
    attributes: input.attributes ?? {},
    enabled: input.enabled ?? true,
    createdAt: now,
  };
  return store.transact(async (tx) => {
    if (!(await getCategory(tx, source.category)))
      throw invalid([
        { field: "category", code: "not_found", message: `category ${source.category} does not exist` },
      ]);
    if (await getSource(tx, source.key))
      throw new AppError("conflict", `a source with key ${source.key} exists already`);
    await insertSource(tx, source);
    await audit(tx, by, { entity: "source", key: source.key, action: "create", after: source }, now);
    return source;
  });
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  recipient?: string | undefined;
}

/** Creates a user with its first API token; the token is returned here and never again. */
export async function createUser(
  store: Store,
  input: NewUser,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
): Promise<{ user: User; token: string }> {
  const user: User = {
    id: newId("user", now),
    email: input.email.trim().toLowerCase(),
    name: input.name.trim(),
    role: input.role,
    recipient: input.recipient ?? null,
    createdAt: now,
    disabled: false,
  };
  const token = newToken();
  await store.transact(async (tx) => {
    if (await getUserByEmail(tx, user.email))
      throw new AppError("conflict", `a user with email ${user.email} exists already`);
    await checkRecipientOfRole(tx, user.role, user.recipient);
    await insertUser(tx, user);
    await insertToken(tx, {
      id: newId("token", now),
      userId: user.id,
      hash: hashSecret(token),
      name: "default",
      createdAt: now,
    });
    await audit(tx, by, { entity: "user", key: user.id, action: "create", after: user }, now);
  });
  return { user, token };
}
