import { describe, expect, it } from "vitest";
import { BASE_DELAY_MS, MAX_DELAY_MS, retryDelayMs } from "../../src/domain/delivery/backoff.js";
import { encodeBody, fillTemplate, mapFields } from "../../src/domain/delivery/payload.js";
import { jsonPath, judgeResponse } from "../../src/domain/delivery/response.js";

describe("rendering what a receiver gets", () => {
  const fields = { id: "lead_1", firstName: "Ada", lastName: "King", creditScore: 710, homeowner: true };

  it("sends every field under its own name unless a mapping names exactly which", () => {
    expect(mapFields(fields, undefined)).toBe(fields);
    expect(
      mapFields(fields, [
        { name: "first", from: "firstName" },
        { name: "creditScore" },
        { name: "vendor", value: 7 },
        { name: "who", template: "{{ firstName }} {{lastName}} ({{missing}})" },
        { name: "gone", from: "nothing" },
      ]),
    ).toEqual({ first: "Ada", creditScore: 710, vendor: 7, who: "Ada King ()", gone: null });
  });

  it("escapes template values with the escaper it is given", () => {
    expect(fillTemplate("<b>{{x}}</b>", { x: "a<b>&" }, (s) => s.replace(/</g, "&lt;"))).toBe(
      "<b>a&lt;b>&</b>",
    );
  });

  it("encodes JSON, XML with one escaped element per field, and name-value pairs", () => {
    const f = { name: `O'Neil & <Sons>`, n: 3, empty: null };
    expect(encodeBody("json", f)).toEqual({ contentType: "application/json", body: JSON.stringify(f) });
    expect(encodeBody("xml", f).body).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>\n<lead><name>O&apos;Neil &amp; &lt;Sons&gt;</name><n>3</n><empty/></lead>\n`,
    );
    expect(encodeBody("form", f)).toEqual({
      contentType: "application/x-www-form-urlencoded",
      body: "name=O%27Neil+%26+%3CSons%3E&n=3&empty=",
    });
  });
});

describe("judging a receiver's answer", () => {
  const at = (status: number, body = "") => ({ status, body });

  it("delivers on 2xx, rejects on 4xx but 408 and 429, and retries everything else", () => {
    expect(judgeResponse(at(204), {})).toEqual({ kind: "delivered" });
    expect(judgeResponse(at(400, "bad zip"), {})).toEqual({ kind: "rejected", reason: "HTTP 400: bad zip" });
    for (const status of [408, 429, 500, 503, 302, 101])
      expect(judgeResponse(at(status), {}).kind).toBe("retry");
  });

  it("follows the success rule's statuses and body match", () => {
    const rules = { success: { status: [200], body: { jsonPath: "$.result.ok", equals: "yes" } } };
    expect(judgeResponse(at(200, '{"result":{"ok":"yes"}}'), rules).kind).toBe("delivered");
    expect(judgeResponse(at(201, '{"result":{"ok":"yes"}}'), rules).kind).toBe("retry");
    expect(judgeResponse(at(200, '{"result":{"ok":"no"}}'), rules)).toEqual({
      kind: "retry",
      reason: "HTTP 200: the body does not match the success rule",
    });
    expect(judgeResponse(at(200, "not json"), rules).kind).toBe("retry");
  });

  it("takes a reject rule's match as a rejection whatever the status, with the named reason", () => {
    const rules = { reject: { body: { regex: "duplicate|rejected" }, reasonPath: "why" } };
    expect(judgeResponse(at(200, '{"status":"duplicate","why":"seen"}'), rules)).toEqual({
      kind: "rejected",
      reason: "seen",
    });
    expect(judgeResponse(at(500, "rejected"), rules)).toEqual({
      kind: "rejected",
      reason: "HTTP 500: rejected",
    });
    expect(judgeResponse(at(503, "busy"), { reject: { status: [503] } }).kind).toBe("rejected");
  });

  it("reads an external id and a price from a delivered answer", () => {
    const read = { externalId: { regex: "ref=(\\w+)" }, price: { jsonPath: "$.bid" } };
    expect(judgeResponse(at(200, '{"bid":"12.345","x":"ref=AB1"}'), { read })).toEqual({
      kind: "delivered",
      externalId: "AB1",
      priceCents: 1235,
    });
    expect(judgeResponse(at(200, "{}"), { read })).toEqual({ kind: "delivered" });
  });

  it("finds JSON path values by dots and indices", () => {
    const v = { a: { b: [{ c: 1 }, { c: 2 }] } };
    expect(jsonPath(v, "$.a.b[1].c")).toBe(2);
    expect(jsonPath(v, "a.b.0.c")).toBe(1);
    expect(jsonPath(v, "$.a.x.y")).toBeUndefined();
  });
});

describe("backoff", () => {
  it("waits between a second and a ceiling that doubles with each try, up to an hour", () => {
    expect(retryDelayMs(1, () => 0)).toBe(1000);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThan(BASE_DELAY_MS);
    expect(retryDelayMs(3, () => 0.999999)).toBeGreaterThan(2 * BASE_DELAY_MS);
    expect(retryDelayMs(3, () => 0.999999)).toBeLessThan(4 * BASE_DELAY_MS);
    expect(retryDelayMs(30, () => 0.999999)).toBeLessThan(MAX_DELAY_MS);
    expect(retryDelayMs(30, () => 0.999999)).toBeGreaterThan(MAX_DELAY_MS - 10_000);
  });
});
