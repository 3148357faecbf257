import { expect } from "vitest";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import type { Store } from "../../src/store/store.js";
import type { TestApp } from "./app.js";
import { aLead, givenIntake, postLead } from "./fixtures.js";
import { givenPlan, givenRecipient } from "./routing.js";

/**
 * A category whose leads go straight (mode direct, method priority) to the first of the given
 * buyers that has not had them, each buyer with the delivery settings given for it.
 */
export async function givenBuyers(t: TestApp, ...deliveries: Record<string, unknown>[]) {
  const { category, source } = await givenIntake(t);
  const keys: string[] = [];
  for (const [i, delivery] of deliveries.entries()) {
    keys.push(`buyer${i}-${category.key}`);
    await givenRecipient(t, {
      key: keys[i],
      kind: "buyer",
      categories: [category.key],
      price: 20,
      priority: deliveries.length - i,
      delivery,
    });
  }
  await givenPlan(t, category.key, [{ select: {}, method: "priority", mode: "direct" }]);
  return { category, source, keys };
}

/** Posts a lead and expects it taken. */
export async function intake(t: TestApp, intakeKey: string, lead = aLead()) {
  const answer = await postLead(t, intakeKey, lead);
  expect(answer.statusCode, answer.body).toBe(201);
  return answer.data as { id: string; assignments: { id: string; recipient: string }[] };
}

/** The one delivery of a lead. */
export async function onlyDelivery(store: Store, leadId: string) {
  const list = await deliveriesOfLead(store.db, leadId);
  expect(list).toHaveLength(1);
  return list[0]!;
}

/** What a test leaves waiting to be sent is not the next test's business. */
export async function cancelWaitingDeliveries(store: Store): Promise<void> {
  await store.db
    .updateTable("deliveries")
    .set({ status: "cancelled" })
    .where("status", "in", ["pending", "failed", "sending"])
    .execute();
}
