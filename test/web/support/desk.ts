import { admin, type TestApp } from "../../support/app.js";
import { aLead, givenIntake, postLead } from "../../support/fixtures.js";
import { givenPlan, givenRecipient } from "../../support/routing.js";

export const PASSWORD = "correct horse battery";

let counter = 0;

export interface Person {
  email: string;
  password: string;
  recipient: string | null;
}

/** A user who signs in with PASSWORD, acting for `recipient` when given. */
export async function givenPerson(
  t: TestApp,
  role: "admin" | "manager" | "agent" | "partner",
  name: string,
  recipient?: string,
): Promise<Person> {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now().toString(36)}${counter++}@example.com`;
  const res = await t.call({
    method: "POST",
    url: "/api/v1/users",
    headers: admin,
    payload: { email, name, role, password: PASSWORD, ...(recipient ? { recipient } : {}) },
  });
  if (res.statusCode !== 201) throw new Error(`user not created: ${res.body}`);
  return { email, password: PASSWORD, recipient: recipient ?? null };
}

/**
 * A category whose leads are offered, one agent after another, with `tiers` for a plan, and an
 * agent user per recipient (`kind` agent unless told).
 */
export async function givenTeam(
  t: TestApp,
  names: string[],
  tiers: Record<string, unknown>[],
  kind: "agent" | "partner" | "buyer" = "agent",
  categoryOverrides: Record<string, unknown> = {},
  recipientOverrides: Record<string, unknown> = {},
) {
  const { category, source } = await givenIntake(t, categoryOverrides);
  const people: Person[] = [];
  for (const name of names) {
    const key = `${name.toLowerCase().replace(/\W+/g, "-")}-${category.key}`;
    await givenRecipient(t, { key, name, kind, categories: [category.key], ...recipientOverrides });
    // A buyer's users are partner users whose recipient is a buyer.
    people.push(await givenPerson(t, kind === "buyer" ? "partner" : kind, name, key));
  }
  await givenPlan(t, category.key, tiers);
  return {
    category: category.key,
    people,
    /** Posts a lead through the source's intake; answers its id and first assignment. */
    lead: async (overrides: Record<string, unknown> = {}) => {
      const res = await postLead(t, source.intakeKey, aLead(overrides));
      if (res.statusCode !== 201) throw new Error(`lead not created: ${res.body}`);
      return res.data as { id: string; status: string; assignments: { id: string; recipient: string }[] };
    },
    /** The recipient key of a person of the team. */
    keyOf: (person: Person) => {
      if (!person.recipient) throw new Error("this person acts for no recipient");
      return person.recipient;
    },
  };
}
