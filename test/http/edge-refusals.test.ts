import { request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, postLead } from "../support/fixtures.js";

let counter = 0;
const aKey = (label: string) => `${label}-${Date.now().toString(36)}${(counter++).toString(36)}`;

const json = (payload: string, contentType = "application/json") => ({
  headers: { ...admin, "content-type": contentType },
  payload,
});

async function categoryCount(t: TestApp): Promise<number> {
  const row = await t.store.db
    .selectFrom("categories")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(ENGINES)("hostile text and odd requests at the edge on %s", (engine) => {
  const t = suiteTestApp(engine);

  describe("category field patterns", () => {
    it("checks a catastrophic-backtracking pattern in linear time, refusing a long non-matching value", async () => {
      const { source } = await givenIntake(t, {
        fields: [{ key: "code", type: "string", pattern: "^(a+)+$" }],
      });
      for (const length of [29, 200, 1000]) {
        const res = await postLead(t, source.intakeKey, {
          email: `${aKey("re")}@example.com`,
          code: `${"a".repeat(length - 1)}!`,
        });
        expect(res.statusCode).toBe(422);
        expect(res.data.error.details).toEqual([
          expect.objectContaining({ field: "code", message: "code does not match its pattern" }),
        ]);
      }
      const ok = await postLead(t, source.intakeKey, { email: `${aKey("re")}@example.com`, code: "aaaa" });
      expect(ok.statusCode).toBe(201);
    });

    it.each([
      ["a lookahead", "^(?=a)a$"],
      ["a backreference", "^(a)\\1$"],
      ["a repetition beyond the engine's bound", "^a{2000}$"],
      ["a pattern whose repetitions expand too far", "^[a-z]{1,300}$"],
    ])("refuses %s in a field pattern with 422 naming the field", async (_what, pattern) => {
      const before = await categoryCount(t);
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        headers: admin,
        payload: {
          key: aKey("pat"),
          name: "Patterns",
          fields: [
            { key: "ok", type: "string", pattern: "^[A-Z]{2}\\d{4}$" },
            { key: "code", type: "string", pattern },
          ],
        },
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        expect.objectContaining({
          field: "fields.1.pattern",
          message: expect.stringContaining("fields[1].pattern"),
        }),
      ]);
      expect(await categoryCount(t)).toBe(before);
    });

    it("refuses a delivery rule's regex that cannot run in linear time", async () => {
      const category = await givenCategory(t);
      const res = await t.call({
        method: "POST",
        url: "/api/v1/recipients",
        headers: admin,
        payload: {
          key: aKey("buyer"),
          name: "Buyer",
          kind: "buyer",
          categories: [category.key],
          delivery: {
            channel: "http",
            url: "https://example.com/in",
            success: { body: { regex: "(?!x)ok" } },
          },
        },
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        expect.objectContaining({ field: "delivery.success.body.regex" }),
      ]);
    });
  });

  describe("NUL characters", () => {
    it.each([
      ["a path id", "GET", "/api/v1/leads/ld_a%00b"],
      ["a path key", "PATCH", "/api/v1/recipients/a%00b"],
      ["a query parameter", "GET", "/api/v1/leads?q=ada%00"],
      ["a query parameter's name", "GET", "/api/v1/leads?q%00=ada"],
    ] as const)("refuses one in %s with 422, whatever the engine", async (_where, method, url) => {
      const res = await t.call({
        method,
        url,
        headers: admin,
        ...(method === "PATCH" ? { payload: {} } : {}),
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error).toMatchObject({ code: "validation_failed", retry: false });
      expect(res.data.error.details[0].message).toContain("NUL");
    });

    it("refuses one in the intake key, as a header or as a form field, with a 4xx", async () => {
      const header = await t.call({
        method: "POST",
        url: "/api/v1/leads",
        headers: { "x-intake-key": "ik_\u0000" },
        payload: aLead(),
      });
      expect(header.statusCode).toBe(400);
      expect(header.data.error.code).toBe("bad_request");
      const field = await t.call({
        method: "POST",
        url: "/api/v1/leads",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "intakeKey=ik_%00&email=a%40example.com",
      });
      expect(field.statusCode).toBe(422);
      expect(field.data.error.details).toEqual([expect.objectContaining({ field: "intakeKey" })]);
    });

    it("refuses one in an admin body with 422 naming the field, and stores nothing", async () => {
      const before = await categoryCount(t);
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        ...json(`{"key":"${aKey("nul")}","name":"Roof\\u0000ing"}`),
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        expect.objectContaining({ field: "name", code: "invalid_text" }),
      ]);
      expect(await categoryCount(t)).toBe(before);
    });

    it("refuses one in a nested key, naming the path to it", async () => {
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        ...json(
          `{"key":"${aKey("nul")}","name":"x","fields":[{"key":"a","type":"string","la\\u0000bel":"x"}]}`,
        ),
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details[0].field).toBe("fields.0.la\u0000bel");
    });
  });

  describe("text that is not well formed", () => {
    it("refuses a lone surrogate in an admin text field with 422, and stores nothing", async () => {
      const before = await categoryCount(t);
      for (const name of ["Roof\\ud800", "\\udfffRoof", "ok\\ud83d"]) {
        const res = await t.call({
          method: "POST",
          url: "/api/v1/categories",
          ...json(`{"key":"${aKey("sur")}","name":"${name}"}`),
        });
        expect(res.statusCode).toBe(422);
        expect(res.data.error.details).toEqual([
          expect.objectContaining({ field: "name", message: expect.stringContaining("well-formed") }),
        ]);
      }
      expect(await categoryCount(t)).toBe(before);
    });

    it("keeps a well-formed pair of surrogates (an emoji) as it was sent", async () => {
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        ...json(`{"key":"${aKey("emoji")}","name":"Roofs \\ud83c\\udfe0"}`),
      });
      expect(res.statusCode).toBe(201);
      expect(res.data.name).toBe("Roofs 🏠");
    });

    it("refuses bytes that are not UTF-8 with 400", async () => {
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        headers: { ...admin, "content-type": "application/json" },
        payload: Buffer.concat([
          Buffer.from(`{"key":"${aKey("bytes")}","name":"Ro`),
          Buffer.from([0xff]),
          Buffer.from(`f"}`),
        ]),
      });
      expect(res.statusCode).toBe(400);
      expect(res.data.error.message).toContain("UTF-8");
    });

    it.each([
      ["JSON", "application/json; charset=latin1", (key: string) => `{"key":"${key}","name":"x"}`],
      ["JSON", 'application/json; charset="ISO-8859-1"', (key: string) => `{"key":"${key}","name":"x"}`],
      ["XML", "application/xml; charset=utf-16", () => "<lead><email>a@example.com</email></lead>"],
    ])("refuses %s declared in another charset (%s) with 415", async (_kind, contentType, body) => {
      const url = contentType.includes("xml") ? "/api/v1/leads" : "/api/v1/categories";
      const res = await t.call({ method: "POST", url, ...json(body(aKey("cs")), contentType) });
      expect(res.statusCode).toBe(415);
      expect(res.data.error.code).toBe("unsupported_media_type");
    });

    it("refuses XML whose declaration names another encoding with 415, and takes UTF-8 declared either way", async () => {
      const { source } = await givenIntake(t);
      const send = (declaration: string, contentType: string) =>
        t.call({
          method: "POST",
          url: "/api/v1/leads",
          headers: { "x-intake-key": source.intakeKey, "content-type": contentType },
          payload: `${declaration}<lead><email>${aKey("x")}@example.com</email><firstName>Ada</firstName></lead>`,
        });
      expect((await send('<?xml version="1.0" encoding="ISO-8859-1"?>', "application/xml")).statusCode).toBe(
        415,
      );
      expect(
        (await send('<?xml version="1.0" encoding="UTF-8"?>', "application/xml; charset=UTF-8")).statusCode,
      ).toBe(201);
    });
  });

  describe("prototype keys", () => {
    it.each([
      ["__proto__", "__proto__", `{"name":"x","__proto__":{"polluted":true}}`],
      [
        "constructor.prototype",
        "constructor.prototype",
        `{"name":"x","constructor":{"prototype":{"polluted":true}}}`,
      ],
      [
        "__proto__ spelled with JSON escapes",
        "__proto__",
        `{"name":"x","\\u005f_proto__":{"polluted":true}}`,
      ],
      [
        "constructor.prototype spelled with JSON escapes",
        "constructor.prototype",
        `{"name":"x","\\u0063onstructor":{"prototype":{"polluted":true}}}`,
      ],
    ])("refuses a body with %s, saying what is refused and why", async (_label, key, body) => {
      const res = await t.call({ method: "POST", url: "/api/v1/categories", ...json(body) });
      expect(res.statusCode).toBe(400);
      expect(res.data.error.message).toContain(`the key ${key} is refused`);
      expect(res.data.error.message).toContain("prototype");
      expect(res.data.error.message).not.toContain("not valid JSON");
    });

    it("still calls a body that is not JSON at all not valid JSON", async () => {
      const res = await t.call({ method: "POST", url: "/api/v1/categories", ...json(`{"name":`) });
      expect(res.statusCode).toBe(400);
      expect(res.data.error).toMatchObject({
        code: "malformed_body",
        message: expect.stringContaining("not valid JSON"),
      });
    });
  });

  describe("paths", () => {
    it("answers an over-long path segment with 414 in Carousel's error shape", async () => {
      const res = await t.call({
        method: "POST",
        url: `/api/v1/leads/${"x".repeat(500)}/stage`,
        headers: admin,
        payload: { stage: "contacted" },
      });
      expect(res.statusCode).toBe(414);
      expect(res.data.error).toMatchObject({ code: "uri_too_long", retry: false });
      expect(res.body).not.toContain("FST_");
    });

    it("answers a path that is not UTF-8 with 400 in Carousel's error shape", async () => {
      const res = await t.call({ method: "GET", url: "/api/v1/leads/ld_%ED%A0%80", headers: admin });
      expect(res.statusCode).toBe(400);
      expect(res.data.error).toMatchObject({ code: "bad_request", retry: false });
      expect(res.body).not.toContain("FST_");
    });

    it("answers a URL beyond the header size limit in Carousel's error shape", async () => {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const { port } = t.app.server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: "127.0.0.1", port, path: `/api/v1/leads?q=${"x".repeat(20_000)}` },
          (res) => {
            let body = "";
            res.on("data", (c: Buffer) => (body += c.toString()));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(answer.status).toBe(431);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: "headers_too_large", message: expect.any(String), details: [], retry: false },
      });
    });
  });

  describe("query parameters", () => {
    it("refuses a consent key named like an object's own property as an unknown consent field", async () => {
      const { source } = await givenIntake(t);
      for (const key of ["hasOwnProperty", "toString", "valueOf"]) {
        const res = await postLead(t, source.intakeKey, { ...aLead(), consent: { text: "Yes", [key]: "" } });
        expect(res.statusCode).toBe(422);
        expect(res.data.error.details).toEqual([
          expect.objectContaining({ field: `consent.${key}`, code: "unknown_field" }),
        ]);
      }
    });

    it("answers a value outside an enum with one message listing the allowed values", async () => {
      const res = await t.call({
        method: "GET",
        url: "/api/v1/reports/summary?groupBy=agent",
        headers: admin,
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        {
          field: "groupBy",
          code: "enum",
          message: "groupBy must be one of day, hour, source, category, recipient, state",
        },
      ]);
    });

    it("refuses a summary whose from is after its to with 422", async () => {
      const res = await t.call({
        method: "GET",
        url: "/api/v1/reports/summary?from=2026-02-01&to=2026-01-01",
        headers: admin,
      });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([expect.objectContaining({ field: "from" })]);
    });
  });

  it("takes a DELETE that declares a JSON content type and sends no body", async () => {
    const created = await t.call({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: admin,
      payload: { url: "https://example.com/hook", events: ["received"] },
    });
    expect(created.statusCode).toBe(201);
    const res = await t.call({
      method: "DELETE",
      url: `/api/v1/webhooks/${created.data.id}`,
      headers: { ...admin, "content-type": "application/json" },
    });
    expect(res.statusCode).toBeLessThan(300);
  });

  it("still refuses an empty JSON body where the route needs one", async () => {
    const res = await t.call({ method: "POST", url: "/api/v1/categories", ...json("") });
    expect(res.statusCode).toBe(400);
    expect(res.data.error.code).toBe("malformed_body");
  });
});
