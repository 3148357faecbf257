import { putCategoryBandsDue } from "../store/queries/score-history.js";
import {
  checkFieldSpecs,
  DEFAULT_DEDUPE,
  type Category,
  type CategoryScoring,
  type DedupePolicy,
  type FieldSpec,
} from "../domain/category.js";
import { checkAutoPauseRule } from "../domain/auto-pause.js";
import { AppError, invalid, notFound, type ErrorDetail } from "../domain/errors.js";
import { newId } from "../domain/ids.js";
import type { Tier } from "../domain/routing/types.js";
import type { Source, SourceAttributes } from "../domain/source.js";
import type { Principal, Role, User } from "../domain/user.js";
import {
  getCategory,
  insertCategory,
  updateCategory,
  updateCategoryScoring,
} from "../store/queries/categories.js";
import { insertPlan } from "../store/queries/plans.js";
import { insertRoutingHead } from "../store/queries/routing-state.js";
import { endSourceAlert, getSource, insertSource, updateSource } from "../store/queries/sources.js";
import { getUserByEmail, insertToken, insertUser } from "../store/queries/users.js";
import type { Store, Tx } from "../store/store.js";
import { audit, auditActor, BOOTSTRAP } from "./audit.js";
import { hashSecret, newIntakeKey, newToken } from "./auth.js";
import type { IntakeConfigs } from "./intake-config.js";
import { hashPassword } from "./passwords.js";
import { checkRecipientOfRole } from "./users.js";

// Reads that are one store operation each, for the routes.
export { getCategory, listCategories } from "../store/queries/categories.js";
export { getSource, listSources } from "../store/queries/sources.js";

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
    throw invalid(problems.map((message) => ({ field: problemField(message), code: "invalid", message })));
  const category: Category = {
    key: input.key,
    name: input.name,
    fields,
    dedupe: input.dedupe ?? DEFAULT_DEDUPE,
    unknownFields: input.unknownFields ?? "reject",
    scoring: input.scoring ?? { rules: [], bands: [] },
    autoPause: null,
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

/** The field a category problem names (`fields[2].pattern …` → `fields.2.pattern`). */
const problemField = (message: string): string =>
  /^fields\[\d+\](?:\.\w+)?/.exec(message)?.[0].replace(/\[(\d+)\]/, ".$1") ?? "fields";

export type CategoryPatch = Partial<
  Pick<Category, "name" | "fields" | "dedupe" | "unknownFields" | "autoPause">
>;

/**
 * Edits a category after creation: its name, fields (added, or their required flag, options,
 * pattern and label changed), dedupe policy and unknown-field policy. A field's type cannot
 * change, as the leads stored under it would no longer read as it says.
 */
export async function patchCategory(
  store: Store,
  intakeConfigs: IntakeConfigs,
  key: string,
  patch: CategoryPatch,
  by: Principal,
  now = Date.now(),
): Promise<Category> {
  const updated = await store.transact(async (tx) => {
    const current = await getCategory(tx, key);
    if (!current) throw notFound(`category ${key}`);
    const next: Category = { ...current, ...patch };
    const problems: ErrorDetail[] = checkFieldSpecs(next.fields).map((message) => ({
      field: problemField(message),
      code: "invalid",
      message,
    }));
    const before = new Map(current.fields.map((f) => [f.key, f]));
    next.fields.forEach((f, i) => {
      const was = before.get(f.key);
      if (was && was.type !== f.type)
        problems.push({
          field: `fields.${i}.type`,
          code: "invalid",
          message: `field ${f.key} holds ${was.type} values in stored leads: its type cannot become ${f.type}`,
        });
    });
    if (next.autoPause) problems.push(...checkAutoPauseRule(next.autoPause));
    if (problems.length > 0) throw invalid(problems);
    await updateCategory(tx, next, now);
    await audit(tx, by, { entity: "category", key, action: "update", before: current, after: next }, now);
    return next;
  });
  intakeConfigs.forget();
  return updated;
}

/**
 * Replaces a category's field scoring rules and priority bands. Leads from now on are scored by
 * the rules; every lead of the category is due for the band timer, which bands it anew in
 * batches.
 */
export async function putCategoryScoring(
  store: Store,
  intakeConfigs: IntakeConfigs,
  key: string,
  scoring: CategoryScoring,
  by: Principal,
  now = Date.now(),
): Promise<Category> {
  const updated = await store.transact(async (tx) => {
    const found = await getCategory(tx, key);
    if (!found) throw notFound(`category ${key}`);
    await updateCategoryScoring(tx, found.key, scoring, now);
    await putCategoryBandsDue(tx, found.key, now);
    await audit(
      tx,
      by,
      { entity: "category", key: found.key, action: "put_scoring", before: found.scoring, after: scoring },
      now,
    );
    return { ...found, scoring };
  });
  intakeConfigs.forget();
  return updated;
}

export interface NewSource {
  key: string;
  name: string;
  category: string;
  costPerLead?: number;
  attributes?: SourceAttributes;
  enabled?: boolean;
  rateLimitPerMinute?: number | null;
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
    rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    autoPause: null,
    paused: null,
    autoPauseSince: now,
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

export type SourcePatch = Partial<
  Pick<Source, "name" | "costPerLeadCents" | "attributes" | "enabled" | "rateLimitPerMinute" | "autoPause">
>;

/**
 * Renames a source, changes its cost per lead, attributes, rate limit or auto-pause rule, or
 * disables it. Enabling a disabled source resumes it: its pause's reason is cleared, and its rule
 * counts only the leads that come from now on.
 */
export async function patchSource(
  store: Store,
  intakeConfigs: IntakeConfigs,
  key: string,
  patch: SourcePatch,
  by: Principal,
  now = Date.now(),
): Promise<Source> {
  const updated = await store.transact(async (tx) => {
    const current = await getSource(tx, key);
    if (!current) throw notFound(`source ${key}`);
    if (patch.autoPause && patch.autoPause !== "none") {
      const wrong = checkAutoPauseRule(patch.autoPause);
      if (wrong.length > 0) throw invalid(wrong);
    }
    const resumed = patch.enabled === true && !current.enabled;
    const next: Source = {
      ...current,
      ...patch,
      ...(resumed ? { paused: null, autoPauseSince: now } : {}),
    };
    await updateSource(tx, next, now);
    if (resumed) await endSourceAlert(tx, key);
    await audit(
      tx,
      by,
      { entity: "source", key: current.key, action: "update", before: current, after: next },
      now,
    );
    return next;
  });
  intakeConfigs.forget();
  return updated;
}

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  recipient?: string | undefined;
  /** With a password the user can sign in at once. */
  password?: string | undefined;
}

/** Creates a user with its first API token; the token is returned here and never again. */
export async function createUser(
  store: Store,
  input: NewUser,
  by: Principal = BOOTSTRAP,
  now = Date.now(),
  hooks: { before?: (tx: Tx) => Promise<void>; after?: (tx: Tx, user: User) => Promise<void> } = {},
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
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  await store.transact(async (tx) => {
    await hooks.before?.(tx);
    if (await getUserByEmail(tx, user.email))
      throw new AppError("conflict", `a user with email ${user.email} exists already`);
    await checkRecipientOfRole(tx, user.role, user.recipient);
    await insertUser(tx, user, passwordHash);
    await insertToken(tx, {
      id: newId("token", now),
      userId: user.id,
      hash: hashSecret(token),
      name: "default",
      createdAt: now,
    });
    await audit(tx, by, { entity: "user", key: user.id, action: "create", after: user }, now);
    await hooks.after?.(tx, user);
  });
  return { user, token };
}
