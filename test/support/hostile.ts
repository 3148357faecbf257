import fc from "fast-check";
import { sql } from "kysely";
import type { Store } from "../../src/store/store.js";
import type { InjectOptions } from "fastify";

/** Generators and checks for hostile requests, shared by the intake fuzz and the write-endpoint test. */

export const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"];

export const HOSTILE_STRINGS = [
  "'; DROP TABLE leads; --",
  "Robert'); DELETE FROM lead_events; --",
  "1' OR '1'='1",
  '" OR ""="',
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(document.cookie)",
  "\u202egnp.exe\u202c",
  "\u2066isolated\u2069 \u200f\u200e",
  "\u200b\u200c\u200d\ufeff",
  "👩‍👩‍👧‍👦 🏳️‍🌈 🇺🇸",
  "Z̴̡̪̫̖̥̔̿̃̈̏A̶̡̛̞̼͈̘̍L̵̨̺̹̝̈́̀G̸͍̖͊̊̒O̴̢̫͑",
  "مرحبا بالعالم",
  "\u0000",
  "a\u0000b",
  "\u0007\u0008",
  "\u001b[2J\u001b[H",
  "\u007f",
  "\u0085",
  "\u009b31m",
  "\r\n\r\nX-Injected: 1",
  "\t\v\f",
  "\ud800",
  "x\udfff",
  "\ud83d",
  "%00%0d%0a",
  "%s%s%n%x",
  "${7*7}{{7*7}}#{7*7}",
  "../../../../etc/passwd",
  "\\",
  "`",
  "null",
  "undefined",
  "NaN",
  "-Infinity",
  "1e309",
  "0x1F",
  "[]",
  "{}",
  "__proto__",
  " ",
  "",
  "ä".repeat(1001),
];

export const utf16 = fc.string({
  unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});
export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  utf16,
  fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), utf16).map(([a, b]) => a + b),
);
export const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=utf-8",
  "application/xml",
  "text/xml",
  "text/xml; charset=utf-16",
  "text/plain",
  "text/html",
  "multipart/form-data; boundary=----x",
  "application/octet-stream",
  "application/vnd.api+json",
  "image/png",
  "application/jsonx",
  "*/*",
  "garbage",
  "",
];

/** A stack frame or an internal path: nothing an answer may ever show. */
export const STACK_TRACE = /\bat (?:async )?\S+ \(|\bat \/|node_modules|\/src\/|\.(?:ts|js):\d+:\d+/;

export const anyKey = (known: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: known.length > 0 ? fc.constantFrom(...known) : fc.constant("name") },
    { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    { weight: 1, arbitrary: hostileString },
  );

/** Values of every kind: hostile text, plausible text, JSON, numbers, arrays and small objects. */
export const valueAmong = (plausible: readonly string[], objectKeys: readonly string[]) =>
  fc.oneof(
    hostileString,
    fc.constantFrom(...plausible),
    fc.jsonValue({ maxDepth: 3 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(hostileString, { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...objectKeys), hostileString, { maxKeys: 3 }),
  );

const anyValue = valueAmong(
  ["a@example.com", "515-243-1234", "50309", "IA", "agent", "round_robin", "https://example.com/"],
  ["key", "name", "url", ...PROTO_KEYS],
);

/** A JSON object written out by hand, so keys like `__proto__` and repeated keys reach the server as sent. */
export const objectJsonOf = (key: fc.Arbitrary<string>, value: fc.Arbitrary<unknown>, maxLength: number) =>
  fc
    .array(fc.tuple(key, value), { maxLength })
    .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`);

const objectJson = (known: readonly string[]) => objectJsonOf(anyKey(known), anyValue, 10);

/** A write operation of the OpenAPI document, as the hostile-input test drives it. */
export interface WriteOperation {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  /** The path as the document writes it, `/api/v1/leads/{id}`. */
  path: string;
  /** The top-level fields its JSON body declares, if any. */
  fields: string[];
  /** Whether it takes a source's intake key rather than a bearer token. */
  intake: boolean;
}

interface OpenApiOperation {
  security?: Record<string, unknown>[];
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/** Every POST, PUT, PATCH and DELETE the document lists: what others add later is covered too. */
export function writeOperations(doc: {
  paths: Record<string, Record<string, OpenApiOperation>>;
}): WriteOperation[] {
  const out: WriteOperation[] = [];
  for (const [path, operations] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(operations)) {
      const upper = method.toUpperCase();
      if (upper !== "POST" && upper !== "PUT" && upper !== "PATCH" && upper !== "DELETE") continue;
      const schema = op.requestBody?.content?.["application/json"]?.schema;
      out.push({
        method: upper,
        path,
        fields: Object.keys(schema?.properties ?? {}),
        intake: (op.security ?? []).some((s) => "intakeKey" in s),
      });
    }
  return out;
}

/** The callers and the real ids a hostile request may borrow, so not every request dies at a 401 or 404. */
export interface World {
  adminToken: string;
  /** Tokens of users who are not admins. */
  otherTokens: string[];
  intakeKeys: string[];
  /** Real values per path parameter name (`id`, `key`, `leadId`). */
  ids: Record<string, string[]>;
}

/** A path segment percent-encoded byte by byte; a lone surrogate goes as the bytes WTF-8 gives it. */
export function encodeSegment(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const bytes =
      c >= 0xd800 && c <= 0xdfff
        ? [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        : [...Buffer.from(ch, "utf8")];
    out += /^[A-Za-z0-9_.~-]$/.test(ch)
      ? ch
      : bytes.map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

const SEEDS = ['{"key":"a","name":"A"}', "key=a&name=A", "<lead><email>a@example.com</email></lead>", "{}"];
const mangled = fc
  .record({
    seed: fc.constantFrom(...SEEDS),
    edits: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 6,
    }),
  })
  .map(({ seed, edits }) => {
    const bytes = Buffer.from(seed);
    for (const { at, byte } of edits) bytes[at % bytes.length] = byte;
    return bytes;
  });

const bodyOf = (fields: readonly string[]): fc.Arbitrary<{ body?: string | Buffer; type?: string }> => {
  const json = (body: fc.Arbitrary<string | Buffer>) =>
    fc.tuple(body, fc.constantFrom(...CONTENT_TYPES.filter((c) => c.includes("json")))).map(([b, type]) => ({
      body: b,
      type,
    }));
  const field = fields.length > 0 ? fc.constantFrom(...fields) : fc.constant("name");
  return fc.oneof(
    { weight: 6, arbitrary: json(objectJson(fields)) },
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v))) },
    {
      weight: 1,
      arbitrary: json(
        fc
          .tuple(field, fc.integer({ min: 1000, max: 80_000 }), fc.constantFrom("x", "é", "\\u0000", "😀"))
          .map(([f, n, unit]) => `{"${f}":"${unit.repeat(Math.ceil(n / unit.length))}"}`),
      ),
    },
    {
      weight: 1,
      arbitrary: json(
        fc
          .tuple(fc.integer({ min: 50, max: 5000 }), fc.constantFrom("[", '{"a":', '{"__proto__":'))
          .map(([depth, open]) => `${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(depth)}`),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(
          fc.oneof(
            mangled,
            fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
          ),
          fc.constantFrom(...CONTENT_TYPES),
        )
        .map(([body, type]) => ({ body, type: type || undefined })),
    },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(anyKey(fields), hostileString), { maxLength: 8 }).map((pairs) => ({
        body: new URLSearchParams(pairs).toString(),
        type: "application/x-www-form-urlencoded",
      })),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );
};

/** A hostile request to `op`: hostile path ids, query, credentials, content type and body. */
export function hostileRequest(op: WriteOperation, world: World): fc.Arbitrary<InjectOptions> {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const segment = (name: string) => {
    const real = world.ids[name] ?? [];
    return fc.oneof(
      {
        weight: real.length > 0 ? 3 : 0,
        arbitrary: real.length > 0 ? fc.constantFrom(...real) : fc.constant("x"),
      },
      { weight: 2, arbitrary: hostileString.filter((s) => s.length > 0) },
      { weight: 1, arbitrary: fc.constantFrom("x".repeat(101), "..", "%2e%2e", "ld_", "0", "-1", "null") },
    );
  };
  const bearer = fc.oneof(
    { weight: 5, arbitrary: fc.constant(`Bearer ${world.adminToken}`) },
    {
      weight: 2,
      arbitrary:
        world.otherTokens.length > 0
          ? fc.constantFrom(...world.otherTokens.map((t) => `Bearer ${t}`))
          : fc.constant("Bearer x"),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        "",
        "Bearer",
        "Bearer crsl_wrong",
        `Basic ${Buffer.from("a:b").toString("base64")}`,
        `bearer  ${world.adminToken} x`,
      ),
    },
  );
  const intakeKey = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.intakeKeys) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "", "ik_wrong", "ik_\u0000") },
  );
  const query = fc.oneof(
    { weight: 4, arbitrary: fc.constant("") },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.string({ maxLength: 8 }), hostileString)
        .map(([k, v]) => `?${encodeSegment(k || "q")}=${encodeSegment(v)}`),
    },
  );
  return fc
    .record({
      segments: fc.tuple(...params.map(segment)),
      query,
      caller: op.intake ? intakeKey : bearer,
      body: bodyOf(op.fields),
      remoteAddress: fc.ipV4(),
    })
    .map(({ segments, query, caller, body, remoteAddress }) => {
      let i = 0;
      const url = op.path.replace(/\{\w+\}/g, () => encodeSegment(segments[i++] as string)) + query;
      const headers: Record<string, string> = {};
      if (caller !== undefined) headers[op.intake ? "x-intake-key" : "authorization"] = caller;
      if (body.type) headers["content-type"] = body.type;
      return {
        method: op.method,
        url,
        headers,
        remoteAddress,
        ...(body.body === undefined ? {} : { payload: body.body }),
      };
    });
}

/**
 * A reading that moves whenever a row is written, read in one cheap query: equal readings before
 * and after a request mean it changed nothing. On SQLite it is the rows the store's one connection
 * has inserted, updated or deleted so far; on PostgreSQL, a counter that a row trigger on every
 * table (rate-limit counters aside) bumps, so a rolled-back write leaves it as it was. The one
 * write a refused lead makes on purpose, its count for the reports (`intake_counts`), is left out.
 */
export async function watchWrites(store: Store): Promise<() => Promise<string>> {
  if (store.engine === "sqlite")
    return async () =>
      String(
        (
          await sql<{ n: number }>`select total_changes() -
            (select coalesce(sum(n), 0) from intake_counts where kind = 'invalid') as n`.execute(store.db)
        ).rows[0]!.n,
      );
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]!.s;
  const tables = (await store.db.introspection.getTables())
    .filter((t) => t.schema === schema && !/^kysely_|rate|limit|throttle|^intake_counts$/i.test(t.name))
    .map((t) => t.name);
  await sql`create table test_write_count (n bigint not null)`.execute(store.db);
  await sql`insert into test_write_count values (0)`.execute(store.db);
  await sql`create function test_count_write() returns trigger language plpgsql as $$
    begin update test_write_count set n = n + 1; return null; end $$`.execute(store.db);
  for (const table of tables)
    await sql`create trigger test_count_write after insert or update or delete on ${sql.table(table)}
      for each row execute function test_count_write()`.execute(store.db);
  return async () =>
    String((await sql<{ n: string }>`select n from test_write_count`.execute(store.db)).rows[0]!.n);
}
