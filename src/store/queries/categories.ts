import type { AutoPauseRule } from "../../domain/auto-pause.js";
import type {
  Category,
  CategoryScoring,
  DedupePolicy,
  FieldSpec,
  UnknownFieldPolicy,
} from "../../domain/category.js";
import type { Selectable } from "kysely";
import type { CategoryRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export async function insertCategory(tx: Tx, c: Category): Promise<void> {
  await tx
    .insertInto("categories")
    .values({
      key: c.key,
      name: c.name,
      fields: JSON.stringify(c.fields),
      dedupe: JSON.stringify(c.dedupe),
      unknown_fields: c.unknownFields,
      scoring: JSON.stringify(c.scoring),
      auto_pause: c.autoPause && JSON.stringify(c.autoPause),
      created_at: c.createdAt,
      updated_at: c.createdAt,
    })
    .execute();
}

export async function getCategory(on: Runner, key: string): Promise<Category | undefined> {
  const db = builderOf(on);
  const row = await db.selectFrom("categories").selectAll().where("key", "=", key).executeTakeFirst();
  return row && toCategory(row);
}

export async function updateCategoryScoring(tx: Tx, key: string, scoring: CategoryScoring, now: number) {
  await tx
    .updateTable("categories")
    .set({ scoring: JSON.stringify(scoring), updated_at: now })
    .where("key", "=", key)
    .execute();
}

/** Writes a category's name, fields, dedupe and unknown-field policy. */
export async function updateCategory(tx: Tx, c: Category, now: number): Promise<void> {
  await tx
    .updateTable("categories")
    .set({
      name: c.name,
      fields: JSON.stringify(c.fields),
      dedupe: JSON.stringify(c.dedupe),
      unknown_fields: c.unknownFields,
      auto_pause: c.autoPause && JSON.stringify(c.autoPause),
      updated_at: now,
    })
    .where("key", "=", c.key)
    .execute();
}

export async function listCategories(on: Runner): Promise<Category[]> {
  const db = builderOf(on);
  const rows = await db.selectFrom("categories").selectAll().orderBy("key").execute();
  return rows.map(toCategory);
}

function toCategory(row: Selectable<CategoryRow>): Category {
  return {
    key: row.key,
    name: row.name,
    fields: JSON.parse(row.fields) as FieldSpec[],
    dedupe: JSON.parse(row.dedupe) as DedupePolicy,
    unknownFields: row.unknown_fields as UnknownFieldPolicy,
    scoring: JSON.parse(row.scoring) as CategoryScoring,
    autoPause: row.auto_pause === null ? null : (JSON.parse(row.auto_pause) as AutoPauseRule),
    createdAt: row.created_at,
  };
}
