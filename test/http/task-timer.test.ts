import { describe, expect, it } from "vitest";
import { startScheduler } from "../../src/services/scheduler.js";
import { fireDueTasks } from "../../src/services/task-timer.js";
import { deliveriesOfLead } from "../../src/store/queries/deliveries.js";
import { admin } from "../support/app.js";
import { aClock } from "../support/clock.js";
import { deliverySuite } from "../support/deliveries.js";
import { ENGINES } from "../support/engines.js";
import { as, givenDesk, givenLead } from "../support/work.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("follow-up task timers on %s", (engine) => {
  const { t, worker, receivers } = deliverySuite(engine);

  const events = async (leadId: string, type: string) =>
    (await as(t)("GET", `/api/v1/leads/${leadId}`)).data.events.filter(
      (e: { type: string }) => e.type === type,
    );
  const withUrl = async (recipient: string, url: string) => {
    const res = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${recipient}`,
      headers: admin,
      payload: { delivery: { channel: "http", url } },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it("fires a task once when it falls due, on the lead's timeline and to its holder's URL; a task done in time never fires", async () => {
    const desk = await givenDesk(t, ["agent", "agent"]);
    const { id, recipient } = await givenLead(t, desk, { firstName: "Grace", lastName: "Hopper" });
    const holder = desk.recipients.indexOf(recipient!);
    // Channels set after the lead went out: what the receivers get is the task's notice alone.
    const [mine, theirs] = [await receivers.start(), await receivers.start()];
    await withUrl(recipient!, mine.url);
    await withUrl(desk.recipients[1 - holder]!, theirs.url);
    const agent = as(t, desk.users[holder]!.headers);
    const dueAt = Date.now() + 1000;
    const task = (title: string, at: number) =>
      agent("POST", `/api/v1/leads/${id}/tasks`, { title, dueAt: new Date(at).toISOString() });
    const call = (await task("Call back about the roof", dueAt)).data;
    const done = (await task("Send the brochure", dueAt)).data;
    const later = (await task("Ask for a referral", dueAt + HOUR)).data;
    expect((await agent("POST", `/api/v1/tasks/${done.id}/complete`)).statusCode).toBe(200);

    // The scheduler's clock starts a second before the tasks fall due and ticks every 100 ms.
    const clock = aClock(dueAt - 1000);
    const scheduler = startScheduler(
      t.store,
      (e) => {
        throw e;
      },
      { clock, intervalMs: 100 },
    );
    try {
      await clock.advance(900);
      expect(await events(id, "task_due")).toEqual([]);
      await clock.advance(900);
    } finally {
      await scheduler.stop();
    }
    const fired = await events(id, "task_due");
    expect(fired.map((e: { data: { task: string } }) => e.data.task)).toEqual([call.id]);
    expect(fired[0]).toMatchObject({
      actor: "scheduler",
      data: { title: "Call back about the roof", recipient },
    });
    // Fired by the tick at its due time.
    expect(Date.parse(fired[0].at)).toBe(dueAt);
    expect(await fireDueTasks(t.store, Date.now())).toBe(0);

    // The notice is sent at the scheduler's time, when the task fired.
    expect(await worker.tick(clock.now())).toBe(1);
    expect(theirs.received).toEqual([]);
    expect(mine.received).toHaveLength(1);
    // The holder gets the lead with the task: its contact too.
    expect(JSON.parse(mine.received[0]!.body)).toMatchObject({
      notice: "task_due",
      taskId: call.id,
      taskTitle: "Call back about the roof",
      taskDueAt: new Date(dueAt).toISOString(),
      id,
      firstName: "Grace",
      lastName: "Hopper",
      email: expect.any(String),
    });
    expect(await events(id, "notified")).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ notice: "task", task: call.id }) }),
    ]);
    // The later task fires at its own time, once.
    expect(await fireDueTasks(t.store, dueAt + HOUR)).toBe(1);
    expect((await events(id, "task_due")).map((e: { data: { task: string } }) => e.data.task)).toEqual([
      call.id,
      later.id,
    ]);
    expect(await fireDueTasks(t.store, dueAt + 2 * HOUR)).toBe(0);
  });

  it("fires a task that fell due while no scheduler ran at the scheduler's first tick", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const { id } = await givenLead(t, desk);
    const dueAt = Date.now() + HOUR;
    const task = { title: "Call", dueAt: new Date(dueAt).toISOString() };
    expect((await as(t, desk.users[0]!.headers)("POST", `/api/v1/leads/${id}/tasks`, task)).statusCode).toBe(
      201,
    );
    // The scheduler starts ten minutes after the task fell due.
    const clock = aClock(dueAt + 10 * 60_000);
    const scheduler = startScheduler(
      t.store,
      (e) => {
        throw e;
      },
      { clock, intervalMs: 250 },
    );
    try {
      await clock.advance(249);
      expect(await events(id, "task_due")).toEqual([]);
      await clock.advance(1);
      expect((await events(id, "task_due")).map((e: { at: string }) => Date.parse(e.at))).toEqual([
        clock.now(),
      ]);
    } finally {
      await scheduler.stop();
    }
  });

  it("fires a task whose recipient has no channel, or that staff set for nobody, as an event only", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const held = await givenLead(t, desk);
    const unheld = await givenLead(t, await givenDesk(t, []));
    expect(unheld.recipient).toBeNull();
    const dueAt = Date.now() + HOUR;
    const task = { title: "Call", dueAt: new Date(dueAt).toISOString() };
    const agents = await as(t, desk.users[0]!.headers)("POST", `/api/v1/leads/${held.id}/tasks`, task);
    expect(agents.data.recipient).toBe(desk.recipients[0]);
    const staffs = await as(t)("POST", `/api/v1/leads/${unheld.id}/tasks`, task);
    expect(staffs.data.recipient).toBeNull();

    expect(await fireDueTasks(t.store, dueAt)).toBe(2);
    for (const [lead, recipient] of [
      [held.id, desk.recipients[0]],
      [unheld.id, null],
    ] as const) {
      expect(await events(lead, "task_due")).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ recipient }) }),
      ]);
      expect(await deliveriesOfLead(t.store.db, lead)).toEqual([]);
    }
  });
  it("fires the other due tasks when one of them cannot fire, and reports that one until it can", async () => {
    const [good, bad] = [await givenDesk(t, ["agent"]), await givenDesk(t, ["agent"])];
    const [fine, broken] = [await givenLead(t, good), await givenLead(t, bad)];
    const dueAt = Date.now() + HOUR;
    // The task that cannot fire falls due first, so it is listed first.
    for (const [desk, lead, at] of [
      [good, fine, dueAt],
      [bad, broken, dueAt - 60_000],
    ] as const) {
      const task = { title: "Call", dueAt: new Date(at).toISOString() };
      expect(
        (await as(t, desk.users[0]!.headers)("POST", `/api/v1/leads/${lead.id}/tasks`, task)).statusCode,
      ).toBe(201);
    }
    const recipients = t.store.db.updateTable("recipients").where("key", "=", bad.recipients[0]!);
    const { config } = await t.store.db
      .selectFrom("recipients")
      .select("config")
      .where("key", "=", bad.recipients[0]!)
      .executeTakeFirstOrThrow();
    await recipients.set({ config: "not json" }).execute();
    const errors: unknown[] = [];
    const onError = (error: unknown) => errors.push(error);

    expect(await fireDueTasks(t.store, dueAt, { onError })).toBe(1);
    expect(errors).toHaveLength(1);
    expect(await events(fine.id, "task_due")).toHaveLength(1);
    expect(await events(broken.id, "task_due")).toEqual([]);

    await recipients.set({ config }).execute();
    expect(await fireDueTasks(t.store, dueAt, { onError })).toBe(1);
    expect(errors).toHaveLength(1);
    expect(await events(broken.id, "task_due")).toHaveLength(1);
  });
});
