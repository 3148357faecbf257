import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../src/services/passwords.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { runCli } from "./fixtures.js";

// Each run starts a Node process that compiles the CLI: seconds apiece on a busy machine.
describe.each(ENGINES)("the carousel CLI's first-run setup on %s", { timeout: 180_000 }, (engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t.cleanup());

  const setup = (email: string) =>
    runCli(
      ["setup", "--email", email, "--name", "First Admin", "--password", "correct horse battery"],
      t.env,
    );

  it("creates the first admin with a password once, and refuses once a user exists", async () => {
    const first = await setup("first@example.com");
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created the first admin usr_\w+ \(first@example\.com\)/);
    const row = await t.store.db.selectFrom("users").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: "first@example.com", role: "admin" });
    expect(await verifyPassword("correct horse battery", row.password_hash!)).toBe(true);

    const second = await setup("second@example.com");
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/setup is done/);
  });
});
