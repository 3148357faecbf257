import { builderOf, type Runner, type Tx } from "../store.js";

/** A setting's stored JSON value, parsed; undefined when it was never set. */
export async function getSetting(on: Runner, name: string): Promise<unknown> {
  const row = await builderOf(on)
    .selectFrom("settings")
    .select("value")
    .where("name", "=", name)
    .executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export async function putSetting(tx: Tx, name: string, value: unknown, now: number): Promise<void> {
  const set = { value: JSON.stringify(value), updated_at: now };
  await tx
    .insertInto("settings")
    .values({ name, ...set })
    .onConflict((oc) => oc.column("name").doUpdateSet(set))
    .execute();
}
