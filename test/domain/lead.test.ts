import { describe, expect, it } from "vitest";
import type { Category, FieldSpec } from "../../src/domain/category.js";
import { dedupeValues, normalizeLead } from "../../src/domain/lead.js";

const NOW = Date.parse("2025-03-14T15:00:00Z");
const ctx = { ip: "203.0.113.7", now: NOW };

/** normalizeLead reads only these parts of a category. */
type IntakeCategory = Pick<Category, "key" | "name" | "fields" | "dedupe" | "unknownFields" | "createdAt">;

function aCategory(overrides: Partial<IntakeCategory> = {}): Category {
  const category: IntakeCategory = {
    key: "home",
    name: "Home improvement",
    fields: [
      { key: "creditScore", type: "number" },
      { key: "product", type: "enum", options: ["roofing", "solar", "5"] },
      { key: "homeowner", type: "boolean" },
      { key: "notes", type: "string" },
    ],
    dedupe: { keys: ["email", "phone"], windowDays: 30 },
    unknownFields: "reject",
    createdAt: 0,
    ...overrides,
  };
  return category as Category;
}

function accepted(input: Record<string, unknown>, category = aCategory()) {
  const result = normalizeLead(input, category, ctx);
  if (!result.ok) throw new Error(`expected the lead to be accepted: ${JSON.stringify(result.errors)}`);
  return result.lead;
}

function rejected(input: Record<string, unknown>, category = aCategory()) {
  const result = normalizeLead(input, category, ctx);
  if (result.ok) throw new Error(`expected the lead to be rejected: ${JSON.stringify(result.lead)}`);
  return result.errors;
}

const failing = (input: Record<string, unknown>, category?: Category) =>
  rejected(input, category).map((e) => `${e.field}:${e.code}`);

const withField = (spec: FieldSpec) => aCategory({ fields: [spec] });

describe("normalizing a lead's email", () => {
  it("trims and lower-cases it", () => {
    expect(accepted({ email: "  Grace.Hopper@Example.COM \t" }).contact.email).toBe(
      "grace.hopper@example.com",
    );
  });

  it.each(["not-an-email", "a@b", "a b@example.com", "a@@example.com", "<a>@example.com", "a@example.c"])(
    "rejects %j as not an address",
    (email) => {
      expect(failing({ email })).toEqual(["email:invalid"]);
    },
  );

  it("rejects an address longer than 254 characters", () => {
    expect(failing({ email: `${"a".repeat(250)}@example.com` })).toEqual(["email:too_long"]);
  });

  it("needs an email or a phone number, and one is enough", () => {
    expect(failing({ firstName: "Ada" })).toEqual(["email:required"]);
    expect(accepted({ phone: "515-243-1234" }).contact.email).toBeNull();
    expect(accepted({ email: "ada@example.com" }).contact.phone).toBeNull();
  });

  it("does not also ask for an email or phone when the one given is invalid", () => {
    expect(failing({ phone: "12" })).toEqual(["phone:invalid"]);
  });
});

describe("normalizing a lead's phone number", () => {
  it.each([
    ["(515) 243-1234", "+15152431234"],
    ["515.243.1234", "+15152431234"],
    ["+1 515 243 1234", "+15152431234"],
    ["1-515-243-1234", "+15152431234"],
  ])("writes the US number %j in E.164 as %s", (phone, e164) => {
    expect(accepted({ phone }).contact.phone).toBe(e164);
  });

  it("reads a number sent as a JSON number", () => {
    expect(accepted({ phone: 5152431234 }).contact.phone).toBe("+15152431234");
  });

  it("reads a national number in the lead's own country", () => {
    expect(accepted({ phone: "020 7946 0958", country: "gb" }).contact).toMatchObject({
      phone: "+442079460958",
      country: "GB",
    });
    expect(accepted({ phone: "0412 345 678", country: "AU" }).contact.phone).toBe("+61412345678");
  });

  it("keeps an international number whatever the lead's country", () => {
    expect(accepted({ phone: "+44 20 7946 0958" }).contact.phone).toBe("+442079460958");
  });

  it.each(["12", "555-0000", "not a phone", "+1 999 999 9999"])("rejects %j", (phone) => {
    expect(failing({ phone })).toEqual(["phone:invalid"]);
  });
});

describe("normalizing a lead's address", () => {
  it("resolves a US ZIP+4 to the 5-digit ZIP, its city, state and position", () => {
    const { contact } = accepted({ email: "a@example.com", zip: "50309-1234" });
    expect(contact).toMatchObject({ zip: "50309", city: "Des Moines", state: "IA", country: "US" });
    expect(contact.lat).toBeCloseTo(41.5887, 3);
    expect(contact.lon).toBeCloseTo(-93.6212, 3);
    expect(accepted({ email: "a@example.com", zip: "503091234" }).contact.zip).toBe("50309");
  });

  it("keeps a ZIP's leading zero and a city the lead gave", () => {
    expect(accepted({ email: "a@example.com", zip: "02134", city: "Boston" }).contact).toMatchObject({
      zip: "02134",
      city: "Boston",
      state: "MA",
    });
  });

  it("keeps a well-formed ZIP it does not know, without a position", () => {
    expect(accepted({ email: "a@example.com", zip: "00000" }).contact).toMatchObject({
      zip: "00000",
      state: null,
      lat: null,
    });
  });

  it.each(["ABCDE", "1234", "123456", "50309-12"])("rejects the US ZIP %j", (zip) => {
    expect(failing({ email: "a@example.com", zip })).toEqual(["zip:invalid"]);
  });

  it.each([
    ["ia", "IA"],
    ["Iowa", "IA"],
    ["  new   YORK ", "NY"],
    ["District of Columbia", "DC"],
    ["Puerto Rico", "PR"],
  ])("writes the state %j as %s", (state, code) => {
    expect(accepted({ email: "a@example.com", state }).contact.state).toBe(code);
  });

  it("rejects a US state it does not know", () => {
    expect(failing({ email: "a@example.com", state: "Narnia" })).toEqual(["state:invalid"]);
  });

  it("keeps a non-US region and postal code as given, upper-cased, without a lookup", () => {
    expect(
      accepted({ email: "a@example.com", country: "CA", state: "on", zip: "k1a 0b1" }).contact,
    ).toMatchObject({ country: "CA", state: "ON", zip: "K1A 0B1", lat: null });
  });

  it("rejects a country that is not a two-letter code", () => {
    expect(failing({ email: "a@example.com", country: "U1" })).toEqual(["country:invalid"]);
    expect(failing({ email: "a@example.com", country: "USA" })).toEqual(["country:too_long"]);
  });

  it("trims names and collapses the whitespace inside them", () => {
    expect(
      accepted({ email: "a@example.com", firstName: "  Mary \t Ann ", lastName: "\nShelley " }).contact,
    ).toMatchObject({ firstName: "Mary Ann", lastName: "Shelley" });
  });

  it("collapses every kind of space, one or many, to one, and leaves text with single spaces as sent", () => {
    expect(
      accepted({
        email: "a@example.com",
        firstName: "Mary\u00a0Ann",
        lastName: "de  la\u3000Mare",
        address: " 12  Main\u2028St ",
        city: "Salt Lake City",
      }).contact,
    ).toMatchObject({
      firstName: "Mary Ann",
      lastName: "de la Mare",
      address: "12 Main St",
      city: "Salt Lake City",
    });
  });

  it("stores a blank name as no name", () => {
    expect(accepted({ email: "a@example.com", firstName: "   " }).contact.firstName).toBeNull();
  });
});

describe("capturing consent", () => {
  it("records the text, the page and the caller's IP, at the time of intake when no time is given", () => {
    const lead = accepted({
      email: "a@example.com",
      consentText: "I agree to be called",
      consentPageUrl: "https://example.com/quote",
    });
    expect(lead.consent).toEqual({
      text: "I agree to be called",
      at: NOW,
      ip: "203.0.113.7",
      pageUrl: "https://example.com/quote",
    });
  });

  it("reads a consent object with a timestamp in the past", () => {
    const lead = accepted({
      email: "a@example.com",
      consent: { text: "Yes", at: "2025-03-14T14:59:00Z", pageUrl: "http://example.com/" },
    });
    expect(lead.consent).toMatchObject({ text: "Yes", at: Date.parse("2025-03-14T14:59:00Z") });
    expect(
      accepted({ email: "a@example.com", consent: { text: "Yes", timestamp: NOW - 1000 } }).consent?.at,
    ).toBe(NOW - 1000);
  });

  it("records no consent when none was sent", () => {
    expect(accepted({ email: "a@example.com" }).consent).toBeNull();
  });

  it("rejects a consent time in the future, a page that is not http(s), an unknown consent field", () => {
    expect(
      failing({
        email: "a@example.com",
        consent: { text: "Yes", at: NOW + 3_600_000, pageUrl: "javascript:alert(1)", signature: "x" },
      }).sort(),
    ).toEqual(["consent.signature:unknown_field", "consentAt:invalid", "consentPageUrl:invalid"]);
    expect(failing({ email: "a@example.com", consentText: "Yes", consentAt: "yesterday-ish" })).toEqual([
      "consentAt:invalid",
    ]);
    // A consent key named like an object's own property is a consent field like any other unknown one.
    expect(failing({ email: "a@example.com", consent: { text: "Yes", toString: "x" } })).toEqual([
      "consent.toString:unknown_field",
    ]);
  });

  it("requires the consent text when a consent page or time is given", () => {
    expect(failing({ email: "a@example.com", consentPageUrl: "https://example.com/" })).toEqual([
      "consentText:required",
    ]);
    expect(failing({ email: "a@example.com", consentAt: NOW })).toEqual(["consentText:required"]);
  });
});

describe("reading a category's custom fields", () => {
  it("coerces numbers, booleans and enum values sent as strings, as forms and XML send them", () => {
    const lead = accepted({
      email: "a@example.com",
      creditScore: " 705 ",
      homeowner: "Yes",
      product: " solar ",
      notes: 42,
    });
    expect(lead.fields).toEqual({ creditScore: 705, homeowner: true, product: "solar", notes: "42" });
  });

  it.each([
    ["true", true],
    ["1", true],
    ["on", true],
    ["false", false],
    ["0", false],
    ["no", false],
    ["OFF", false],
  ])("reads the boolean %j as %s", (raw, value) => {
    expect(accepted({ email: "a@example.com", homeowner: raw }).fields["homeowner"]).toBe(value);
  });

  it("reads an enum option sent as a JSON number", () => {
    expect(accepted({ email: "a@example.com", product: 5 }).fields["product"]).toBe("5");
  });

  it("leaves out the custom fields that were not sent or sent blank", () => {
    expect(accepted({ email: "a@example.com", creditScore: "", product: null }).fields).toEqual({});
  });

  it("takes custom fields nested under `fields` as well as at the top level", () => {
    expect(accepted({ email: "a@example.com", fields: { creditScore: 640 } }).fields).toEqual({
      creditScore: 640,
    });
  });

  it("lists every failing field at once", () => {
    const category = aCategory({
      fields: [
        { key: "creditScore", type: "number", required: true },
        { key: "product", type: "enum", options: ["roofing"] },
        { key: "homeowner", type: "boolean" },
        { key: "ref", type: "string", pattern: "^[A-Z]{3}-\\d+$" },
      ],
    });
    expect(
      failing(
        { email: "nope", product: "boats", homeowner: "maybe", ref: "abc-1", creditScore: "lots" },
        category,
      ).sort(),
    ).toEqual([
      "creditScore:invalid",
      "email:invalid",
      "homeowner:invalid",
      "product:invalid",
      "ref:invalid",
    ]);
    expect(failing({ email: "a@example.com" }, category)).toEqual(["creditScore:required"]);
  });

  it.each([[["solar", "roofing"]], [{ value: 1 }], [true]])(
    "rejects %j where a string is expected",
    (raw) => {
      expect(failing({ email: "a@example.com", notes: raw })).toEqual(["notes:invalid"]);
    },
  );

  it.each(["Infinity", "NaN", "12abc", "1,000"])("rejects the number %j", (creditScore) => {
    expect(failing({ email: "a@example.com", creditScore })).toEqual(["creditScore:invalid"]);
  });

  it("checks a string field against its pattern", () => {
    const category = withField({ key: "ref", type: "string", pattern: "^[A-Z]{3}-\\d+$" });
    expect(accepted({ email: "a@example.com", ref: "ABC-12" }, category).fields).toEqual({ ref: "ABC-12" });
  });

  it("rejects a custom string longer than 1000 characters", () => {
    expect(failing({ email: "a@example.com", notes: "x".repeat(1001) })).toEqual(["notes:invalid"]);
    expect(accepted({ email: "a@example.com", notes: "x".repeat(1000) }).fields["notes"]).toHaveLength(1000);
  });
});

describe("fields the category does not define", () => {
  it("are rejected by default, each named", () => {
    expect(failing({ email: "a@example.com", gclid: "abc", visits: 3 }).sort()).toEqual([
      "gclid:unknown_field",
      "visits:unknown_field",
    ]);
  });

  it("are kept when the category says so, if they are short scalars with a plain name", () => {
    const keep = aCategory({ unknownFields: "keep" });
    expect(accepted({ email: "a@example.com", gclid: " abc ", visits: 3, vip: false }, keep).fields).toEqual({
      gclid: "abc",
      visits: 3,
      vip: false,
    });
    expect(
      failing(
        { email: "a@example.com", "my field": "x", nested: { a: 1 }, long: "x".repeat(1001) },
        keep,
      ).sort(),
    ).toEqual(["long:invalid", "my field:invalid", "nested:invalid"]);
  });

  it("never touch the prototype of what is built, whatever the key", () => {
    const input = JSON.parse('{"email":"a@example.com","__proto__":{"polluted":true},"constructor":"x"}');
    expect(failing(input).sort()).toEqual(["__proto__:unknown_field", "constructor:unknown_field"]);
    const kept = accepted(
      JSON.parse('{"email":"a@example.com","constructor":"x"}'),
      aCategory({ unknownFields: "keep" }),
    );
    expect(kept.fields["constructor"]).toBe("x");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });

  it("are refused in the order the body lists them, numeric names first as in any JSON object", () => {
    const result = normalizeLead(
      { email: "a@example.com", zeta: 1, fields: { "10": "x", alpha: 2, "2": "y" }, beta: 3 },
      aCategory(),
      ctx,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(["2", "10", "zeta", "alpha", "beta"]);
  });

  it("do not include the intake key and redirect a form sends along", () => {
    const lead = accepted({ email: "a@example.com", intakeKey: "ik_x", redirect: "https://example.com/" });
    expect(lead.fields).toEqual({});
  });

  it("do not include the UTM attribution, which is kept apart", () => {
    expect(accepted({ email: "a@example.com", utmSource: " google ", utmCampaign: "spring" })).toMatchObject({
      fields: {},
      attribution: { utmSource: "google", utmCampaign: "spring" },
    });
  });
});

describe("hostile text", () => {
  it.each([
    ["NUL", "\u0000"],
    ["BEL", "\u0007"],
    ["ESC (a terminal escape)", "\u001b[31m"],
    ["DEL", "\u007f"],
    ["NEL", "\u0085"],
    ["CSI", "\u009b"],
  ])("rejects a name with the control character %s", (_name, c) => {
    expect(failing({ email: "a@example.com", firstName: `Ada${c}` })).toEqual(["firstName:invalid"]);
  });

  it("rejects control characters in custom fields, kept unknown fields and consent text", () => {
    expect(
      failing(
        { email: "a@example.com", notes: "a\u0000b", extra: "x\u0001", consentText: "ok\u0008" },
        aCategory({ unknownFields: "keep" }),
      ).sort(),
    ).toEqual(["consentText:invalid", "extra:invalid", "notes:invalid"]);
  });

  it("keeps SQL-ish text, markup, right-to-left text and emoji exactly as sent", () => {
    const lead = accepted({
      email: "a@example.com",
      firstName: "Robert'); DROP TABLE leads;--",
      lastName: "<script>alert(1)</script>",
      city: "القاهرة",
      notes: "👩‍👩‍👧 ok",
    });
    expect(lead.contact).toMatchObject({
      firstName: "Robert'); DROP TABLE leads;--",
      lastName: "<script>alert(1)</script>",
      city: "القاهرة",
    });
    expect(lead.fields["notes"]).toBe("👩‍👩‍👧 ok");
  });

  it("rejects text that is not well-formed Unicode, which no store can keep as sent", () => {
    expect(failing({ email: "a@example.com", firstName: "Ada\ud800" })).toEqual(["firstName:invalid"]);
    expect(failing({ email: "a@example.com", notes: "\udc00x" })).toEqual(["notes:invalid"]);
  });

  it.each([
    ["firstName", 200],
    ["lastName", 200],
    ["city", 200],
    ["address", 1000],
    ["utmSource", 200],
    ["consentText", 4000],
  ])("limits %s to %i characters", (field, limit) => {
    expect(accepted({ email: "a@example.com", [field]: "x".repeat(limit) })).toBeTruthy();
    expect(failing({ email: "a@example.com", [field]: "x".repeat(limit + 1) })).toEqual([
      `${field}:too_long`,
    ]);
  });

  it("rejects a contact field sent as a number, an array or an object", () => {
    expect(failing({ email: ["a@example.com"], firstName: 7, lastName: { x: 1 } }).sort()).toEqual([
      "email:type",
      "firstName:type",
      "lastName:type",
    ]);
  });
});

describe("dedupe values", () => {
  it("are the normalized email and phone the policy names, and only those present", () => {
    const lead = accepted({ email: "A@Example.com", phone: "(515) 243-1234" });
    expect(dedupeValues(lead, ["email", "phone"])).toEqual([
      { kind: "email", value: "a@example.com" },
      { kind: "phone", value: "+15152431234" },
    ]);
    expect(dedupeValues(lead, ["phone"])).toEqual([{ kind: "phone", value: "+15152431234" }]);
    expect(dedupeValues(accepted({ email: "b@example.com" }), ["email", "phone"])).toEqual([
      { kind: "email", value: "b@example.com" },
    ]);
  });
});
