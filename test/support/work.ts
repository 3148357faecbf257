import type { Principal } from "../../src/domain/user.js";
import { admin, type TestApp } from "./app.js";
import { aLead, givenIntake, postLead } from "./fixtures.js";
import { givenPlan, givenRecipient } from "./routing.js";
import { givenUser, type GivenUser } from "./users.js";

/** The bootstrap admin, for calling services directly with a clock of the test's choosing. */
export const ADMIN: Principal = { userId: null, role: "admin", recipient: null };

export interface Desk {
  category: string;
  intakeKey: string;
  /** Recipient keys, in the order they take leads (round robin, directly). */
  recipients: string[];
  /** One user per recipient: `agent` for agents, `partner` for partners and buyers. */
  users: GivenUser[];
}

/**
 * A category whose leads go directly, in turn, to recipients of these kinds, each with a user.
 * The plan is put explicitly, so the tests do not depend on a new category's default plan.
 */
export async function givenDesk(t: TestApp, kinds: ("agent" | "partner" | "buyer")[]): Promise<Desk> {
  const { category, source } = await givenIntake(t);
  await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "direct" }]);
  const recipients: string[] = [];
  const users: GivenUser[] = [];
  for (const [i, kind] of kinds.entries()) {
    const key = `${kind}${i}-${category.key}`;
    await givenRecipient(t, { key, kind, categories: [category.key] });
    recipients.push(key);
    users.push(await givenUser(t, kind === "agent" ? "agent" : "partner", key));
  }
  return { category: category.key, intakeKey: source.intakeKey, recipients, users };
}

/** Posts a lead and answers its id and the recipient it went to (null: nobody). */
export async function givenLead(t: TestApp, desk: Desk, overrides: Record<string, unknown> = {}) {
  const res = await postLead(t, desk.intakeKey, aLead(overrides));
  if (res.statusCode !== 201) throw new Error(`lead not created: ${res.body}`);
  return {
    id: res.data.id as string,
    recipient: (res.data.assignments[0]?.recipient ?? null) as string | null,
  };
}

/** Sends a request as `headers` (admin by default) with a JSON body. */
export function as(t: TestApp, headers: { authorization: string } = admin) {
  return (method: "GET" | "POST" | "PUT", url: string, payload?: Record<string, unknown>) =>
    t.call({ method, url, headers, ...(payload ? { payload } : {}) });
}

/**
 * Scoring that bands low scores high: a credit score of 700 or more scores 25, gold (this
 * category's first band); 600 or more scores 15, hot (its second).
 */
export const LOW_BANDS_SCORING = {
  rules: [
    { when: [{ field: "creditScore", op: "gte", value: 700 }], points: 10 },
    { when: [{ field: "creditScore", op: "gte", value: 600 }], points: 15 },
  ],
  bands: [
    { name: "gold", min: 20 },
    { name: "hot", min: 10 },
    { name: "cold", min: 0 },
  ],
};
