import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { expectOneWinner } from "../support/races.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

const CLAIMERS = 20;
const ROUNDS = 8;

describe.each(ENGINES)("races for one lead over HTTP on %s", (engine) => {
  let t: TestApp;
  let address: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    address = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => t.close());

  const post = (path: string, headers: { authorization: string }) =>
    fetch(`${address}${path}`, { method: "POST", headers }).then((r) => r.status);

  /** A category whose plan is `tiers`, with `count` agents that each have a user. */
  const givenAgents = async (count: number, tiers: Record<string, unknown>[]) => {
    const { category, source } = await givenIntake(t);
    const headers: { authorization: string }[] = [];
    for (let i = 0; i < count; i++) {
      const key = `a${i}-${category.key}`;
      await givenRecipient(t, { key, categories: [category.key] });
      headers.push((await givenUser(t, "agent", key)).headers);
    }
    await givenPlan(t, category.key, tiers);
    return { intakeKey: source.intakeKey, headers };
  };

  it(`answers 409 to every loser of ${CLAIMERS} parallel claims of a pooled lead, round after round`, async () => {
    const { intakeKey, headers } = await givenAgents(CLAIMERS, [
      { select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 },
    ]);
    for (let round = 0; round < ROUNDS; round++) {
      const lead = await postLead(t, intakeKey, aLead());
      expect(lead.data.status).toBe("pooled");
      const statuses = await Promise.all(headers.map((h) => post(`/api/v1/pool/${lead.data.id}/claim`, h)));
      expectOneWinner(statuses, `round ${round}`);
      const claims = await t.store.db
        .selectFrom("assignments")
        .select("recipient")
        .where("lead_id", "=", lead.data.id)
        .execute();
      expect(claims).toHaveLength(1);
    }
  });

  it("answers 409 to every loser of parallel accepts and rejects of one offer, round after round", async () => {
    const { intakeKey, headers } = await givenAgents(1, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 600, attempts: 1 },
    ]);
    const [agent] = headers;
    for (let round = 0; round < ROUNDS; round++) {
      const lead = await postLead(t, intakeKey, aLead());
      const offer = lead.data.assignments[0];
      expect(offer.status).toBe("offered");
      const statuses = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          post(`/api/v1/assignments/${offer.id}/${i % 2 === 0 ? "accept" : "reject"}`, agent!),
        ),
      );
      expectOneWinner(statuses, `round ${round}`);
    }
  });
});
