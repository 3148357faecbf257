import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake, givenSource } from "../support/fixtures.js";

/** The fields of the first form in a page, as a browser would find them. */
function formOf(html: string) {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/.exec(html);
  if (!form) throw new Error("no form in the page");
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const inputs = [...form[2]!.matchAll(/<input\b[^>]*>/g)].map(([tag]) => ({
    name: attr(tag, "name"),
    type: attr(tag, "type") ?? "text",
    value: attr(tag, "value") === undefined ? undefined : unescapeHtml(attr(tag, "value")!),
    required: /\srequired\b/.test(tag),
  }));
  const selects = [...form[2]!.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)].map(([, tag, body]) => ({
    name: attr(tag!, "name"),
    required: /\srequired\b/.test(tag!),
    options: [...body!.matchAll(/<option\b([^>]*)>([^<]*)<\/option>/g)].map(([, optionTag, text]) => {
      const value = attr(optionTag!, "value");
      // Without a value attribute a browser posts the option's text, its whitespace collapsed.
      const posted = value ?? text!.trim().replace(/\s+/g, " ");
      return { value: unescapeHtml(posted), text: unescapeHtml(text!) };
    }),
  }));
  return { action: attr(form[1]!, "action"), method: attr(form[1]!, "method"), inputs, selects };
}

function unescapeHtml(s: string): string {
  return s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_m, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!,
  );
}

describe.each(ENGINES)("lead forms on %s", (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => t.close());

  const page = (url: string) => t.call({ method: "GET", url });

  it("renders an HTML form of the category's fields that posts to intake with the source's key", async () => {
    const { source } = await givenIntake(t, {
      name: "Solar quotes",
      fields: [
        { key: "roofAge", type: "number", required: true, label: "Age of the roof" },
        { key: "product", type: "enum", options: ["roofing", "solar"], required: true },
        { key: "homeowner", type: "boolean" },
        { key: "referral", type: "string", pattern: "^[A-Z]{3}$" },
      ],
    });
    const res = await page(`/forms/${source.key}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html; charset=utf-8/);
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.body).toContain("<title>Solar quotes</title>");
    expect(res.body).toContain("Age of the roof");

    const form = formOf(res.body);
    expect(form).toMatchObject({ action: "/api/v1/leads", method: "post" });
    const input = (name: string) => form.inputs.find((i) => i.name === name);
    expect(input("intakeKey")).toMatchObject({ type: "hidden", value: source.intakeKey });
    expect(input("email")).toMatchObject({ type: "email", required: true });
    expect(input("phone")).toMatchObject({ type: "tel", required: false });
    expect(input("roofAge")).toMatchObject({ type: "number", required: true });
    expect(input("referral")).toMatchObject({ type: "text", required: false });
    expect(res.body).toContain('pattern="^[A-Z]{3}$"');
    expect(form.selects.find((s) => s.name === "product")).toEqual({
      name: "product",
      required: true,
      options: [
        { value: "", text: "" },
        { value: "roofing", text: "roofing" },
        { value: "solar", text: "solar" },
      ],
    });
    expect(form.selects.find((s) => s.name === "homeowner")?.options.map((o) => o.value)).toEqual([
      "",
      "true",
      "false",
    ]);
  });

  it("creates the lead when its fields are posted as a browser would post them", async () => {
    const { source } = await givenIntake(t, {
      fields: [
        { key: "roofAge", type: "number", required: true },
        { key: "product", type: "enum", options: ["roofing", "solar  and  battery"] },
        { key: "homeowner", type: "boolean" },
      ],
    });
    const form = formOf((await page(`/forms/${source.key}?redirect=https://example.com/thanks`)).body);
    const typed: Record<string, string> = {
      firstName: "Rosalind",
      lastName: "Franklin",
      email: "rosalind@example.com",
      phone: "515 243 1234",
      zip: "50309",
      roofAge: "12",
    };
    const body = new URLSearchParams();
    for (const i of form.inputs) {
      if (!i.name) continue;
      if (i.type === "hidden") body.append(i.name, i.value ?? "");
      else if (i.type === "checkbox") body.append(i.name, i.value ?? "on");
      else body.append(i.name, typed[i.name] ?? "");
    }
    const chosen: Record<string, string> = { product: "solar  and  battery", homeowner: "Yes" };
    for (const s of form.selects) {
      const option = s.options.find((o) => o.text === chosen[s.name ?? ""]);
      if (s.name) body.append(s.name, option?.value ?? "");
    }
    const res = await t.call({
      method: "POST",
      url: form.action!,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("https://example.com/thanks");
    const listed = await t.call({ method: "GET", url: `/api/v1/leads?source=${source.key}`, headers: admin });
    expect(listed.data.items).toEqual([
      expect.objectContaining({
        email: "rosalind@example.com",
        phone: "+15152431234",
        fields: { roofAge: 12, product: "solar  and  battery", homeowner: true },
        consent: expect.objectContaining({ text: expect.stringContaining("agree") }),
      }),
    ]);
  });

  it("escapes a hostile category name, labels and options so they stay text", async () => {
    const { source } = await givenIntake(t, {
      name: `<script>alert("name")</script>`,
      fields: [
        {
          key: "choice",
          type: "enum",
          options: [`</option></select><script>alert(1)</script>`, `" onfocus="alert(2)`, "Tom & Jerry's"],
          label: `<img src=x onerror=alert(3)>`,
        },
      ],
    });
    const res = await page(`/forms/${source.key}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/<script\b/i);
    expect(res.body).not.toMatch(/<img\b/i);
    expect(res.body).not.toContain('" onfocus="');
    expect(res.body).toContain("&lt;script&gt;alert(&quot;name&quot;)&lt;/script&gt;");
    const options = formOf(res.body).selects[0]!.options.map((o) => o.value);
    expect(options).toEqual([
      "",
      `</option></select><script>alert(1)</script>`,
      `" onfocus="alert(2)`,
      "Tom & Jerry's",
    ]);
  });

  it("carries a redirect into the form, and refuses one that is not an http(s) URL", async () => {
    const { source } = await givenIntake(t);
    const ok = await page(
      `/forms/${source.key}?redirect=${encodeURIComponent("https://example.com/a?b=1&c=2")}`,
    );
    expect(formOf(ok.body).inputs.find((i) => i.name === "redirect")?.value).toBe(
      "https://example.com/a?b=1&c=2",
    );
    const bad = await page(`/forms/${source.key}?redirect=${encodeURIComponent("javascript:alert(1)")}`);
    expect(bad.statusCode).toBe(422);
  });

  it("answers 404 for a source that does not exist or is disabled", async () => {
    const { category } = await givenIntake(t);
    const disabled = await givenSource(t, category.key, { enabled: false });
    for (const key of ["no-such-source", disabled.key]) {
      const res = await page(`/forms/${key}`);
      expect(res.statusCode).toBe(404);
      expect(res.data.error.code).toBe("not_found");
      expect(res.body).not.toContain(disabled.intakeKey);
    }
  });
});

/** The v1 operations of the public contract (docs/DESIGN.md), as OpenAPI paths. */
const CONTRACT: [method: string, path: string][] = [
  ["get", "/health"],
  ["post", "/api/v1/categories"],
  ["put", "/api/v1/categories/{key}/plan"],
  ["post", "/api/v1/categories/{key}/plan/simulate"],
  ["post", "/api/v1/sources"],
  ["post", "/api/v1/recipients"],
  ["patch", "/api/v1/recipients/{key}"],
  ["post", "/api/v1/users"],
  ["post", "/api/v1/leads"],
  ["get", "/api/v1/leads"],
  ["get", "/api/v1/leads/{id}"],
  ["post", "/api/v1/leads/{id}/stage"],
  ["post", "/api/v1/leads/{id}/events"],
  ["post", "/api/v1/assignments/{id}/accept"],
  ["post", "/api/v1/assignments/{id}/reject"],
  ["get", "/api/v1/pool"],
  ["post", "/api/v1/pool/{leadId}/claim"],
  ["get", "/api/v1/reports/summary"],
];

/** What the foundation serves, at the least. */
const FOUNDATION = [
  "get /health",
  "post /api/v1/categories",
  "post /api/v1/sources",
  "post /api/v1/users",
  "post /api/v1/leads",
  "get /api/v1/leads",
  "get /api/v1/leads/{id}",
];

describe("API documentation", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("sqlite");
  });
  afterAll(async () => t.close());

  it("serves interactive docs at /docs", async () => {
    const res = await t.call({ method: "GET", url: "/docs" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.body).toMatch(/swagger-ui/i);
  });

  it("serves the same OpenAPI 3.1 document at /openapi.json and /docs/json", async () => {
    const a = await t.call({ method: "GET", url: "/openapi.json" });
    const b = await t.call({ method: "GET", url: "/docs/json" });
    expect(a.statusCode).toBe(200);
    expect(a.data.openapi).toMatch(/^3\.1\./);
    expect(b.data).toEqual(a.data);
  });

  it("documents every operation of the contract the server serves, under the contract's path", async () => {
    const doc = (await t.call({ method: "GET", url: "/openapi.json" })).data;
    const documented = new Set(
      Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method} ${path}`),
      ),
    );
    const served = CONTRACT.filter(([method, path]) =>
      t.app.hasRoute({ method: method.toUpperCase() as "GET", url: path.replace(/\{(\w+)\}/g, ":$1") }),
    ).map(([method, path]) => `${method} ${path}`);
    expect(served).toEqual(expect.arrayContaining(FOUNDATION));
    expect([...documented]).toEqual(expect.arrayContaining(served));
  });

  it("documents intake's answers: created, duplicate, and the error shape of every refusal", async () => {
    const doc = (await t.call({ method: "GET", url: "/openapi.json" })).data;
    const intake = doc.paths["/api/v1/leads"].post;
    expect(Object.keys(intake.responses)).toEqual(
      expect.arrayContaining(["201", "401", "403", "409", "413", "415", "422"]),
    );
    const refusal = intake.responses["422"].content["application/json"].schema;
    expect(refusal.properties.error.required).toEqual(expect.arrayContaining(["code", "message", "details"]));
    expect(doc.components.securitySchemes).toMatchObject({
      bearer: { type: "http", scheme: "bearer" },
      intakeKey: { type: "apiKey", in: "header", name: "X-Intake-Key" },
    });
  });
});
