import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES, POSTGRES_URL } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { serverSuite } from "../support/server-suite.js";
import { adminApi } from "../support/server-api.js";
import { signIn } from "../support/sessions.js";
import { openStream, type SseClient, type SseMessage } from "../support/sse.js";
import { givenUser, type GivenUser } from "../support/users.js";

const PASSWORD = "correct horse battery";

describe.each(ENGINES)("live updates over Server-Sent Events on %s", (engine) => {
  let t: TestApp;
  let base: string;
  const streams: SseClient[] = [];
  beforeAll(async () => {
    t = await startTestApp(engine);
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    for (const s of streams) s.close();
    await t.close();
  });

  const stream = async (headers: Record<string, string>, lastEventId?: string) => {
    const s = await openStream(`${base}/api/v1/stream`, {
      ...headers,
      ...(lastEventId ? { "last-event-id": lastEventId } : {}),
    });
    streams.push(s);
    return s;
  };
  const about = (leadId: string, type: string) => (m: SseMessage) =>
    m.data.leadId === leadId && m.data.type === type;

  /** A category offering each lead to one of two agents in turn, each agent with a user and a password. */
  const givenTwoAgents = async () => {
    const { category, source } = await givenIntake(t);
    const keys = [`a-${category.key}`, `b-${category.key}`];
    const users: Record<string, GivenUser> = {};
    for (const key of keys) {
      await givenRecipient(t, { key, categories: [category.key] });
      users[key] = await givenUser(t, "agent", key, PASSWORD);
    }
    await givenPlan(t, category.key, [
      { select: {}, method: "round_robin", mode: "push", slaSeconds: 600, attempts: 1 },
    ]);
    return { intakeKey: source.intakeKey, keys, users };
  };

  it("sends an offer made to one agent to that agent's stream and to staff, and not to the other agent", async () => {
    const { intakeKey, keys, users } = await givenTwoAgents();
    const browser = await signIn(t, users[keys[0]!]!.email, PASSWORD);
    const byAgent: Record<string, SseClient> = {
      [keys[0]!]: await stream(browser.reads),
      [keys[1]!]: await stream(users[keys[1]!]!.headers),
    };
    const staff = await stream(admin);
    await staff.next((m) => m.data.type === "counters");

    const body = aLead();
    const lead = await postLead(t, intakeKey, body);
    const offer = lead.data.assignments[0];
    const other = keys.find((k) => k !== offer.recipient)!;
    const mine = await byAgent[offer.recipient]!.next(about(lead.data.id, "offered"));
    expect(mine.id).toMatch(/^evt_/);
    expect(mine.data).toMatchObject({
      leadId: lead.data.id,
      assignmentId: offer.id,
      recipient: offer.recipient,
      status: "offered",
    });
    expect(JSON.stringify(mine.data)).not.toContain(String(body["email"]));
    expect(JSON.stringify(mine.data)).not.toContain("Ada");
    const seenByStaff = await staff.next(about(lead.data.id, "offered"));
    expect(seenByStaff.id).toBe(mine.id);
    // One pass sends an event to every stream of the process, so the other agent would have it by now.
    expect(byAgent[other]!.messages.filter((m) => m.data.leadId === lead.data.id)).toEqual([]);
  });

  it("replays what a stream missed when it reconnects with Last-Event-ID", async () => {
    const { intakeKey, users } = await givenTwoAgents();
    const lead = await postLead(t, intakeKey, aLead());
    const offer = lead.data.assignments[0];
    const agent = users[offer.recipient]!;
    const first = await stream(agent.headers);
    const staff = await stream(admin);
    const second = await postLead(t, intakeKey, aLead());
    const seen = await staff.next(about(second.data.id, "offered"));
    first.close();

    const accepted = await t.call({
      method: "POST",
      url: `/api/v1/assignments/${offer.id}/accept`,
      headers: agent.headers,
    });
    expect(accepted.statusCode).toBe(200);
    await staff.next(about(lead.data.id, "accepted"));

    const resumed = await stream(agent.headers, seen.id!);
    const missed = await resumed.next(about(lead.data.id, "accepted"));
    expect(missed.data.recipient).toBe(offer.recipient);
    expect(resumed.messages.some((m) => m.id !== null && m.id <= seen.id!)).toBe(false);
  });

  it("tells an agent whose pool held a lead that another agent claimed it", async () => {
    const { category, source } = await givenIntake(t);
    const keys = [`p-${category.key}`, `q-${category.key}`];
    const users: GivenUser[] = [];
    for (const key of keys) {
      await givenRecipient(t, { key, categories: [category.key] });
      users.push(await givenUser(t, "agent", key));
    }
    await givenPlan(t, category.key, [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }]);
    const [p, q] = [await stream(users[0]!.headers), await stream(users[1]!.headers)];
    const lead = await postLead(t, source.intakeKey, aLead());
    await p.next(about(lead.data.id, "pooled"));
    await q.next(about(lead.data.id, "pooled"));
    const claim = await t.call({
      method: "POST",
      url: `/api/v1/pool/${lead.data.id}/claim`,
      headers: users[0]!.headers,
    });
    expect(claim.statusCode).toBe(200);
    expect((await q.next(about(lead.data.id, "claimed"))).data).toMatchObject({
      recipient: null,
      status: "assigned",
    });
    expect((await p.next(about(lead.data.id, "claimed"))).data.recipient).toBe(keys[0]);
  });

  it("refuses a stream to a caller who is not signed in", async () => {
    const res = await fetch(`${base}/api/v1/stream`);
    expect(res.status).toBe(401);
  });
});

// Two server processes start (compiling the CLI) before the test: minutes on a busy machine.
describe.runIf(POSTGRES_URL)("live updates across server processes on postgres", { timeout: 480_000 }, () => {
  const suite = serverSuite("postgres");

  it("sends an offer committed by one process to the agent's stream on another", async () => {
    const [writer, reader] = await Promise.all([suite.start(), suite.start()]);
    await adminApi(writer, "POST", "/api/v1/categories", { key: "live", name: "Live" });
    const source = await adminApi(writer, "POST", "/api/v1/sources", {
      key: "live-src",
      name: "Live",
      category: "live",
    });
    await adminApi(writer, "POST", "/api/v1/recipients", {
      key: "live-agent",
      name: "Agent",
      kind: "agent",
      categories: ["live"],
    });
    await adminApi(writer, "PUT", "/api/v1/categories/live/plan", {
      tiers: [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 600, attempts: 1 }],
    });
    const user = await adminApi(writer, "POST", "/api/v1/users", {
      email: "live-agent@example.com",
      name: "Agent",
      role: "agent",
      recipient: "live-agent",
    });
    const agentStream = await openStream(`${reader.url}/api/v1/stream`, {
      authorization: `Bearer ${String(user["token"])}`,
    });
    try {
      const res = await fetch(`${writer.url}/api/v1/leads`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
        body: JSON.stringify(aLead({ creditScore: undefined, product: undefined })),
      });
      const lead = (await res.json()) as { id: string };
      expect(res.status).toBe(201);
      const offered = await agentStream.next((m) => m.data.leadId === lead.id && m.data.type === "offered");
      expect(offered.data.recipient).toBe("live-agent");
    } finally {
      agentStream.close();
    }
  });
});
