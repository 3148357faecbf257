import type { Tier } from "../../domain/routing/types.js";
import type { PlanRow } from "../schema.js";
import { builderOf, type Runner, type Tx } from "../store.js";

export interface StoredPlan {
  category: string;
  version: number;
  tiers: Tier[];
  createdAt: number;
  createdBy: string | null;
}

export async function insertPlan(tx: Tx, plan: StoredPlan): Promise<void> {
  await tx
    .insertInto("plans")
    .values({
      category: plan.category,
      version: plan.version,
      tiers: JSON.stringify(plan.tiers),
      created_at: plan.createdAt,
      created_by: plan.createdBy,
    })
    .execute();
}

export async function getPlan(
  on: Runner,
  category: string,
  version: number,
): Promise<StoredPlan | undefined> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("plans")
    .selectAll()
    .where("category", "=", category)
    .where("version", "=", version)
    .executeTakeFirst();
  return row && toPlan(row);
}

/** Every version of a category's plan, newest first. */
export async function listPlans(on: Runner, category: string): Promise<StoredPlan[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("plans")
    .selectAll()
    .where("category", "=", category)
    .orderBy("version", "desc")
    .execute();
  return rows.map(toPlan);
}

const toPlan = (row: PlanRow): StoredPlan => ({
  category: row.category,
  version: row.version,
  tiers: JSON.parse(row.tiers) as Tier[],
  createdAt: row.created_at,
  createdBy: row.created_by,
});

export async function latestPlanVersion(on: Runner, category: string): Promise<number> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("plans")
    .select((eb) => eb.fn.max("version").as("v"))
    .where("category", "=", category)
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}
