import { builderOf, type Runner } from "../store.js";

/** The newest lead event's id, or "" when there is none. */
export async function newestEventId(on: Runner): Promise<string> {
  const db = builderOf(on);
  const row = await db
    .selectFrom("lead_events")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return row?.id ?? "";
}

/** Every recipient that has or had an assignment of each lead: who may see the lead. */
export async function assignedRecipients(
  on: Runner,
  leadIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const db = builderOf(on);
  if (leadIds.length === 0) return new Map();
  return byLead(
    await db
      .selectFrom("assignments")
      .select(["lead_id", "recipient"])
      .where("lead_id", "in", leadIds)
      .execute(),
  );
}

/** The recipients each lead is posted to in the pool now. */
export async function poolRecipientsOf(
  on: Runner,
  leadIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const db = builderOf(on);
  if (leadIds.length === 0) return new Map();
  return byLead(
    await db
      .selectFrom("pool_recipients")
      .select(["lead_id", "recipient"])
      .where("lead_id", "in", leadIds)
      .execute(),
  );
}

function byLead(rows: { lead_id: string; recipient: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const r of rows) {
    let set = map.get(r.lead_id);
    if (!set) map.set(r.lead_id, (set = new Set()));
    set.add(r.recipient);
  }
  return map;
}

/** The leads posted to a recipient's pool now. */
export async function poolOf(on: Runner, recipient: string): Promise<string[]> {
  const db = builderOf(on);
  const rows = await db
    .selectFrom("pool_recipients")
    .select("lead_id")
    .where("recipient", "=", recipient)
    .execute();
  return rows.map((r) => r.lead_id);
}

export interface LiveCounters {
  /** Leads assigned and held by a recipient now. */
  held: number;
  offered: number;
  pooled: number;
  unassigned: number;
  failedDeliveries: number;
}

/** What a manager's screen counts live; each an index range count. */
export async function liveCounters(on: Runner): Promise<LiveCounters> {
  const db = builderOf(on);
  const leadsBy = async (status: string) =>
    Number(
      (
        await db
          .selectFrom("leads")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("status", "=", status)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const offered = await db
    .selectFrom("assignments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "offered")
    .executeTakeFirstOrThrow();
  const dead = await db
    .selectFrom("deliveries")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "dead")
    .executeTakeFirstOrThrow();
  return {
    offered: Number(offered.n),
    held: await leadsBy("assigned"),
    pooled: await leadsBy("pooled"),
    unassigned: await leadsBy("unassigned"),
    failedDeliveries: Number(dead.n),
  };
}
