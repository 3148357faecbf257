import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, givenSource, postLead } from "../support/fixtures.js";

describe.each(ENGINES)("lead intake on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const getLead = async (id: string) =>
    (await t.call({ method: "GET", url: `/api/v1/leads/${id}`, headers: admin })).data;

  it("stores a JSON lead normalized: email lower-cased, phone in E.164, zip resolved to city, state and position", async () => {
    const { source } = await givenIntake(t);
    const res = await postLead(t, source.intakeKey, {
      firstName: "  Grace  ",
      lastName: "Hopper",
      email: "  Grace.Hopper@Example.COM ",
      phone: "(515) 243-1234",
      zip: "50309-1234",
      creditScore: "705",
      product: "roofing",
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      id: expect.stringMatching(/^lead_/),
      status: "unassigned",
      assignments: [],
    });
    const lead = await getLead(res.data.id);
    expect(lead).toMatchObject({
      firstName: "Grace",
      email: "grace.hopper@example.com",
      phone: "+15152431234",
      zip: "50309",
      city: "Des Moines",
      state: "IA",
      country: "US",
      fields: { creditScore: 705, product: "roofing" },
      cost: 12.5,
      stage: "new",
    });
    expect(lead.lat).toBeCloseTo(41.59, 1);
    expect(lead.events.map((e: { type: string }) => e.type)).toEqual(["received", "unassigned"]);
  });

  it("accepts a plain HTML form post and redirects to the form's redirect URL with 303", async () => {
    const { source } = await givenIntake(t);
    const lead = aLead();
    const form = new URLSearchParams({
      ...Object.fromEntries(Object.entries(lead).map(([k, v]) => [k, String(v)])),
      intakeKey: source.intakeKey,
      redirect: "https://example.com/thanks",
      consentText: "I agree to be called",
      consentPageUrl: "https://example.com/quote",
    });
    const res = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.9" },
      payload: form.toString(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("https://example.com/thanks");
    const page = await t.call({ method: "GET", url: `/api/v1/leads?source=${source.key}`, headers: admin });
    expect(page.data.items).toHaveLength(1);
    expect(page.data.items[0]).toMatchObject({
      email: lead.email,
      fields: { creditScore: 710, product: "solar" },
      consent: { text: "I agree to be called", pageUrl: "https://example.com/quote", ip: "127.0.0.1" },
    });
  });

  it("answers a form post without a redirect with the same JSON as any other intake", async () => {
    const { source } = await givenIntake(t);
    const res = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: `intakeKey=${source.intakeKey}&email=form%40example.com&homeowner=on`,
    });
    expect(res.statusCode).toBe(201);
    expect((await getLead(res.data.id)).fields).toEqual({ homeowner: true });
  });

  it("accepts an XML <lead> with one element per field and keeps a zip's leading zero", async () => {
    const { source } = await givenIntake(t);
    const res = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: { "content-type": "application/xml", "x-intake-key": source.intakeKey },
      payload: `<?xml version="1.0"?><lead><firstName>Ed &amp; Co</firstName><email>ed@example.com</email><zip>02134</zip><creditScore>640</creditScore></lead>`,
    });
    expect(res.statusCode).toBe(201);
    expect(await getLead(res.data.id)).toMatchObject({
      firstName: "Ed & Co",
      zip: "02134",
      state: "MA",
      city: "Allston",
      fields: { creditScore: 640 },
    });
  });

  it("rejects invalid fields with 422 listing every failing field, and stores nothing", async () => {
    const { source } = await givenIntake(t, {
      fields: [
        { key: "creditScore", type: "number", required: true },
        { key: "product", type: "enum", options: ["roofing", "solar"] },
        { key: "homeowner", type: "boolean" },
      ],
    });
    const res = await postLead(t, source.intakeKey, {
      email: "not-an-email",
      phone: "12",
      zip: "ABCDE",
      product: "boats",
      homeowner: "maybe",
      favouriteColour: "blue",
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.code).toBe("validation_failed");
    const fields = res.data.error.details.map((d: { field: string }) => d.field).sort();
    expect(fields).toEqual([
      "creditScore",
      "email",
      "favouriteColour",
      "homeowner",
      "phone",
      "product",
      "zip",
    ]);
    const page = await t.call({ method: "GET", url: `/api/v1/leads?source=${source.key}`, headers: admin });
    expect(page.data.items).toEqual([]);
  });

  it("keeps unknown fields when the category says so", async () => {
    const { source } = await givenIntake(t, { unknownFields: "keep" });
    const res = await postLead(t, source.intakeKey, aLead({ gclid: "abc123", visits: 3 }));
    expect(res.statusCode).toBe(201);
    expect((await getLead(res.data.id)).fields).toMatchObject({ gclid: "abc123", visits: 3 });
  });

  it("requires an email or a phone number", async () => {
    const { source } = await givenIntake(t);
    const res = await postLead(t, source.intakeKey, { firstName: "Nobody", creditScore: 700 });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.details).toEqual([expect.objectContaining({ field: "email", code: "required" })]);
  });

  it("refuses a missing or unknown intake key with 401 and a disabled source with 403", async () => {
    const { category } = await givenIntake(t);
    const disabled = await givenSource(t, category.key, { enabled: false });
    const none = await t.call({ method: "POST", url: "/api/v1/leads", payload: aLead() });
    const wrong = await postLead(t, "ik_wrong", aLead());
    const off = await postLead(t, disabled.intakeKey, aLead());
    expect([none.statusCode, wrong.statusCode, off.statusCode]).toEqual([401, 401, 403]);
    expect(off.data.error.code).toBe("forbidden");
  });

  it("answers 415 to a media type it does not read, 400 to malformed JSON or XML, 413 to a huge body", async () => {
    const { source } = await givenIntake(t);
    const headers = (type: string) => ({ "content-type": type, "x-intake-key": source.intakeKey });
    const plain = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: headers("text/plain"),
      payload: "hi",
    });
    const json = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: headers("application/json"),
      payload: '{"email":',
    });
    const xml = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: headers("application/xml"),
      payload: "<lead><email>x</lead>",
    });
    const bomb = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: headers("application/xml"),
      payload: '<!DOCTYPE lead [<!ENTITY a "aaaa">]><lead><email>&a;</email></lead>',
    });
    const huge = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: headers("application/json"),
      payload: JSON.stringify(aLead({ notes: "x".repeat(70_000) })),
    });
    expect([plain.statusCode, json.statusCode, xml.statusCode, bomb.statusCode, huge.statusCode]).toEqual([
      415, 400, 400, 400, 413,
    ]);
    expect(huge.data.error.code).toBe("payload_too_large");
    for (const r of [plain, json, xml, bomb, huge]) expect(r.body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it("answers a duplicate email inside the window with 409 and the original's id, noted on the original's timeline", async () => {
    const { source } = await givenIntake(t);
    const first = await postLead(t, source.intakeKey, aLead({ email: "dup@example.com" }));
    const again = await postLead(t, source.intakeKey, aLead({ email: "DUP@example.com" }));
    expect(again.statusCode).toBe(409);
    expect(again.data).toMatchObject({ error: { code: "duplicate" }, duplicateOf: first.data.id });
    const original = await getLead(first.data.id);
    expect(original.events.map((e: { type: string }) => e.type)).toEqual([
      "received",
      "unassigned",
      "duplicate",
    ]);
    expect(original.events[2].data).toMatchObject({ matchedOn: "email" });
  });

  it("finds a duplicate by phone whatever way the number was written", async () => {
    const { source } = await givenIntake(t);
    const first = await postLead(t, source.intakeKey, aLead({ phone: "515-243-9876" }));
    const again = await postLead(t, source.intakeKey, aLead({ phone: "+1 (515) 243 9876" }));
    expect(again.statusCode).toBe(409);
    expect(again.data.duplicateOf).toBe(first.data.id);
  });

  it("does not dedupe across categories, nor on keys the policy leaves out", async () => {
    const a = await givenIntake(t, { dedupe: { keys: ["email"], windowDays: 30 } });
    const b = await givenIntake(t);
    const lead = aLead();
    expect((await postLead(t, a.source.intakeKey, lead)).statusCode).toBe(201);
    expect((await postLead(t, b.source.intakeKey, lead)).statusCode).toBe(201);
    expect((await postLead(t, a.source.intakeKey, aLead({ phone: lead.phone }))).statusCode).toBe(201);
  });

  it("accepts the same contact again once the dedupe window has passed", async () => {
    const { source } = await givenIntake(t, { dedupe: { keys: ["email"], windowDays: 0 } });
    const lead = aLead();
    expect((await postLead(t, source.intakeKey, lead)).statusCode).toBe(201);
    expect((await postLead(t, source.intakeKey, lead)).statusCode).toBe(201);
  });

  it("creates exactly one lead when the same contact arrives on many connections at the same instant", async () => {
    const { source } = await givenIntake(t);
    const address = await t.app.listen({ port: 0, host: "127.0.0.1" });
    const lead = aLead();
    const answers = await Promise.all(
      Array.from({ length: 12 }, () =>
        fetch(`${address}/api/v1/leads`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-intake-key": source.intakeKey,
            connection: "close",
          },
          body: JSON.stringify(lead),
        }).then(async (r) => ({
          status: r.status,
          body: (await r.json()) as { id?: string; duplicateOf?: string },
        })),
      ),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    expect(answers.filter((a) => a.status === 409).map((a) => a.body.duplicateOf)).toEqual(
      Array(11).fill(created[0]!.body.id),
    );
    const page = await t.call({ method: "GET", url: `/api/v1/leads?source=${source.key}`, headers: admin });
    expect(page.data.items).toHaveLength(1);
  });
});
