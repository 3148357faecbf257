import { describe, expect, it } from "vitest";
import { suiteTestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { signIn } from "../support/sessions.js";
import { givenUser } from "../support/users.js";

describe.each(ENGINES)("the session of a recipient's user on %s", (engine) => {
  const t = suiteTestApp(engine);

  it("names the recipient a buyer's user acts for and its kind, so the app speaks its language", async () => {
    const { category } = await givenIntake(t);
    const key = `buyer-${category.key}`;
    await givenRecipient(t, { key, name: "Des Moines Windows", kind: "buyer", categories: [category.key] });
    const user = await givenUser(t, "partner", key, "correct horse battery");
    const browser = await signIn(t, user.email, "correct horse battery");
    expect(browser.user).toMatchObject({
      recipient: key,
      actsFor: { key, name: "Des Moines Windows", kind: "buyer" },
    });
    const again = await t.call({ method: "GET", url: "/api/v1/session", headers: browser.reads });
    expect(again.data.actsFor).toEqual({ key, name: "Des Moines Windows", kind: "buyer" });
  });

  it("names no recipient for staff", async () => {
    const admin = await givenUser(t, "admin", undefined, "correct horse battery");
    expect((await signIn(t, admin.email, "correct horse battery")).user).toMatchObject({ actsFor: null });
  });
});
