import type { TestApp } from "./app.js";
import { givenIntake } from "./fixtures.js";
import { givenRecipient } from "./routing.js";

/** A plan that sends every lead of its category straight to one recipient. */
export const planTo = (recipient: string) => ({
  tiers: [{ select: { keys: [recipient] }, method: "round_robin" as const, mode: "direct" as const }],
});

/**
 * A category with one source and two recipients, `a` and `b`, one for each plan an experiment or
 * a re-test compares (`planTo(a)`, `planTo(b)`); the category's own plan is left to the test.
 */
export async function givenTwoRecipients(t: TestApp) {
  const { category, source } = await givenIntake(t);
  const [a, b] = [`a-${category.key}`, `b-${category.key}`];
  for (const key of [a, b]) await givenRecipient(t, { key, categories: [category.key] });
  return { category: category.key, intakeKey: source.intakeKey, a, b };
}
