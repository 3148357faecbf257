import { describe, expect, it } from "vitest";
import { buildServer } from "../../src/http/server.js";
import { admin, ADMIN_TOKEN, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, givenSource, postLead } from "../support/fixtures.js";
import { givenUser } from "../support/users.js";

let counter = 0;
const aKey = (label: string) => `${label}-${Date.now().toString(36)}${(counter++).toString(36)}`;

const fieldsOf = (res: { data: any }) =>
  (res.data.error.details as { field: string }[]).map((d) => d.field).sort();

describe.each(ENGINES)("categories on %s", (engine) => {
  const t = suiteTestApp(engine);

  const create = (payload: Record<string, unknown>, headers: Record<string, string> = admin) =>
    t.call({ method: "POST", url: "/api/v1/categories", headers, payload });

  it("creates a category with its field schema, and the default dedupe and unknown-field policies", async () => {
    const key = aKey("roofing");
    const fields = [
      { key: "roofAge", type: "number", required: true },
      { key: "material", type: "enum", options: ["shingle", "metal"] },
      { key: "insured", type: "boolean" },
      { key: "ref", type: "string", pattern: "^R\\d+$", label: "Reference" },
    ];
    const res = await create({ key, name: "Roofing", fields });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      key,
      name: "Roofing",
      fields,
      dedupe: { keys: ["email", "phone"], windowDays: 30 },
      unknownFields: "reject",
    });
    expect(Date.parse(res.data.createdAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps the dedupe and unknown-field policies it is given", async () => {
    const res = await create({
      key: aKey("auto"),
      name: "Auto insurance",
      dedupe: { keys: ["phone"], windowDays: 7 },
      unknownFields: "keep",
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      fields: [],
      dedupe: { keys: ["phone"], windowDays: 7 },
      unknownFields: "keep",
    });
  });

  it("lists and gets categories as they were created", async () => {
    const created = await givenCategory(t);
    const list = await t.call({ method: "GET", url: "/api/v1/categories", headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.data.items).toContainEqual(expect.objectContaining({ key: created.key }));
    const one = await t.call({ method: "GET", url: `/api/v1/categories/${created.key}`, headers: admin });
    expect(one.statusCode).toBe(200);
    expect(one.data).toEqual(list.data.items.find((c: { key: string }) => c.key === created.key));
  });

  it("answers 404 for a category that does not exist", async () => {
    const res = await t.call({ method: "GET", url: "/api/v1/categories/no-such-thing", headers: admin });
    expect(res.statusCode).toBe(404);
    expect(res.data.error.code).toBe("not_found");
  });

  it("rejects field specs that contradict themselves with 422 listing every problem", async () => {
    const res = await create({
      key: aKey("bad"),
      name: "Bad",
      fields: [
        { key: "email", type: "string" },
        { key: "size", type: "number" },
        { key: "size", type: "string" },
        { key: "colour", type: "enum" },
        { key: "count", type: "number", options: ["1"] },
        { key: "age", type: "number", pattern: "^\\d+$" },
        { key: "code", type: "string", pattern: "([a-z]" },
      ],
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.code).toBe("validation_failed");
    const messages = (res.data.error.details as { message: string }[]).map((d) => d.message);
    expect(messages).toEqual([
      expect.stringContaining('fields[0].key "email" is a reserved lead field'),
      expect.stringContaining('fields[2].key "size" is defined twice'),
      expect.stringContaining("fields[3] of type enum needs options"),
      expect.stringContaining("fields[4].options only apply to type enum"),
      expect.stringContaining("fields[5].pattern only applies to type string"),
      expect.stringContaining("fields[6].pattern is not a valid regular expression"),
    ]);
    const listed = await t.call({ method: "GET", url: "/api/v1/categories", headers: admin });
    expect(listed.data.items.map((c: { name: string }) => c.name)).not.toContain("Bad");
  });

  it("rejects a malformed body with 422 naming each bad field, unknown ones included", async () => {
    const res = await create({
      key: "Not A Key",
      name: "",
      colour: "red",
      fields: [{ key: "9lives", type: "date", extra: true }],
      dedupe: { keys: ["fax"], windowDays: -1 },
    });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(
      expect.arrayContaining([
        "colour",
        "dedupe.keys.0",
        "dedupe.windowDays",
        "fields.0.extra",
        "fields.0.key",
        "fields.0.type",
        "key",
        "name",
      ]),
    );
    expect(res.data.error.details).toContainEqual({
      field: "colour",
      code: "unknown_field",
      message: "colour is not a known field",
    });
  });

  it("refuses a second category with the same key with 409 and keeps the first", async () => {
    const key = aKey("twice");
    expect((await create({ key, name: "First" })).statusCode).toBe(201);
    const again = await create({ key, name: "Second" });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe("conflict");
    const stored = await t.call({ method: "GET", url: `/api/v1/categories/${key}`, headers: admin });
    expect(stored.data.name).toBe("First");
  });
});

describe.each(ENGINES)("sources on %s", (engine) => {
  const t = suiteTestApp(engine);

  const create = (payload: Record<string, unknown>) =>
    t.call({ method: "POST", url: "/api/v1/sources", headers: admin, payload });

  it("creates a source and answers with its intake key, form URL, cost and attributes", async () => {
    const category = await givenCategory(t);
    const key = aKey("spring");
    const res = await create({
      key,
      name: "Spring landing page",
      category: category.key,
      costPerLead: 17.35,
      attributes: { campaign: "spring", utmSource: "google", utmMedium: "cpc" },
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      key,
      name: "Spring landing page",
      category: category.key,
      intakeKey: expect.stringMatching(/^ik_[A-Za-z0-9_-]{20,}$/),
      costPerLead: 17.35,
      attributes: { campaign: "spring", utmSource: "google", utmMedium: "cpc" },
      enabled: true,
      formUrl: `/forms/${key}`,
    });
  });

  it("gives every source its own intake key, which takes leads for that source at its cost", async () => {
    const category = await givenCategory(t);
    const a = await givenSource(t, category.key, { costPerLead: 3.1 });
    const b = await givenSource(t, category.key, { costPerLead: 0 });
    expect(a.intakeKey).not.toBe(b.intakeKey);
    const res = await postLead(t, a.intakeKey, aLead());
    expect(res.statusCode).toBe(201);
    const lead = await t.call({ method: "GET", url: `/api/v1/leads/${res.data.id}`, headers: admin });
    expect(lead.data).toMatchObject({ source: a.key, category: category.key, cost: 3.1 });
  });

  it("creates a disabled source whose intake key is refused with 403", async () => {
    const category = await givenCategory(t);
    const res = await create({ key: aKey("off"), name: "Paused", category: category.key, enabled: false });
    expect(res.statusCode).toBe(201);
    expect(res.data.enabled).toBe(false);
    const lead = await postLead(t, res.data.intakeKey, aLead());
    expect(lead.statusCode).toBe(403);
    expect(lead.data.error.code).toBe("forbidden");
  });

  it("rejects a source of a category that does not exist with 422 naming the category", async () => {
    const res = await create({ key: aKey("orphan"), name: "Orphan", category: "no-such-category" });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.details).toEqual([
      expect.objectContaining({ field: "category", code: "not_found" }),
    ]);
  });

  it("rejects a negative cost, an unknown attribute and an unknown field with 422", async () => {
    const category = await givenCategory(t);
    const res = await create({
      key: aKey("bad"),
      name: "Bad",
      category: category.key,
      costPerLead: -1,
      attributes: { utmSauce: "x" },
      owner: "me",
    });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(["attributes.utmSauce", "costPerLead", "owner"]);
  });

  it("refuses a second source with the same key with 409", async () => {
    const category = await givenCategory(t);
    const key = aKey("dup");
    expect((await create({ key, name: "One", category: category.key })).statusCode).toBe(201);
    const again = await create({ key, name: "Two", category: category.key });
    expect(again.statusCode).toBe(409);
    expect(again.data.error.code).toBe("conflict");
  });

  it("lists the sources with their intake keys", async () => {
    const { source } = await givenIntake(t);
    const res = await t.call({ method: "GET", url: "/api/v1/sources", headers: admin });
    expect(res.statusCode).toBe(200);
    expect(res.data.items).toContainEqual(
      expect.objectContaining({ key: source.key, intakeKey: source.intakeKey }),
    );
  });
});

describe.each(ENGINES)("users and tokens on %s", (engine) => {
  const t = suiteTestApp(engine);

  const createUser = (payload: Record<string, unknown>, headers: Record<string, string> = admin) =>
    t.call({ method: "POST", url: "/api/v1/users", headers, payload });

  it("lets the bootstrap admin create a user, answering with its token and invite link once", async () => {
    const res = await createUser({ email: "Manager.One@Example.com", name: " Morgan ", role: "manager" });
    expect(res.statusCode).toBe(201);
    expect(res.data).toEqual({
      id: expect.stringMatching(/^usr_/),
      email: "manager.one@example.com",
      name: "Morgan",
      role: "manager",
      recipient: null,
      token: expect.stringMatching(/^crsl_[A-Za-z0-9_-]{40,}$/),
      inviteUrl: expect.stringMatching(/\/invite\/[A-Za-z0-9_-]{43}$/),
    });
  });

  it("accepts the new token as a bearer token with the user's role", async () => {
    const manager = await givenUser(t, "manager");
    const category = await t.call({
      method: "POST",
      url: "/api/v1/categories",
      headers: manager.headers,
      payload: { key: aKey("by-manager"), name: "Made by a manager" },
    });
    expect(category.statusCode).toBe(201);
    const users = await createUser({ email: "x@example.com", name: "X", role: "admin" }, manager.headers);
    expect(users.statusCode).toBe(403);
    expect(users.data.error.code).toBe("forbidden");
  });

  it("stores only a hash of the token: the token itself is nowhere in the database", async () => {
    const user = await givenUser(t, "manager");
    const tokens = await t.store.db
      .selectFrom("api_tokens")
      .selectAll()
      .where("user_id", "=", user.id)
      .execute();
    expect(tokens).toHaveLength(1);
    const users = await t.store.db.selectFrom("users").selectAll().where("id", "=", user.id).execute();
    const stored = JSON.stringify([tokens, users]);
    expect(stored).not.toContain(user.token);
    expect(stored).not.toContain(user.token.slice(5));
  });

  it("requires a recipient for agent and partner users", async () => {
    for (const role of ["agent", "partner"]) {
      const res = await createUser({ email: `${role}@example.com`, name: "No recipient", role });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.details).toEqual([
        expect.objectContaining({ field: "recipient", code: "required" }),
      ]);
    }
    const agent = await givenUser(t, "agent", "agent-ann");
    expect(agent).toMatchObject({ role: "agent", recipient: "agent-ann" });
  });

  it("refuses a second user with the same email, whatever its case, with 409", async () => {
    expect((await createUser({ email: "twin@example.com", name: "One", role: "manager" })).statusCode).toBe(
      201,
    );
    const again = await createUser({ email: "TWIN@example.com", name: "Two", role: "manager" });
    expect(again.statusCode).toBe(409);
  });

  it("rejects an unknown role, a bad email and unknown fields with 422", async () => {
    const res = await createUser({ email: "nope", name: "X", role: "owner", password: "hunter2" });
    expect(res.statusCode).toBe(422);
    expect(fieldsOf(res)).toEqual(expect.arrayContaining(["email", "password", "role"]));
  });

  it.each([
    ["no Authorization header", undefined],
    ["an empty bearer token", "Bearer "],
    ["a token nobody was given", "Bearer crsl_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"],
    ["a token with a wrong scheme", `Basic ${ADMIN_TOKEN}`],
    ["two tokens", `Bearer ${ADMIN_TOKEN} ${ADMIN_TOKEN}`],
  ])("answers 401 to %s", async (_case, authorization) => {
    const res = await t.call({
      method: "POST",
      url: "/api/v1/categories",
      headers: authorization === undefined ? {} : { authorization },
      payload: { key: aKey("nobody"), name: "Nobody's" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.data.error).toMatchObject({ code: "unauthorized", retry: false });
  });

  it("accepts the bootstrap token only when CAROUSEL_ADMIN_TOKEN set it", async () => {
    const without = await buildServer({ store: t.store });
    try {
      const res = await without.inject({ method: "GET", url: "/api/v1/categories", headers: admin });
      expect(res.statusCode).toBe(401);
      const user = await givenUser(t, "manager");
      const withUser = await without.inject({
        method: "GET",
        url: "/api/v1/categories",
        headers: user.headers,
      });
      expect(withUser.statusCode).toBe(200);
    } finally {
      await without.close();
    }
  });
});

describe.each(ENGINES)("role checks on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("lets an agent read categories but not create categories, sources or users, nor list leads or sources", async () => {
    const agent = await givenUser(t, "agent", "agent-bo");
    const category = await givenCategory(t);
    const as = (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) =>
      t.call({ method, url, headers: agent.headers, ...(payload ? { payload } : {}) });

    expect((await as("GET", "/api/v1/categories")).statusCode).toBe(200);
    const denied = [
      await as("POST", "/api/v1/categories", { key: aKey("agent-made"), name: "Agent's" }),
      await as("POST", "/api/v1/sources", {
        key: aKey("agent-src"),
        name: "Agent's",
        category: category.key,
      }),
      await as("POST", "/api/v1/users", { email: "friend@example.com", name: "Friend", role: "admin" }),
      await as("GET", "/api/v1/leads"),
      await as("GET", "/api/v1/sources"),
    ];
    expect(denied.map((r) => r.statusCode)).toEqual([403, 403, 403, 403, 403]);
    for (const r of denied) expect(r.data.error.code).toBe("forbidden");
  });

  it("treats a partner like an agent", async () => {
    const partner = await givenUser(t, "partner", "dealer-co");
    const res = await t.call({
      method: "POST",
      url: "/api/v1/categories",
      headers: partner.headers,
      payload: { key: aKey("partner-made"), name: "Partner's" },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.call({ method: "GET", url: "/api/v1/leads", headers: partner.headers })).statusCode).toBe(
      403,
    );
  });

  it("checks the token before the body: nobody gets 401 whatever it sent", async () => {
    const post = (payload: string, type: string) =>
      t.call({ method: "POST", url: "/api/v1/categories", headers: { "content-type": type }, payload });
    const answers = [
      await post(JSON.stringify({ nonsense: true }), "application/json"),
      await post("{", "application/json"),
      await post("x".repeat(70_000), "application/json"),
      await post("hello", "text/plain"),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([401, 401, 401, 401]);
  });
});
