import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenUser } from "../support/users.js";
import { as, givenDesk, givenLead } from "../support/work.js";

const HOUR = 3_600_000;
const titles = (res: { data: { items: { title: string }[] } }) => res.data.items.map((i) => i.title);

describe.each(ENGINES)("the staff list of tasks on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("shows staff every recipient's tasks soonest first, by assignee, lead, due time and status", async () => {
    const desk = await givenDesk(t, ["agent", "agent"]);
    const [first, second] = [await givenLead(t, desk), await givenLead(t, desk)];
    const addTask = (lead: { id: string; recipient: string | null }, title: string, dueIn: number) => {
      const user = desk.users[desk.recipients.indexOf(lead.recipient!)]!;
      return as(t, user.headers)("POST", `/api/v1/leads/${lead.id}/tasks`, {
        title,
        dueAt: new Date(Date.now() + dueIn).toISOString(),
      });
    };
    const overdue = await addTask(first, "overdue", -HOUR);
    await addTask(second, "next week", 170 * HOUR);
    await addTask(first, "later", 100 * HOUR);
    await as(t, desk.users[desk.recipients.indexOf(first.recipient!)]!.headers)(
      "POST",
      `/api/v1/tasks/${overdue.data.id}/complete`,
    );

    const manager = as(t, (await givenUser(t, "manager")).headers);
    const list = (query: string) => manager("GET", `/api/v1/tasks?${query}`);
    const mine = `lead=${first.id}`;
    expect(titles(await list(mine))).toEqual(["later"]);
    expect(titles(await list(`${mine}&status=all`))).toEqual(["overdue", "later"]);
    expect(titles(await list(`${mine}&status=completed`))).toEqual(["overdue"]);
    expect(titles(await list(`${mine}&status=all&due=now`))).toEqual(["overdue"]);
    expect(titles(await list(`assignee=${second.recipient}`))).toEqual(["next week"]);
    const all = await list(`assignee=${first.recipient}&status=all`);
    expect(all.statusCode).toBe(200);
    expect(all.data.items[0]).toEqual({
      id: overdue.data.id,
      leadId: first.id,
      recipient: first.recipient,
      title: "overdue",
      dueAt: expect.any(String),
      createdAt: expect.any(String),
      createdBy: expect.stringMatching(/^user:/),
      completedAt: expect.any(String),
      completedBy: expect.stringMatching(/^user:/),
    });
  });

  it("pages by cursor without repeating or skipping a task", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const lead = await givenLead(t, desk);
    const agent = as(t, desk.users[0]!.headers);
    const due = new Date(Date.now() + HOUR).toISOString();
    for (const title of ["a", "b", "c", "d", "e"])
      await agent("POST", `/api/v1/leads/${lead.id}/tasks`, { title, dueAt: due });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { title: string }[]; nextCursor: string | null } } = await as(t)(
        "GET",
        `/api/v1/tasks?lead=${lead.id}&limit=2${cursor ? `&cursor=${cursor}` : ""}`,
      );
      seen.push(...titles(res));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["a", "b", "c", "d", "e"]);
    expect((await as(t)("GET", "/api/v1/tasks?cursor=bm9wZQ")).statusCode).toBe(422);
    expect((await as(t)("GET", "/api/v1/tasks?due=yesterday")).statusCode).toBe(422);
  });

  it("is for staff: agents and partners read their own at /my/tasks", async () => {
    const desk = await givenDesk(t, ["agent", "partner"]);
    for (const user of desk.users)
      expect((await as(t, user.headers)("GET", "/api/v1/tasks")).statusCode).toBe(403);
  });
});
