import { describe, expect, it } from "vitest";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { as, givenDesk, givenLead, LOW_BANDS_SCORING } from "../support/work.js";

const ALL_DAY = { hours: { from: "00:00", to: "23:59" }, attempts: 3, days: 3, perDay: 2 };

describe.each(ENGINES)("call lists on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("gives an agent its new leads to call, and a call moves the lead on", async () => {
    const desk = await givenDesk(t, ["agent"]);
    expect((await as(t)("PUT", `/api/v1/categories/${desk.category}/calling`, ALL_DAY)).statusCode).toBe(200);
    const agent = as(t, desk.users[0]!.headers);
    const lead = await givenLead(t, desk, { firstName: "Nia", lastName: "Long" });

    const before = await agent("GET", "/api/v1/my/call-list");
    expect(before.statusCode).toBe(200);
    expect(before.data.items).toEqual([
      expect.objectContaining({ leadId: lead.id, name: "Nia Long", reason: "new" }),
    ]);

    const call = await agent("POST", `/api/v1/leads/${lead.id}/calls`, {
      outcome: "no_answer",
      durationSeconds: 0,
    });
    expect(call.statusCode).toBe(201);
    const after = await agent("GET", "/api/v1/my/call-list");
    expect(after.data.items).toEqual([]);
    expect(after.data.heldBack).toEqual([{ leadId: lead.id, reason: "not_due", until: expect.any(String) }]);
  });

  it("calls new leads by their band's rank among their own category's bands, and says the band", async () => {
    // The agent's first category bands low scores gold (20+) and hot (10+); its second keeps hot 80+.
    const desk = await givenDesk(t, ["agent"]);
    const other = await givenIntake(t);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/scoring`, LOW_BANDS_SCORING);
    await as(t)("PUT", `/api/v1/categories/${other.category.key}/scoring`, {
      rules: [{ when: [{ field: "creditScore", op: "gte", value: 600 }], points: 50 }],
      bands: [],
    });
    const agentKey = desk.recipients[0]!;
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${agentKey}`,
      headers: admin,
      payload: { categories: [desk.category, other.category.key] },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    for (const category of [desk.category, other.category.key])
      await as(t)("PUT", `/api/v1/categories/${category}/calling`, ALL_DAY);
    const hot = await givenLead(t, desk, { creditScore: 650 }); // 15: this category's second band
    const warm = await postLead(t, other.source.intakeKey, aLead({ creditScore: 650 })); // 50: warm, second
    const gold = await givenLead(t, desk, { creditScore: 720 }); // 25: this category's first band
    expect(warm.data.assignments[0]?.recipient).toBe(agentKey);

    const list = await as(t, desk.users[0]!.headers)("GET", "/api/v1/my/call-list");
    expect(list.data.items.map((i: { leadId: string; why: string }) => [i.leadId, i.why])).toEqual([
      [gold.id, "new lead in the gold band (score 25), not called yet"],
      [warm.data.id, "new lead in the warm band (score 50), not called yet"],
      [hot.id, "new lead in the hot band (score 15), not called yet"],
    ]);
  });

  it("ends the cadence on a do-not-call: the lead is lost and its number suppressed for everyone", async () => {
    const desk = await givenDesk(t, ["agent"]);
    await as(t)("PUT", `/api/v1/categories/${desk.category}/calling`, ALL_DAY);
    const agent = as(t, desk.users[0]!.headers);
    const phone = "+15155550177";
    const lead = await givenLead(t, desk, { phone });
    const elsewhere = await givenDesk(t, ["agent"]);
    await as(t)("PUT", `/api/v1/categories/${elsewhere.category}/calling`, ALL_DAY);
    const other = await givenLead(t, elsewhere, { phone });

    await agent("POST", `/api/v1/leads/${lead.id}/calls`, { outcome: "do_not_call", durationSeconds: 20 });
    const read = await as(t)("GET", `/api/v1/leads/${lead.id}`);
    expect(read.data.stage).toBe("lost");
    const list = await as(t, elsewhere.users[0]!.headers)("GET", "/api/v1/my/call-list");
    expect(list.data.heldBack).toContainEqual({ leadId: other.id, reason: "suppressed", until: null });
    const suppressed = await as(t)("GET", "/api/v1/suppressions?kind=phone");
    expect(suppressed.data.items).toContainEqual(
      expect.objectContaining({ kind: "phone", value: phone, reason: "do not call" }),
    );
  });

  it("takes an imported suppression list, refusing what is not a number, and lets one off again", async () => {
    const res = await as(t)("POST", "/api/v1/suppressions", {
      kind: "phone",
      values: ["(515) 555-0188", "+1 515 555 0189", "not a phone"],
      reason: "imported do-not-call list",
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      added: 2,
      alreadyListed: 0,
      refused: [{ value: "not a phone", problem: "not a phone number" }],
    });
    const again = await as(t)("POST", "/api/v1/suppressions", {
      kind: "phone",
      values: ["5155550188"],
      reason: "again",
    });
    expect(again.data).toMatchObject({ added: 0, alreadyListed: 1 });
    const off = await t.call({
      method: "DELETE",
      url: "/api/v1/suppressions/phone/%2B15155550188",
      headers: admin,
    });
    expect(off.statusCode).toBe(204);
    const listed = await as(t)("GET", "/api/v1/suppressions?kind=phone&q=%2B1515555018");
    expect(listed.data.items.map((i: { value: string }) => i.value)).toEqual(["+15155550189"]);
  });

  it("refuses calling hours that close before they open, and keeps the old ones", async () => {
    const desk = await givenDesk(t, ["agent"]);
    const bad = await as(t)("PUT", `/api/v1/categories/${desk.category}/calling`, {
      ...ALL_DAY,
      hours: { from: "21:00", to: "08:00" },
    });
    expect(bad.statusCode).toBe(422);
    const read = await as(t)("GET", `/api/v1/categories/${desk.category}/calling`);
    expect(read.data).toEqual({ hours: { from: "08:00", to: "21:00" }, attempts: 6, days: 5, perDay: 2 });
  });
});
