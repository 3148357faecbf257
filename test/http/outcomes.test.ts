import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { as, givenDesk, givenLead } from "../support/work.js";

describe.each(ENGINES)("outcomes from buyers and partners on %s", (engine) => {
  const t = suiteTestApp(engine);

  const timeline = async (id: string) =>
    ((await as(t)("GET", `/api/v1/leads/${id}`)).data.events as { type: string; data: unknown }[]).filter(
      (e) => e.type === "outcome",
    );
  const postbackOf = async (recipient: string) =>
    (await as(t)("GET", `/api/v1/recipients/${recipient}/postback`)).data.url as string;
  const pathOf = (url: string) => new URL(url).pathname;

  it("puts a buyer's sold lead, with what the buyer pays, on the lead's timeline", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { id } = await givenLead(t, desk);
    const buyer = as(t, desk.users[0]!.headers);
    const res = await buyer("POST", `/api/v1/leads/${id}/outcome`, { outcome: "sold", amount: 42.5 });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      leadId: id,
      outcome: "sold",
      amount: 42.5,
      recipient: desk.recipients[0],
    });
    expect(await timeline(id)).toEqual([
      expect.objectContaining({ data: { outcome: "sold", amount: 42.5, recipient: desk.recipients[0] } }),
    ]);
  });

  it("lets only the lead's holder and staff speak for it: to another recipient the lead does not exist", async () => {
    const desk = await givenDesk(t, ["partner", "partner"]);
    const { id, recipient } = await givenLead(t, desk);
    const other = desk.users[1 - desk.recipients.indexOf(recipient!)]!;
    const res = await as(t, other.headers)("POST", `/api/v1/leads/${id}/outcome`, { outcome: "contacted" });
    expect(res.statusCode).toBe(404);
    expect(await timeline(id)).toEqual([]);
    expect((await as(t)("POST", `/api/v1/leads/${id}/outcome`, { outcome: "contacted" })).statusCode).toBe(
      200,
    );
  });

  it("takes a contact as the lead's first contact, and a later one leaves it as it was", async () => {
    const desk = await givenDesk(t, ["partner"]);
    const { id } = await givenLead(t, desk);
    const partner = as(t, desk.users[0]!.headers);
    await partner("POST", `/api/v1/leads/${id}/outcome`, { outcome: "contacted" });
    const first = (await as(t)("GET", `/api/v1/leads/${id}/timing`)).data.firstContactAt;
    expect(first).not.toBeNull();
    await partner("POST", `/api/v1/leads/${id}/outcome`, { outcome: "contacted" });
    expect((await as(t)("GET", `/api/v1/leads/${id}/timing`)).data.firstContactAt).toBe(first);
  });

  it("refuses a bad lead without a reason, an amount on anything but a sale, and a negative amount, changing nothing", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { id } = await givenLead(t, desk);
    const buyer = as(t, desk.users[0]!.headers);
    for (const body of [
      { outcome: "bad" },
      { outcome: "bad", reason: "   " },
      { outcome: "contacted", amount: 5 },
      { outcome: "sold", amount: -1 },
      { outcome: "sold", amount: 1.234 },
      { outcome: "won" },
    ]) {
      const res = await buyer("POST", `/api/v1/leads/${id}/outcome`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
    }
    expect(await timeline(id)).toEqual([]);
  });

  it("asks staff to name the holder when several recipients hold the lead", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { id } = await givenLead(t, desk);
    const res = await as(t)("POST", `/api/v1/leads/${id}/outcome`, {
      outcome: "bad",
      reason: "Wrong number",
      recipient: "nobody-holds-it",
    });
    expect(res.statusCode).toBe(409);
    const named = await as(t)("POST", `/api/v1/leads/${id}/outcome`, {
      outcome: "bad",
      reason: "Wrong number",
      recipient: desk.recipients[0],
    });
    expect(named.data).toMatchObject({
      outcome: "bad",
      reason: "Wrong number",
      recipient: desk.recipients[0],
    });
  });

  it("records an outcome from a buyer's system through its signed postback URL, by GET and by POST", async () => {
    const desk = await givenDesk(t, ["buyer"]);
    const { id } = await givenLead(t, desk);
    const path = pathOf(await postbackOf(desk.recipients[0]!));
    const got = await t.call({ method: "GET", url: `${path}?lead=${id}&outcome=sold&amount=19.99` });
    expect(got.statusCode).toBe(200);
    expect(got.data).toMatchObject({ outcome: "sold", amount: 19.99 });
    const posted = await t.call({
      method: "POST",
      url: path,
      payload: { lead: id, outcome: "bad", reason: "Not a real person" },
    });
    expect(posted.statusCode).toBe(200);
    const form = await t.call({
      method: "POST",
      url: path,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `lead=${id}&outcome=contacted`,
    });
    expect(form.statusCode).toBe(200);
    expect((await timeline(id)).map((e) => e.data)).toEqual([
      { outcome: "sold", amount: 19.99, recipient: desk.recipients[0] },
      { outcome: "bad", reason: "Not a real person", recipient: desk.recipients[0] },
      { outcome: "contacted", recipient: desk.recipients[0] },
    ]);
  });

  it("refuses a tampered postback URL, another recipient's URL for this lead, and a lead the recipient does not hold", async () => {
    const desk = await givenDesk(t, ["buyer", "buyer"]);
    const { id, recipient } = await givenLead(t, desk);
    const mine = desk.recipients.indexOf(recipient!);
    const own = pathOf(await postbackOf(recipient!));
    const others = pathOf(await postbackOf(desk.recipients[1 - mine]!));
    const signature = own.split("/").pop()!;
    const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
    const tries = [
      `/postback/${recipient}/${flipped}?lead=${id}&outcome=sold&amount=1`,
      `/postback/${desk.recipients[1 - mine]}/${signature}?lead=${id}&outcome=sold&amount=1`,
      `${others}?lead=${id}&outcome=sold&amount=1`,
    ];
    const statuses = [];
    for (const url of tries) statuses.push((await t.call({ method: "GET", url })).statusCode);
    expect(statuses).toEqual([403, 403, 404]);
    expect(await timeline(id)).toEqual([]);
  });

  it("shows a recipient's postback URL to staff and to its own users, to nobody else", async () => {
    const desk = await givenDesk(t, ["buyer", "buyer"]);
    const url = `/api/v1/recipients/${desk.recipients[0]}/postback`;
    expect((await as(t, desk.users[0]!.headers)("GET", url)).statusCode).toBe(200);
    expect((await as(t, desk.users[1]!.headers)("GET", url)).statusCode).toBe(404);
  });
});
