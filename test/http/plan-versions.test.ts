import { describe, expect, it } from "vitest";
import { admin, suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory } from "../support/fixtures.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("plan versions on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("lists every version newest first, with its tiers, author, time and which one is live", async () => {
    const category = await givenCategory(t);
    const manager = await givenUser(t, "manager");
    const tiers = [{ select: { kind: "buyer" }, method: "weighted", mode: "direct" }];
    await t.call({
      method: "PUT",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: manager.headers,
      payload: { tiers },
    });
    const res = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan/versions`,
      headers: manager.headers,
    });
    expect(res.statusCode).toBe(200);
    expect(res.data.items.map((p: { version: number }) => p.version)).toEqual([3, 2, 1]);
    expect(res.data.items[0]).toMatchObject({ version: 3, tiers, createdBy: manager.id, live: true });
    expect(res.data.items[1]).toMatchObject({ version: 2, createdBy: "bootstrap", live: false });
    expect(res.data.items[2]).toMatchObject({ version: 1, createdBy: "bootstrap", live: false });
    expect(Date.parse(res.data.items[0].createdAt)).toBeGreaterThanOrEqual(
      Date.parse(res.data.items[1].createdAt),
    );
  });

  it("reads any one version, and answers 404 for a version or category that does not exist", async () => {
    const category = await givenCategory(t);
    const first = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan/versions/1`,
      headers: admin,
    });
    expect(first.statusCode).toBe(200);
    expect(first.data).toMatchObject({
      category: category.key,
      version: 1,
      tiers: [{ mode: "push" }, { mode: "pull" }],
    });
    for (const url of [
      `/api/v1/categories/${category.key}/plan/versions/9`,
      "/api/v1/categories/no-such-category/plan/versions/1",
      "/api/v1/categories/no-such-category/plan/versions",
    ])
      expect((await t.call({ method: "GET", url, headers: admin })).statusCode).toBe(404);
    const notANumber = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan/versions/latest`,
      headers: admin,
    });
    expect(notANumber.statusCode).toBe(422);
  });

  it("is for staff only", async () => {
    const category = await givenCategory(t);
    const partnerKey = `p-${Date.now()}`;
    await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: { key: partnerKey, name: "P", kind: "partner", categories: [category.key] },
    });
    const partner = await givenUser(t, "partner", partnerKey);
    for (const url of [
      `/api/v1/categories/${category.key}/plan/versions`,
      `/api/v1/categories/${category.key}/plan/versions/1`,
    ])
      expect((await t.call({ method: "GET", url, headers: partner.headers })).statusCode).toBe(403);
  });
});
