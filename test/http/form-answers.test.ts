import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake, givenSource } from "../support/fixtures.js";

const BROWSER = {
  "content-type": "application/x-www-form-urlencoded",
  accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
};

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const anEmail = () => `grace.${randomUUID().slice(0, 8)}@example.com`;

/** The input or select named `name` in a page, with its value and error as a person sees them. */
function control(html: string, name: string) {
  const label = new RegExp(`<label>(?:(?!</label>).)*?name="${name}"(?:(?!</label>).)*</label>`, "s").exec(
    html,
  )?.[0];
  if (!label) throw new Error(`no control named ${name}`);
  return {
    value:
      /<input\b[^>]*\svalue="([^"]*)"/.exec(label)?.[1] ??
      /<option value="([^"]*)" selected>/.exec(label)?.[1],
    error: /<span class="error"[^>]*>([^<]*)<\/span>/.exec(label)?.[1],
    invalid: /aria-invalid="true"/.test(label),
  };
}

describe.each(ENGINES)("the ready-made form's answers to a person on %s", (engine) => {
  const t = suiteTestApp(engine);

  const submit = (body: string, headers: Record<string, string> = BROWSER) =>
    t.call({ method: "POST", url: "/api/v1/leads", headers, payload: body });

  const givenFormIntake = () =>
    givenIntake(t, {
      name: "Solar quotes",
      fields: [
        { key: "roofAge", type: "number", required: true },
        { key: "product", type: "enum", options: ["roofing", "solar"] },
      ],
    });

  it("thanks a person in HTML once the lead is stored, with no inline script allowed", async () => {
    const { source } = await givenFormIntake();
    const res = await submit(
      form({ intakeKey: source.intakeKey, email: anEmail(), firstName: "Grace", roofAge: "3" }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.headers["content-security-policy"]).not.toContain("script-src");
    expect(res.body).toContain("Thank you");
    expect(res.body).not.toContain("<script");
  });

  it("sends a person to the form's redirect when it has one", async () => {
    const { source } = await givenFormIntake();
    const res = await submit(
      form({
        intakeKey: source.intakeKey,
        email: anEmail(),
        roofAge: "3",
        redirect: "https://example.com/thanks",
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("https://example.com/thanks");
  });

  it("answers a duplicate politely in HTML", async () => {
    const { source } = await givenFormIntake();
    const lead = form({ intakeKey: source.intakeKey, email: anEmail(), roofAge: "3" });
    expect((await submit(lead)).statusCode).toBe(201);
    const again = await submit(lead);
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toMatch(/^text\/html/);
    expect(again.body).toContain("We already have your request");
  });

  it("shows the form again with each field's problem beside it and the values kept, escaped", async () => {
    const { source } = await givenFormIntake();
    const hostile = `"><script>alert(1)</script>`;
    const res = await submit(
      form({
        intakeKey: source.intakeKey,
        email: "not-an-address",
        firstName: hostile,
        product: "solar",
        roofAge: "",
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).not.toContain("<script>");
    expect(control(res.body, "firstName")).toEqual({
      value: "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
      error: undefined,
      invalid: false,
    });
    expect(control(res.body, "email")).toMatchObject({ value: "not-an-address", invalid: true });
    expect(control(res.body, "email").error).toMatch(/email/);
    expect(control(res.body, "roofAge")).toMatchObject({ invalid: true, error: "roofAge is required" });
    expect(control(res.body, "product")).toMatchObject({ value: "solar", invalid: false });
    expect(res.body).toContain(`name="intakeKey" value="${source.intakeKey}"`);
  });

  it("lists a problem with a field the form does not show above the form", async () => {
    const { source } = await givenFormIntake();
    const res = await submit(
      form({ intakeKey: source.intakeKey, email: anEmail(), roofAge: "3", shoeSize: "<b>9</b>" }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.body).toMatch(/<li>shoeSize is not a field of category [^<]*<\/li>/);
    expect(res.body).not.toContain("<b>9</b>");
  });

  it("tells a person plainly when the form is not taking requests", async () => {
    const { category } = await givenFormIntake();
    const disabled = await givenSource(t, category.key, { enabled: false });
    for (const intakeKey of [disabled.intakeKey, "ik_unknown"]) {
      const res = await submit(form({ intakeKey, email: anEmail(), roofAge: "3" }));
      expect([401, 403]).toContain(res.statusCode);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain("not taking requests");
    }
  });

  it("keeps answering API clients in JSON exactly as before", async () => {
    const { source } = await givenFormIntake();
    const email = anEmail();
    const body = form({ intakeKey: source.intakeKey, email, roofAge: "3" });
    const plain = { "content-type": "application/x-www-form-urlencoded" };
    const created = await submit(body, { ...plain, accept: "application/json" });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ id: expect.any(String), status: expect.any(String) });
    const duplicate = await submit(body, plain);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.data).toMatchObject({ error: { code: "duplicate" }, duplicateOf: created.data.id });
    const invalid = await submit(form({ intakeKey: source.intakeKey, email }), plain);
    expect(invalid.statusCode).toBe(422);
    expect(invalid.data.error.details).toEqual([expect.objectContaining({ field: "roofAge" })]);
    const json = await t.call({
      method: "POST",
      url: "/api/v1/leads",
      headers: { "x-intake-key": source.intakeKey, accept: "text/html" },
      payload: { email: anEmail(), roofAge: 3 },
    });
    expect(json.statusCode).toBe(201);
    expect(json.data.id).toEqual(expect.any(String));
  });
});
