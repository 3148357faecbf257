import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT } from "../../src/http/server.js";
import { admin, ADMIN_TOKEN, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, givenSource } from "../support/fixtures.js";
import { CONTENT_TYPES, hostileString, objectJsonOf, PROTO_KEYS, valueAmong } from "../support/hostile.js";
import { expectRefusal } from "../support/refusals.js";

const RUNS = 200;

/**
 * Every lead of the fuzzed category must carry this value, which no generator makes: so
 * whatever a generator sends, no lead is ever valid, and any 201 is a bug.
 */
const SENTINEL = `never-generated-${randomUUID()}`;

const CONTACT_KEYS = "firstName lastName email phone address city state zip country".split(" ");
const LEAD_KEYS = [
  ...CONTACT_KEYS,
  "consentText",
  "consentAt",
  "consentPageUrl",
  "consent",
  "fields",
  "intakeKey",
  "redirect",
  "utmSource",
  "utmCampaign",
  "creditScore",
  "product",
  "homeowner",
  "notes",
  "campaignCode",
];
const anyKey = fc.oneof(
  fc.constantFrom(...LEAD_KEYS),
  fc.constantFrom(...PROTO_KEYS),
  fc.string({ maxLength: 20 }),
  hostileString,
);
const anyValue = valueAmong(
  ["a@example.com", "515-243-1234", "50309", "IA", "solar", "true", "https://example.com/"],
  [...LEAD_KEYS, ...PROTO_KEYS],
);
const leadishJson = objectJsonOf(anyKey, anyValue, 12);

const deeplyNested = fc
  .record({
    depth: fc.integer({ min: 50, max: 12_000 }),
    open: fc.constantFrom("[", '{"a":', '{"__proto__":', '[{"fields":'),
    field: fc.constantFrom(...LEAD_KEYS),
  })
  .map(({ depth, open, field }) => {
    const close = [...open].filter((c) => c === "[" || c === "{").map((c) => (c === "[" ? "]" : "}"));
    const inner = `${open.repeat(depth)}1${close.reverse().join("").repeat(depth)}`;
    return `{"email":"deep@example.com","${field}":${inner}}`;
  });

/** A JSON lead padded to within a few hundred bytes either side of the body limit. */
const nearTheLimit = fc
  .record({
    bytes: fc.integer({ min: BODY_LIMIT - 300, max: BODY_LIMIT + 300 }),
    filler: fc.constantFrom("x", "é", "😀", " ", "\\u0000"),
    field: fc.constantFrom(...LEAD_KEYS, "unknownThing"),
  })
  .map(({ bytes, filler, field }) => {
    const head = `{"email":"big@example.com","${field}":"`;
    const room = bytes - Buffer.byteLength(head) - 2;
    const unit = filler.startsWith("\\") ? filler.length : Buffer.byteLength(filler);
    return `${head}${filler.repeat(Math.max(0, Math.floor(room / unit)))}"}`;
  });

const jsonBodies = fc.oneof(
  { weight: 3, arbitrary: leadishJson },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: nearTheLimit },
);

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const xmlOf = (fields: Record<string, unknown>) =>
  `<?xml version="1.0"?><lead>${Object.entries(fields)
    .map(([k, v]) => `<${k}>${xmlEscape(String(v))}</${k}>`)
    .join("")}</lead>`;
const formOf = (fields: Record<string, unknown>) =>
  new URLSearchParams(Object.entries(fields).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** Well-formed bodies of every kind, for mutation: bytes flipped, inserted, dropped, cut. */
const SEEDS = [
  JSON.stringify(aLead()),
  formOf(aLead()),
  xmlOf(aLead()),
  `<lead><consent><text>ok</text></consent><email>x@example.com</email></lead>`,
];
const mutatedBody = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        op: fc.constantFrom("replace", "insert", "delete", "cut"),
        byte: fc.integer({ min: 0, max: 255 }),
      }),
      { minLength: 1, maxLength: 8 },
    ),
  })
  .map(({ seed, edits }) => {
    const bytes = [...Buffer.from(seed)];
    for (const { at, op, byte } of edits) {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      if (op === "replace") bytes[i] = byte;
      else if (op === "insert") bytes.splice(i, 0, byte);
      else if (op === "delete") bytes.splice(i, 1);
      else bytes.length = i;
    }
    return Buffer.from(bytes);
  });

const XML_TAGS = fc.constantFrom(...LEAD_KEYS, ...PROTO_KEYS, "lead", "a", "x:lead", "lead xmlns='urn:x'");
const hostileXml = fc.oneof(
  fc.constantFrom(
    '<!DOCTYPE lead [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><lead><email>&b;</email></lead>',
    '<?xml version="1.0"?><!DOCTYPE lead [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><lead><email>&xxe;</email></lead>',
    '<!DOCTYPE lead [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x.dtd"> %p;]><lead/>',
    '<!doctype lead SYSTEM "http://127.0.0.1:1/lead.dtd"><lead><email>a@example.com</email></lead>',
    "<lead><email>a@example.com</email>",
    "<lead><email>a@example.com</lead></email>",
    "<lead></lead><lead></lead>",
    "<lead>just text</lead>",
    "<lead><email>a@example.com</email><email>b@example.com</email></lead>",
    "<lead><__proto__><polluted>yes</polluted></__proto__><email>a@example.com</email></lead>",
    "<lead><constructor><prototype><polluted>yes</polluted></prototype></constructor></lead>",
    "<lead><email><![CDATA[<a@example.com>]]></email></lead>",
    "<lead><?php echo 1; ?><email>a@example.com</email></lead>",
    "<lead><!-- <email>hidden@example.com</email> --></lead>",
    '<lead email="attr@example.com" />',
    "<lead><email>&unknown;</email></lead>",
    "<lead><email>&#0;&#x1F;&#xD800;</email></lead>",
    "<?xml version='1.0' encoding='UTF-16'?><lead/>",
    "",
    "<",
    "<lead",
  ),
  fc.tuple(XML_TAGS, hostileString).map(([tag, text]) => `<lead><${tag}>${text}</${tag}></lead>`),
  fc.tuple(XML_TAGS, hostileString).map(([tag, text]) => `<lead><${tag}>${xmlEscape(text)}</${tag}></lead>`),
  fc
    .record({ depth: fc.integer({ min: 10, max: 6000 }), tag: XML_TAGS })
    .map(({ depth, tag }) => `<lead>${`<${tag}>`.repeat(depth)}x${`</${tag}>`.repeat(depth)}</lead>`),
  fc
    .array(fc.tuple(anyKey, anyValue), { maxLength: 8 })
    .map(
      (entries) =>
        `<lead>${entries.map(([k, v]) => `<${k}>${typeof v === "string" ? xmlEscape(v) : JSON.stringify(v)}</${k}>`).join("")}</lead>`,
    ),
);

interface Counts {
  leads: number;
  lead_events: number;
  dedupe_keys: number;
}

async function rowCounts(t: TestApp): Promise<Counts> {
  const count = async (table: keyof Counts) =>
    Number(
      (
        await t.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    leads: await count("leads"),
    lead_events: await count("lead_events"),
    dedupe_keys: await count("dedupe_keys"),
  };
}

/** What a store keeps of a string it was sent as text (forms and XML travel as UTF-8). */
const asUtf8 = (s: string) => Buffer.from(s, "utf8").toString("utf8");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();
/** Characters no lead field may hold whatever whitespace handling does to them first. */
const NEVER_STORED =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe.each(ENGINES)("hostile intake on %s", (engine) => {
  let t: TestApp;
  let intakeKey: string;
  let disabledKey: string;
  let before: Counts;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    // Hundreds of wrong intake keys from one address: the refusals tested here, not the limit on them.
    t = await startTestApp(engine, { rateLimits: { failedAuthPerMinute: 1_000_000 } });
    const { category, source } = await givenIntake(t, {
      fields: [
        { key: "creditScore", type: "number" },
        { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
        { key: "homeowner", type: "boolean" },
        { key: "notes", type: "string" },
        { key: "campaignCode", type: "enum", options: [SENTINEL], required: true },
      ],
    });
    intakeKey = source.intakeKey;
    disabledKey = (await givenSource(t, category.key, { enabled: false })).intakeKey;
    before = await rowCounts(t);
  });
  afterAll(async () => t.close());

  const post = (payload: string | Buffer, contentType: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: "POST",
      url: "/api/v1/leads",
      headers: {
        "x-intake-key": intakeKey,
        ...(contentType ? { "content-type": contentType } : {}),
        ...headers,
      },
      payload,
    });

  /** After each property: still healthy, nothing stored, nothing polluted. */
  async function expectUnharmed(): Promise<void> {
    const health = await t.app.inject({ method: "GET", url: "/health" });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: "ok" });
    expect(await rowCounts(t)).toEqual(before);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  }

  it("refuses arbitrary JSON: wrong types, prototype keys, deep nesting, bodies near the size limit", async () => {
    await fc.assert(
      fc.asyncProperty(jsonBodies, async (body) => {
        const res = await post(body, "application/json");
        expectRefusal(res);
        if (Buffer.byteLength(body) > BODY_LIMIT) expect(res.statusCode).toBe(413);
      }),
      { numRuns: RUNS },
    );
    await expectUnharmed();
  });

  it("refuses random and mangled bytes under every content type", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }).map((b) => Buffer.from(b)),
      mutatedBody,
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CONTENT_TYPES), bytes, async (contentType, body) => {
        expectRefusal(await post(body, contentType));
      }),
      { numRuns: RUNS },
    );
    await expectUnharmed();
  });

  it("refuses malformed XML, XML with a DOCTYPE or entities, and XML with hostile elements", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("application/xml", "text/xml"),
        hostileXml,
        async (contentType, body) => {
          const res = await post(body, contentType);
          expectRefusal(res);
          if (/<!DOCTYPE|<!ENTITY/i.test(body)) expect(res.statusCode).toBe(400);
        },
      ),
      { numRuns: RUNS },
    );
    await expectUnharmed();
  });

  it("refuses hostile form posts: repeated, prototype and hostile keys and values", async () => {
    const form = fc
      .array(fc.tuple(anyKey, hostileString), { maxLength: 12 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    await fc.assert(
      fc.asyncProperty(form, async (body) => {
        expectRefusal(await post(body, "application/x-www-form-urlencoded"));
      }),
      { numRuns: RUNS },
    );
    await expectUnharmed();
  });

  it("refuses a valid lead sent with a missing, wrong or disabled intake key", async () => {
    const printable = fc.string({
      unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
    });
    const wrongKey = fc.oneof(
      fc.constant({ header: undefined, field: undefined }),
      fc.constant({ header: "", field: undefined }),
      printable.map((k) => ({ header: k, field: undefined })),
      printable.map((k) => ({ header: undefined, field: k as unknown })),
      fc.constantFrom(
        { header: undefined, field: 42 as unknown },
        { header: undefined, field: [intakeKey, intakeKey] as unknown },
        { header: undefined, field: { key: intakeKey } as unknown },
        { header: undefined, field: null as unknown },
      ),
      fc
        .tuple(
          fc.nat(),
          printable.filter((s) => s.length > 0),
        )
        .map(([at, s]) => {
          const i = at % intakeKey.length;
          return { header: intakeKey.slice(0, i) + s + intakeKey.slice(i + 1), field: undefined };
        })
        .filter((k) => k.header !== intakeKey),
      fc.constantFrom(
        { header: intakeKey.toUpperCase(), field: undefined },
        { header: intakeKey.slice(0, -1), field: undefined },
        { header: `${intakeKey}x`, field: undefined },
        { header: `Bearer ${intakeKey}`, field: undefined },
        { header: ADMIN_TOKEN, field: undefined },
        { header: undefined, field: ` ${intakeKey}` },
        { header: "' OR 1=1 --", field: undefined },
      ),
      fc.constant({ header: disabledKey, field: undefined }),
      fc.constant({ header: undefined, field: disabledKey }),
    );
    await fc.assert(
      fc.asyncProperty(wrongKey, fc.constantFrom("json", "form"), async ({ header, field }, kind) => {
        const lead = {
          ...aLead(),
          campaignCode: SENTINEL,
          ...(field === undefined ? {} : { intakeKey: field }),
        };
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/leads",
          headers: {
            ...(header === undefined ? {} : { "x-intake-key": header }),
            ...(kind === "form" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
            authorization: admin.authorization,
          },
          payload: kind === "form" ? formOf(lead) : lead,
        });
        expectRefusal(res);
        const disabled = header === disabledKey || (header === undefined && field === disabledKey);
        expect(res.statusCode).toBe(disabled ? 403 : 401);
      }),
      { numRuns: RUNS },
    );
    await expectUnharmed();
  });
});

describe.each(ENGINES)("hostile text in otherwise valid leads on %s", (engine) => {
  let t: TestApp;
  let intakeKey: string;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const { source } = await givenIntake(t, {
      fields: [{ key: "notes", type: "string" }],
      dedupe: { keys: [], windowDays: 0 },
    });
    intakeKey = source.intakeKey;
  });
  afterAll(async () => t.close());

  const LIMITS: Record<string, number> = {
    firstName: 200,
    lastName: 200,
    city: 200,
    utmSource: 200,
    address: 1000,
    notes: 1000,
    consentText: 4000,
  };
  const TEXT_FIELDS = Object.keys(LIMITS);

  it("stores hostile text as sent (but for whitespace) or refuses it with 422 naming the field, changing nothing", async () => {
    const hostileLead = fc.record({
      texts: fc.dictionary(fc.constantFrom(...TEXT_FIELDS), hostileString, { minKeys: 1, maxKeys: 4 }),
      kind: fc.constantFrom("json", "form", "xml"),
    });
    await fc.assert(
      fc.asyncProperty(hostileLead, async ({ texts, kind }) => {
        const lead = { email: `hostile.${randomUUID()}@example.com`, ...texts };
        const sent =
          kind === "json" ? texts : Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, asUtf8(v)]));
        const countsBefore = await rowCounts(t);
        const res = await t.app.inject({
          method: "POST",
          url: "/api/v1/leads",
          headers: {
            "x-intake-key": intakeKey,
            "content-type": {
              json: "application/json",
              form: "application/x-www-form-urlencoded",
              xml: "application/xml",
            }[kind],
          },
          payload: kind === "json" ? JSON.stringify(lead) : kind === "form" ? formOf(lead) : xmlOf(lead),
        });
        const context = `${kind} ${JSON.stringify(texts)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
        const mustRefuse = Object.entries(sent).some(
          ([field, v]) => NEVER_STORED.test(v) || squash(v).length > LIMITS[field]!,
        );
        if (res.statusCode === 201) {
          expect(mustRefuse, context).toBe(false);
          const stored = (
            await t.app.inject({ method: "GET", url: `/api/v1/leads/${res.json().id}`, headers: admin })
          ).json();
          const values: Record<string, unknown> = {
            ...stored,
            ...stored.fields,
            ...stored.attribution,
            consentText: stored.consent?.text,
          };
          for (const [field, value] of Object.entries(sent)) {
            const kept = values[field];
            if (squash(value) === "") expect([null, undefined, ""], context).toContain(kept);
            else expect(squash(String(kept)), context).toBe(squash(value));
          }
          expect((await rowCounts(t)).leads, context).toBe(countsBefore.leads + 1);
        } else {
          expectRefusal(res);
          expect(res.statusCode, context).toBe(kind === "xml" && res.statusCode === 400 ? 400 : 422);
          const named = (res.json().error.details as { field: string }[]).map((d) => d.field);
          for (const field of named) expect([...TEXT_FIELDS, "body"], context).toContain(field);
          expect(await rowCounts(t), context).toEqual(countsBefore);
        }
      }),
      { numRuns: RUNS },
    );
    expect((await t.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
  });
});
