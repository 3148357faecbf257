import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenRecipient, openLeadsOf } from "../support/routing.js";
import { as, givenDesk, givenLead } from "../support/work.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("working a lead on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const lead = async (id: string) => (await as(t)("GET", `/api/v1/leads/${id}`)).data;
  const openLeads = (recipient: string) => openLeadsOf(t, recipient);

  it("lets the holder move its lead through the stages: won needs revenue and sets it, lost needs a reason", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    const agent = as(t, desk.users[0]!.headers);

    const contacted = await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "contacted" });
    expect(contacted.statusCode).toBe(200);
    expect(contacted.data.stage).toBe("contacted");
    expect((await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "sold" })).statusCode).toBe(422);
    const noRevenue = await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "won" });
    expect(noRevenue.statusCode).toBe(422);
    expect(noRevenue.data.error.details[0].field).toBe("revenue");
    expect((await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "lost" })).statusCode).toBe(422);

    const won = await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "won", revenue: 1250.5 });
    expect(won.data).toMatchObject({ stage: "won", revenue: 1250.5 });
    const changes = (await lead(id)).events.filter((e: { type: string }) => e.type === "stage_changed");
    expect(changes.map((e: { data: unknown }) => e.data)).toEqual([
      { from: expect.any(String), to: "contacted" },
      { from: "contacted", to: "won", revenue: 1250.5 },
    ]);
    expect(changes[1].actor).toBe(`user:${desk.users[0]!.id}`);
    // A won lead is closed: it no longer takes up its agent's capacity.
    expect(await openLeads(desk.recipients[0]!)).toBe(0);
  });

  it("uses the category's own stage list once staff configure it", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const put = (body: Record<string, unknown>) =>
      as(t)("PUT", `/api/v1/categories/${desk.category}/stages`, body);
    const missingAssigned = await put({ stages: [{ key: "new" }, { key: "sold", outcome: "won" }] });
    expect(missingAssigned.statusCode).toBe(422);
    const res = await put({
      stages: [
        { key: "new" },
        { key: "assigned" },
        { key: "appointment", name: "Appointment set" },
        { key: "sold", outcome: "won" },
        { key: "dead", outcome: "lost" },
      ],
      rerouteReturns: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.data.stages[2]).toEqual({
      key: "appointment",
      name: "Appointment set",
      terminal: false,
      outcome: null,
      contact: true,
    });
    expect(res.data.stages[4]).toMatchObject({ key: "dead", terminal: true, contact: false });
    expect(res.data.rerouteReturns).toBe(false);

    const { id } = await givenLead(t, desk);
    const agent = as(t, desk.users[0]!.headers);
    expect((await agent("GET", `/api/v1/categories/${desk.category}/stages`)).data.stages).toHaveLength(5);
    expect((await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "contacted" })).statusCode).toBe(422);
    expect((await agent("POST", `/api/v1/leads/${id}/stage`, { stage: "appointment" })).statusCode).toBe(200);
    const work = await t.store.db
      .selectFrom("lead_work")
      .selectAll()
      .where("lead_id", "=", id)
      .executeTakeFirst();
    expect(work?.first_contact_at).toEqual(expect.any(Number));
  });

  it("puts notes, calls and tasks on the timeline with who and when, and lists the caller's tasks by due time", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    const agent = as(t, desk.users[0]!.headers);
    const note = await agent("POST", `/api/v1/leads/${id}/notes`, { text: "Prefers mornings" });
    expect(note.statusCode).toBe(201);
    const call = await agent("POST", `/api/v1/leads/${id}/calls`, {
      outcome: "voicemail",
      durationSeconds: 40,
    });
    expect(call.statusCode).toBe(201);
    expect(
      (await agent("POST", `/api/v1/leads/${id}/calls`, { outcome: "x", durationSeconds: -1 })).statusCode,
    ).toBe(422);
    const overdue = await agent("POST", `/api/v1/leads/${id}/tasks`, {
      title: "Call back",
      dueAt: new Date(Date.now() - HOUR).toISOString(),
    });
    expect(overdue.statusCode).toBe(201);
    expect(overdue.data).toMatchObject({ leadId: id, recipient: desk.recipients[0], completedAt: null });
    await agent("POST", `/api/v1/leads/${id}/tasks`, {
      title: "Send the quote",
      dueAt: new Date(Date.now() + 72 * HOUR).toISOString(),
    });

    const due = async (when: string) =>
      (await agent("GET", `/api/v1/my/tasks?due=${when}`)).data.items.map((i: { title: string }) => i.title);
    expect(await due("now")).toEqual(["Call back"]);
    expect(await due("all")).toEqual(["Call back", "Send the quote"]);
    expect((await agent("POST", `/api/v1/tasks/${overdue.data.id}/complete`)).data.completedBy).toBe(
      `user:${desk.users[0]!.id}`,
    );
    expect((await agent("POST", `/api/v1/tasks/${overdue.data.id}/complete`)).statusCode).toBe(409);
    expect(await due("all")).toEqual(["Send the quote"]);

    const events = (await lead(id)).events;
    expect(events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(["note", "call", "task_created", "task_completed"]),
    );
    const noteEvent = events.find((e: { type: string }) => e.type === "note");
    expect(noteEvent).toMatchObject({
      actor: `user:${desk.users[0]!.id}`,
      data: { text: "Prefers mornings" },
    });
    expect(Date.parse(noteEvent.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("lists for an agent only the leads it holds, filtered by stage", async () => {
    const desk = await givenDesk(t, ["agent", "agent"]);
    const leads = [];
    for (let i = 0; i < 4; i++) leads.push(await givenLead(t, desk));
    const [first] = desk.users;
    const mine = leads.filter((l) => l.recipient === desk.recipients[0]).map((l) => l.id);
    expect(mine).toHaveLength(2);
    const agent = as(t, first!.headers);
    const all = await agent("GET", "/api/v1/my/leads");
    expect(all.data.items.map((l: { id: string }) => l.id).sort()).toEqual([...mine].sort());
    await agent("POST", `/api/v1/leads/${mine[0]}/stage`, { stage: "qualified" });
    const qualified = await agent("GET", "/api/v1/my/leads?stage=qualified");
    expect(qualified.data.items.map((l: { id: string }) => l.id)).toEqual([mine[0]]);
    const page = await agent("GET", "/api/v1/my/leads?limit=1");
    expect(page.data.items).toHaveLength(1);
    const next = await agent("GET", `/api/v1/my/leads?limit=1&cursor=${page.data.nextCursor}`);
    expect(next.data.items[0].id).not.toBe(page.data.items[0].id);
  });

  it("hides another agent's lead and task (404) and keeps agents off staff-only endpoints (403)", async () => {
    const desk = await givenDesk(t, ["agent", "agent"]);
    const { id, recipient } = await givenLead(t, desk);
    const mine = desk.recipients.indexOf(recipient!);
    const owner = as(t, desk.users[mine]!.headers);
    const task = await owner("POST", `/api/v1/leads/${id}/tasks`, {
      title: "Call",
      dueAt: "2030-01-01T09:00:00Z",
    });
    const other = as(t, desk.users[1 - mine]!.headers);
    for (const [url, body] of [
      [`/api/v1/leads/${id}/stage`, { stage: "contacted" }],
      [`/api/v1/leads/${id}/notes`, { text: "mine now" }],
      [`/api/v1/leads/${id}/calls`, { outcome: "connected", durationSeconds: 5 }],
      [`/api/v1/leads/${id}/tasks`, { title: "Steal", dueAt: "2030-01-01T09:00:00Z" }],
      [`/api/v1/leads/${id}/return`, { reason: "not mine" }],
      [`/api/v1/tasks/${task.data.id}/complete`, undefined],
    ] as const)
      expect((await other("POST", url, body)).statusCode, url).toBe(404);
    expect((await other("GET", "/api/v1/my/tasks")).data.items).toEqual([]);

    expect(
      (await other("PUT", `/api/v1/categories/${desk.category}/stages`, { stages: [{ key: "new" }] }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await other("PUT", `/api/v1/recipients/${desk.recipients[1 - mine]}/return-policy`, {
          windowDays: 90,
        })
      ).statusCode,
    ).toBe(403);
    expect((await as(t)("GET", "/api/v1/my/leads")).statusCode).toBe(403);
  });

  it("takes a buyer's return within its window and routes the lead to a recipient that has not had it", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { id, recipient } = await givenLead(t, desk);
    expect(recipient).toBe(desk.recipients[0]);
    await givenRecipient(t, { key: `second-${desk.category}`, kind: "buyer", categories: [desk.category] });
    const buyer = as(t, desk.users[0]!.headers);
    expect(await openLeads(desk.recipients[0]!)).toBe(1);

    const res = await buyer("POST", `/api/v1/leads/${id}/return`, { reason: "Disconnected number" });
    expect(res.statusCode).toBe(200);
    expect(res.data.returned).toMatchObject({ recipient: desk.recipients[0], status: "returned" });
    expect(res.data.status).toBe("assigned");
    // Where the lead went next is not the returning buyer's business; staff see it.
    expect(res.data.assignments).toEqual([]);
    expect(await openLeads(desk.recipients[0]!)).toBe(0);
    const stored = await lead(id);
    expect(stored.stage).toBe("assigned");
    expect(stored.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([
      desk.recipients[0],
      `second-${desk.category}`,
    ]);
    expect(stored.events.find((e: { type: string }) => e.type === "returned")).toMatchObject({
      actor: `user:${desk.users[0]!.id}`,
      data: {
        assignment: res.data.returned.id,
        recipient: desk.recipients[0],
        reason: "Disconnected number",
      },
    });
    // Nobody else has had it: the lead waits, closed to the two buyers that had it.
    const again = await as(t)("POST", `/api/v1/leads/${id}/return`, { reason: "Duplicate" });
    expect(again.data.status).toBe("unassigned");
  });

  it("gives a returned lead's cap, budget and open lead back to its buyer, and counts it against the return cap", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const buyerKey = desk.recipients[0]!;
    const buyer = as(t, desk.users[0]!.headers);
    expect(
      (
        await t.call({
          method: "PATCH",
          url: `/api/v1/recipients/${buyerKey}`,
          headers: { authorization: "Bearer test-admin-token" },
          payload: { caps: { day: 1 }, price: 30, budget: 30 },
        })
      ).statusCode,
    ).toBe(200);
    await as(t)("PUT", `/api/v1/recipients/${buyerKey}/return-policy`, { windowDays: 7, monthlyCap: 1 });
    /** What the buyer has used, summed over its cap windows (hour, day, week, month). */
    const used = async () => {
      const rows = await t.store.db
        .selectFrom("recipient_counters")
        .select(["assignments", "spent_cents"])
        .where("recipient", "=", buyerKey)
        .execute();
      return {
        windows: rows.length,
        assignments: rows.reduce((n, r) => n + Number(r.assignments), 0),
        spentCents: rows.reduce((n, r) => n + Number(r.spent_cents), 0),
      };
    };

    const first = await givenLead(t, desk);
    expect(first.recipient).toBe(buyerKey);
    expect((await givenLead(t, desk)).recipient).toBeNull();
    expect(await used()).toEqual({ windows: 4, assignments: 4, spentCents: 3000 });

    const returned = await buyer("POST", `/api/v1/leads/${first.id}/return`, {
      reason: "Disconnected number",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(await used()).toEqual({ windows: 4, assignments: 0, spentCents: 0 });
    expect(await openLeads(buyerKey)).toBe(0);
    // The day cap and the month's budget are the buyer's again: the next lead goes to it.
    const next = await givenLead(t, desk);
    expect(next.recipient).toBe(buyerKey);
    // The return it made counts against its cap of one a month.
    const capped = await buyer("POST", `/api/v1/leads/${next.id}/return`, { reason: "Wrong area" });
    expect(capped.statusCode).toBe(409);
    expect(capped.data.error.message).toMatch(/all 1 of its returns this month/);
    expect(await openLeads(buyerKey)).toBe(1);
  });

  it("refuses a return after the window, over the monthly cap or by an agent's recipient, with 409 and a reason", async () => {
    const desk = await givenDesk(t, ["partner"]);
    const partner = as(t, desk.users[0]!.headers);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/stages`, {
      stages: [{ key: "new" }, { key: "assigned" }],
      rerouteReturns: false,
    });
    const policy = (body: Record<string, unknown>) =>
      as(t)("PUT", `/api/v1/recipients/${desk.recipients[0]}/return-policy`, body);
    expect((await partner("GET", `/api/v1/recipients/${desk.recipients[0]}/return-policy`)).data).toEqual({
      windowDays: 7,
      monthlyCap: null,
      reasons: null,
    });

    expect((await policy({ windowDays: 0 })).statusCode).toBe(200);
    const late = await givenLead(t, desk);
    // A 0-day window has closed once the clock has moved past the moment the lead was assigned.
    const assignedAt = Date.now();
    await expect.poll(() => Date.now(), { interval: 1 }).toBeGreaterThan(assignedAt);
    const refused = await partner("POST", `/api/v1/leads/${late.id}/return`, { reason: "Too late?" });
    expect(refused.statusCode).toBe(409);
    expect(refused.data.error.message).toMatch(/0-day return window/);

    await policy({ windowDays: 30, monthlyCap: 1 });
    const closed = await partner("POST", `/api/v1/leads/${late.id}/return`, { reason: "Wrong area" });
    expect(closed.data).toMatchObject({ status: "closed", assignments: [] });
    const second = await givenLead(t, desk);
    const capped = await partner("POST", `/api/v1/leads/${second.id}/return`, { reason: "Wrong area" });
    expect(capped.statusCode).toBe(409);
    expect(capped.data.error.message).toMatch(/all 1 of its returns this month/);

    const agents = await givenDesk(t, ["agent"]);
    const agentLead = await givenLead(t, agents);
    const byAgent = await as(t, agents.users[0]!.headers)("POST", `/api/v1/leads/${agentLead.id}/return`, {
      reason: "Meh",
    });
    expect(byAgent.statusCode).toBe(409);
    expect(byAgent.data.error.message).toMatch(/only buyers and partners return leads/);
  });
});
