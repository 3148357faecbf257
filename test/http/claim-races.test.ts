import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { expectOneWinner } from "../support/races.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

const CLAIMERS = 20;
const ROUNDS = 8;

describe.each(ENGINES)("races over HTTP on %s", (engine) => {
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

  it("gives simultaneous plan changes of one category consecutive versions, every one answered 200", async () => {
    const { category } = await givenIntake(t);
    const statuses = await Promise.all(
      Array.from({ length: 6 }, () =>
        fetch(`${address}/api/v1/categories/${category.key}/plan`, {
          method: "PUT",
          headers: { ...admin, "content-type": "application/json" },
          body: JSON.stringify({ tiers: [{ select: {}, method: "round_robin", mode: "direct" }] }),
        }).then(async (r) =>
          r.status === 200 ? ((await r.json()) as { version: number }).version : r.status,
        ),
      ),
    );
    const versions = statuses.sort((a, b) => a - b);
    expect(versions).toEqual(versions.map((_, i) => versions[0]! + i));
    expect(versions[0]).toBeLessThan(100);
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
