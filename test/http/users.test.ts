import { describe, expect, it } from "vitest";
import { admin, suiteTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { givenUser, type GivenUser } from "../support/users.js";

const patchUser = (t: TestApp, id: string, payload: Record<string, unknown>, headers = admin) =>
  t.call({ method: "PATCH", url: `/api/v1/users/${id}`, headers, payload });

const canRead = async (t: TestApp, user: Pick<GivenUser, "headers">) =>
  (await t.call({ method: "GET", url: "/api/v1/sources", headers: user.headers })).statusCode;

describe.each(ENGINES)("managing users on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("lists the users with their role, recipient and whether they are disabled, to admins only", async () => {
    const manager = await givenUser(t, "manager");
    const list = await t.call({ method: "GET", url: "/api/v1/users", headers: admin });
    expect(list.statusCode).toBe(200);
    expect(list.data.items).toContainEqual({
      id: manager.id,
      email: manager.email,
      name: "A manager",
      role: "manager",
      recipient: null,
      disabled: false,
      createdAt: expect.any(String),
    });
    expect(JSON.stringify(list.data)).not.toContain(manager.token);
    expect((await t.call({ method: "GET", url: "/api/v1/users", headers: manager.headers })).statusCode).toBe(
      403,
    );
    expect((await patchUser(t, manager.id, { name: "Me" }, manager.headers)).statusCode).toBe(403);
  });

  it("stops a disabled user's tokens at once and gives them back when enabled again", async () => {
    const user = await givenUser(t, "manager");
    const second = await t.call({
      method: "POST",
      url: "/api/v1/tokens",
      headers: user.headers,
      payload: { name: "crm" },
    });
    const other = { headers: { authorization: `Bearer ${second.data.token}` } };
    expect(await canRead(t, user)).toBe(200);

    const disabled = await patchUser(t, user.id, { disabled: true });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.data).toMatchObject({ id: user.id, disabled: true });
    expect(await canRead(t, user)).toBe(401);
    expect(await canRead(t, other)).toBe(401);

    expect((await patchUser(t, user.id, { disabled: false })).data.disabled).toBe(false);
    expect(await canRead(t, user)).toBe(200);
    expect(await canRead(t, other)).toBe(200);
    const [enable, disable] = (
      await t.call({
        method: "GET",
        url: "/api/v1/audit",
        headers: admin,
        query: { entity: "user", key: user.id },
      })
    ).data.items;
    expect(disable).toMatchObject({
      action: "update",
      before: { disabled: false },
      after: { disabled: true },
    });
    expect(enable).toMatchObject({ before: { disabled: true }, after: { disabled: false } });
  });

  it("changes a role only to one that fits the user's recipient", async () => {
    const category = await givenCategory(t);
    const [agentKey, partnerKey] = [`agent-${Date.now()}`, `partner-${Date.now()}`];
    await givenRecipient(t, { key: agentKey, kind: "agent", categories: [category.key] });
    await givenRecipient(t, { key: partnerKey, kind: "partner", categories: [category.key] });
    const user = await givenUser(t, "manager");

    const noRecipient = await patchUser(t, user.id, { role: "agent" });
    expect(noRecipient.statusCode).toBe(422);
    expect(noRecipient.data.error.details[0].field).toBe("recipient");
    const wrongKind = await patchUser(t, user.id, { role: "agent", recipient: partnerKey });
    expect(wrongKind.statusCode).toBe(422);
    expect(wrongKind.data.error.details[0].field).toBe("role");
    const missing = await patchUser(t, user.id, { role: "partner", recipient: "no-such-recipient" });
    expect(missing.statusCode).toBe(422);
    expect(missing.data.error.details[0].field).toBe("recipient");

    const agent = await patchUser(t, user.id, { role: "agent", recipient: agentKey, name: "Now an agent" });
    expect(agent.statusCode).toBe(200);
    expect(agent.data).toMatchObject({ role: "agent", recipient: agentKey, name: "Now an agent" });
    expect((await t.call({ method: "GET", url: "/api/v1/users", headers: user.headers })).statusCode).toBe(
      403,
    );

    const staffAgain = await patchUser(t, user.id, { role: "manager" });
    expect(staffAgain.data).toMatchObject({ role: "manager", recipient: null });
    expect((await patchUser(t, user.id, { role: "admin", recipient: agentKey })).statusCode).toBe(422);
  });

  it("answers 404 for a user that does not exist", async () => {
    expect((await patchUser(t, "usr_nobody", { name: "X" })).statusCode).toBe(404);
  });
});

describe.each(ENGINES)("the last enabled admin on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("can be neither disabled nor demoted, and can once another admin is enabled", async () => {
    const only = await givenUser(t, "admin");
    for (const change of [{ disabled: true }, { role: "manager" }]) {
      const refused = await patchUser(t, only.id, change, only.headers);
      expect(refused.statusCode).toBe(409);
    }
    const audited = await t.call({
      method: "GET",
      url: "/api/v1/audit",
      headers: admin,
      query: { entity: "user", key: only.id },
    });
    expect(audited.data.items.map((e: { action: string }) => e.action)).toEqual(["create"]);

    const second = await givenUser(t, "admin");
    expect((await patchUser(t, second.id, { disabled: true })).statusCode).toBe(200);
    expect((await patchUser(t, only.id, { role: "manager" })).statusCode).toBe(409);
    expect((await patchUser(t, second.id, { disabled: false })).statusCode).toBe(200);
    expect((await patchUser(t, only.id, { role: "manager" }, only.headers)).statusCode).toBe(200);
  });
});
