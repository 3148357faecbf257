import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenIntake, givenSource, postLead } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { givenUser } from "../support/users.js";

interface Entry {
  id: string;
  at: string;
  actor: string;
  entity: string;
  key: string;
  action: string;
  before: any;
  after: any;
}

async function auditOf(t: TestApp, query: Record<string, string>, headers = admin): Promise<Entry[]> {
  const res = await t.call({ method: "GET", url: "/api/v1/audit", query, headers });
  if (res.statusCode !== 200) throw new Error(`audit not read: ${res.body}`);
  return res.data.items as Entry[];
}

const latest = async (t: TestApp, entity: string, key: string) => (await auditOf(t, { entity, key }))[0];

describe.each(ENGINES)("the audit log on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("records a category, its stages, behaviour and scoring with the actor and before and after", async () => {
    const manager = await givenUser(t, "manager");
    const key = `audited-${engine}`;
    const created = await t.call({
      method: "POST",
      url: "/api/v1/categories",
      headers: manager.headers,
      payload: { key, name: "Audited", fields: [{ key: "budget", type: "number" }] },
    });
    expect(created.statusCode).toBe(201);
    const entry = await latest(t, "category", key);
    expect(entry).toMatchObject({ actor: manager.id, action: "create", before: null });
    expect(entry!.after).toMatchObject({ key, name: "Audited", fields: [{ key: "budget", type: "number" }] });

    const stages = [{ key: "new" }, { key: "assigned" }, { key: "won", outcome: "won" }];
    const put = (path: string, payload: Record<string, unknown>) =>
      t.call({ method: "PUT", url: `/api/v1/categories/${key}/${path}`, headers: admin, payload });
    expect((await put("stages", { stages })).statusCode).toBe(200);
    expect(await latest(t, "category", key)).toMatchObject({
      actor: "bootstrap",
      action: "put_stages",
      before: { stages: expect.arrayContaining([expect.objectContaining({ key: "contacted" })]) },
      after: { stages: [{ key: "new" }, { key: "assigned" }, { key: "won" }] },
    });
    expect((await put("behavior", { rules: [{ event: "email_opened", points: 5 }] })).statusCode).toBe(200);
    expect(await latest(t, "category", key)).toMatchObject({
      action: "put_behavior",
      before: { rules: [] },
      after: { rules: [{ event: "email_opened", points: 5 }] },
    });
    const scoring = {
      rules: [{ when: [{ field: "budget", op: "gte", value: 100 }], points: 10 }],
      bands: [],
    };
    expect((await put("scoring", scoring)).statusCode).toBe(200);
    expect(await latest(t, "category", key)).toMatchObject({
      action: "put_scoring",
      before: { rules: [] },
      after: scoring,
    });
  });

  it("records plans with their author, the bootstrap admin included", async () => {
    const category = await givenCategory(t);
    const manager = await givenUser(t, "manager");
    const tiers = [{ select: { kind: "agent" }, method: "weighted", mode: "direct" }];
    const put = await t.call({
      method: "PUT",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: manager.headers,
      payload: { tiers },
    });
    expect(put.statusCode).toBe(200);
    const [byManager, byBootstrap] = await auditOf(t, { entity: "plan", key: category.key });
    expect(byManager).toMatchObject({
      actor: manager.id,
      action: "put",
      before: { version: 2, tiers: [{ method: "round_robin" }] },
      after: { version: 3, tiers },
    });
    expect(byBootstrap).toMatchObject({ actor: "bootstrap", after: { version: 2 } });
    const live = await t.call({
      method: "GET",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: admin,
    });
    expect(live.data.createdBy).toBe(manager.id);
  });

  it("records sources with their intake key masked", async () => {
    const category = await givenCategory(t);
    const source = await givenSource(t, category.key);
    const patched = await t.call({
      method: "PATCH",
      url: `/api/v1/sources/${source.key}`,
      headers: admin,
      payload: { costPerLead: 20, enabled: false },
    });
    expect(patched.statusCode).toBe(200);
    const [update, create] = await auditOf(t, { entity: "source", key: source.key });
    expect(create).toMatchObject({ action: "create", after: { key: source.key, costPerLeadCents: 1250 } });
    expect(update).toMatchObject({
      action: "update",
      before: { costPerLeadCents: 1250, enabled: true },
      after: { costPerLeadCents: 2000, enabled: false },
    });
    expect(JSON.stringify([create, update])).not.toContain(source.intakeKey);
    expect(update!.after.intakeKey).toBe(`${source.intakeKey.slice(0, 7)}…`);
  });

  it("records recipients, their return policy and paused deliveries", async () => {
    const category = await givenCategory(t);
    const key = `rcp-${engine}-${Date.now()}`;
    await givenRecipient(t, {
      key,
      kind: "buyer",
      categories: [category.key],
      delivery: { channel: "http", url: "http://127.0.0.1:9/", headers: { authorization: "Bearer s3cret" } },
    });
    const patch = await t.call({
      method: "PATCH",
      url: `/api/v1/recipients/${key}`,
      headers: admin,
      payload: { weight: 3 },
    });
    expect(patch.statusCode).toBe(200);
    const [update, create] = await auditOf(t, { entity: "recipient", key });
    expect(create).toMatchObject({ action: "create", before: null, after: { key, kind: "buyer" } });
    expect(update).toMatchObject({ action: "update", after: { weight: 3 } });
    expect(update!.before.weight).toBeUndefined();
    expect(JSON.stringify([create, update])).not.toContain("s3cret");

    const policy = await t.call({
      method: "PUT",
      url: `/api/v1/recipients/${key}/return-policy`,
      headers: admin,
      payload: { windowDays: 3, monthlyCap: 5 },
    });
    expect(policy.statusCode).toBe(200);
    expect(await latest(t, "return_policy", key)).toMatchObject({
      action: "put",
      before: { windowDays: 7, monthlyCap: null },
      after: { windowDays: 3, monthlyCap: 5 },
    });

    for (const action of ["pause", "resume"])
      expect(
        (
          await t.call({
            method: "POST",
            url: `/api/v1/recipients/${key}/delivery/${action}`,
            headers: admin,
          })
        ).statusCode,
      ).toBe(200);
    const [resume, pause] = await auditOf(t, { entity: "deliveries", key });
    expect(pause).toMatchObject({ action: "pause", before: { paused: false }, after: { paused: true } });
    expect(resume).toMatchObject({ action: "resume", before: { paused: true }, after: { paused: false } });
  });

  it("records users and tokens without any token or its hash", async () => {
    const user = await givenUser(t, "manager");
    expect(await latest(t, "user", user.id)).toMatchObject({
      actor: "bootstrap",
      action: "create",
      after: { id: user.id, role: "manager", disabled: false },
    });
    const issued = await t.call({
      method: "POST",
      url: "/api/v1/tokens",
      headers: user.headers,
      payload: { name: "crm" },
    });
    const revoked = await t.call({
      method: "DELETE",
      url: `/api/v1/tokens/${issued.data.id}`,
      headers: admin,
    });
    expect(revoked.statusCode).toBe(204);
    const [revoke, create] = await auditOf(t, { entity: "token", key: issued.data.id });
    expect(create).toMatchObject({
      actor: user.id,
      action: "create",
      after: { name: "crm", userId: user.id },
    });
    expect(revoke).toMatchObject({ actor: "bootstrap", action: "revoke" });
    const everything = JSON.stringify(await auditOf(t, { actor: user.id }));
    expect(everything).not.toContain(issued.data.token);
    expect(everything).not.toContain(user.token);
  });

  it("records webhooks with their secret redacted", async () => {
    const secret = "whsec_a-very-secret-value";
    const created = await t.call({
      method: "POST",
      url: "/api/v1/webhooks",
      headers: admin,
      payload: { url: "http://127.0.0.1:9/hook", events: ["received"], secret },
    });
    expect(created.statusCode).toBe(201);
    const removed = await t.call({
      method: "DELETE",
      url: `/api/v1/webhooks/${created.data.id}`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(204);
    const [disable, create] = await auditOf(t, { entity: "webhook", key: created.data.id });
    expect(create).toMatchObject({
      action: "create",
      after: { url: "http://127.0.0.1:9/hook", secret: "[redacted]" },
    });
    expect(disable).toMatchObject({ action: "disable", after: { enabled: false } });
  });

  it("records a manual assignment with who held the lead before", async () => {
    const { category, source } = await givenIntake(t);
    const [first, second] = [`first-${Date.now()}`, `second-${Date.now()}`];
    for (const key of [first, second]) await givenRecipient(t, { key, categories: [category.key] });
    const lead = await postLead(t, source.intakeKey, aLead());
    const holder = lead.data.assignments[0].recipient as string;
    const other = holder === first ? second : first;
    const assigned = await t.call({
      method: "POST",
      url: `/api/v1/leads/${lead.data.id}/assign`,
      headers: admin,
      payload: { recipient: other, reason: "speaks Spanish" },
    });
    expect(assigned.statusCode).toBe(200);
    expect(await latest(t, "lead", lead.data.id)).toMatchObject({
      action: "assign",
      before: { recipients: [holder] },
      after: { recipients: [other], reason: "speaks Spanish" },
    });
  });

  it("leaves no entry for a change that was refused", async () => {
    const category = await givenCategory(t);
    const before = await auditOf(t, {});
    const refused = await t.call({
      method: "PUT",
      url: `/api/v1/categories/${category.key}/plan`,
      headers: admin,
      payload: { tiers: [{ select: {}, method: "broadcast", mode: "push" }] },
    });
    expect(refused.statusCode).toBe(422);
    const clash = await t.call({
      method: "POST",
      url: "/api/v1/recipients",
      headers: admin,
      payload: { key: "nowhere", name: "Nowhere", kind: "agent", categories: ["no-such-category"] },
    });
    expect(clash.statusCode).toBe(422);
    expect((await auditOf(t, {}))[0]!.id).toBe(before[0]!.id);
  });

  it("filters by entity, actor and time and pages newest first", async () => {
    const manager = await givenUser(t, "manager");
    const keys: string[] = [];
    for (let i = 0; i < 5; i++) {
      const key = `paged-${engine}-${i}`;
      keys.push(key);
      const res = await t.call({
        method: "POST",
        url: "/api/v1/categories",
        headers: manager.headers,
        payload: { key, name: `Paged ${i}` },
      });
      expect(res.statusCode).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: Entry[]; nextCursor: string | null } } = await t.call({
        method: "GET",
        url: "/api/v1/audit",
        headers: admin,
        query: { actor: manager.id, entity: "category", limit: "2", ...(cursor ? { cursor } : {}) },
      });
      seen.push(...res.data.items.map((e) => e.key));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...keys].reverse());

    const all = await auditOf(t, { actor: manager.id });
    const at = all[2]!.at;
    const since = await auditOf(t, { actor: manager.id, from: at });
    expect(since.every((e) => e.at >= at)).toBe(true);
    const until = await auditOf(t, { actor: manager.id, to: at });
    expect(until.every((e) => e.at < at)).toBe(true);
    expect(since.length + until.length).toBe(all.length);
    expect(await auditOf(t, { actor: manager.id, entity: "plan" })).toEqual([]);
  });

  it("answers 422 to an unknown entity, a bad time or cursor", async () => {
    const queries: Record<string, string>[] = [
      { entity: "weather" },
      { from: "soon" },
      { cursor: "bm90LWEtY3Vyc29y" },
    ];
    for (const query of queries) {
      const res = await t.call({ method: "GET", url: "/api/v1/audit", headers: admin, query });
      expect(res.statusCode).toBe(422);
      expect(res.data.error.code).toBe("validation_failed");
    }
  });

  it("is read by admins and managers only", async () => {
    const category = await givenCategory(t);
    const key = `viewer-${Date.now()}`;
    await givenRecipient(t, { key, categories: [category.key] });
    const manager = await givenUser(t, "manager");
    expect((await t.call({ method: "GET", url: "/api/v1/audit", headers: manager.headers })).statusCode).toBe(
      200,
    );
    for (const role of ["agent", "partner"] as const) {
      const user = await givenUser(t, role, `${key}-${role}`);
      const res = await t.call({ method: "GET", url: "/api/v1/audit", headers: user.headers });
      expect(res.statusCode).toBe(403);
    }
    expect((await t.call({ method: "GET", url: "/api/v1/audit" })).statusCode).toBe(401);
  });

  it("cannot be rewritten or removed, even by a direct query", async () => {
    await givenCategory(t);
    const [entry] = await auditOf(t, {});
    await expect(
      sql`update audit_log set actor = 'someone' where id = ${entry!.id}`.execute(t.store.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log where id = ${entry!.id}`.execute(t.store.db)).rejects.toThrow(
      /append-only/,
    );
    expect((await auditOf(t, {}))[0]).toEqual(entry);
  });
});
