import type { TestApp } from "./app.js";
import { admin } from "./app.js";

export async function givenRecipient(t: TestApp, body: Record<string, unknown>) {
  const res = await t.call({
    method: "POST",
    url: "/api/v1/recipients",
    headers: admin,
    payload: { name: String(body["key"]), kind: "agent", ...body },
  });
  if (res.statusCode !== 201) throw new Error(`recipient not created: ${res.body}`);
  return res.data;
}

export async function givenPlan(t: TestApp, category: string, tiers: Record<string, unknown>[]) {
  const res = await t.call({
    method: "PUT",
    url: `/api/v1/categories/${category}/plan`,
    headers: admin,
    payload: { tiers },
  });
  if (res.statusCode !== 200) throw new Error(`plan not put: ${res.body}`);
  return res.data as { version: number };
}

/** Who got each lead, in order: the first assignment's recipient, or null. */
export const winners = (answers: { data: { assignments: { recipient: string }[] } }[]) =>
  answers.map((a) => a.data.assignments[0]?.recipient ?? null);

export function countBy<T extends string | null>(items: T[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[String(i)] = (out[String(i)] ?? 0) + 1;
  return out;
}

/** The leads a recipient holds open right now, as its capacity counts them. */
export async function openLeadsOf(t: TestApp, recipient: string): Promise<number> {
  const row = await t.store.db
    .selectFrom("recipient_load")
    .select("open_leads")
    .where("recipient", "=", recipient)
    .executeTakeFirst();
  return Number(row?.open_leads ?? 0);
}

/**
 * A bid_price market in a new category: a national buyer paying $60 and a local buyer paying $40
 * in one state, each with its own day cap.
 */
export async function givenBidPriceMarket(
  t: TestApp,
  category: string,
  caps: { national: number; local: number; localState: string },
) {
  const national = `national-${category}`;
  const local = `${caps.localState.toLowerCase()}-${category}`;
  await givenRecipient(t, {
    key: national,
    kind: "buyer",
    categories: [category],
    price: 60,
    caps: { day: caps.national },
  });
  await givenRecipient(t, {
    key: local,
    kind: "buyer",
    categories: [category],
    price: 40,
    territory: { states: [caps.localState] },
    caps: { day: caps.local },
  });
  await givenPlan(t, category, [{ select: { kind: "buyer" }, method: "bid_price", mode: "direct" }]);
  return { national, local };
}
