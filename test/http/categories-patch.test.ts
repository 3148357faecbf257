import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenUser } from "../support/users.js";

const patch = (t: TestApp, key: string, payload: Record<string, unknown>, headers = admin) =>
  t.call({ method: "PATCH", url: `/api/v1/categories/${key}`, headers, payload });

const FIELDS = [
  { key: "creditScore", type: "number" },
  { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
  { key: "homeowner", type: "boolean" },
];

describe.each(ENGINES)("editing a category on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("adds a required field and intake asks for it at once", async () => {
    const { category, source } = await givenIntake(t);
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
    const res = await patch(t, category.key, {
      name: "Renamed",
      fields: [...FIELDS, { key: "roofAge", type: "number", required: true }],
      dedupe: { keys: ["phone"], windowDays: 7 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ name: "Renamed", dedupe: { keys: ["phone"], windowDays: 7 } });
    const missing = await postLead(t, source.intakeKey, aLead());
    expect(missing.statusCode).toBe(422);
    expect(missing.data.error.details[0].field).toBe("roofAge");
    expect((await postLead(t, source.intakeKey, aLead({ roofAge: 12 }))).statusCode).toBe(201);
    const audit = await t.call({
      method: "GET",
      url: "/api/v1/audit",
      headers: admin,
      query: { entity: "category", key: category.key },
    });
    expect(audit.data.items[0]).toMatchObject({
      action: "update",
      before: { name: "Home improvement" },
      after: { name: "Renamed" },
    });
  });

  it("refuses to change a field's type, naming the field, and changes nothing", async () => {
    const { category, source } = await givenIntake(t);
    const res = await patch(t, category.key, {
      name: "Never",
      fields: [{ key: "creditScore", type: "string" }, ...FIELDS.slice(1)],
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.error.details[0].field).toBe("fields.0.type");
    expect(res.data.error.message).toContain("creditScore");
    const list = await t.call({ method: "GET", url: "/api/v1/categories", headers: admin });
    expect(list.data.items.find((c: { key: string }) => c.key === category.key).name).toBe(
      "Home improvement",
    );
    expect((await postLead(t, source.intakeKey, aLead())).statusCode).toBe(201);
  });

  it("changes an enum's options for leads from now on", async () => {
    const { category, source } = await givenIntake(t);
    const res = await patch(t, category.key, {
      fields: [
        FIELDS[0],
        { key: "product", type: "enum", options: ["roofing", "solar", "windows", "siding"] },
        FIELDS[2],
      ],
    });
    expect(res.statusCode).toBe(200);
    expect((await postLead(t, source.intakeKey, aLead({ product: "siding" }))).statusCode).toBe(201);
  });

  it("is for staff, and answers 404 for a category that does not exist", async () => {
    const { category } = await givenIntake(t);
    expect((await patch(t, "no-such-category", { name: "X" })).statusCode).toBe(404);
    const key = `r-${category.key}`;
    await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: { key, name: "R", kind: "agent", categories: [category.key] },
    });
    const agent = await givenUser(t, "agent", key);
    expect((await patch(t, category.key, { name: "X" }, agent.headers)).statusCode).toBe(403);
  });
});
