import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, suiteBrowser } from "./support/browser.js";
import { SETUP_CODE, suiteServer } from "./support/servers.js";

describeInBrowser("first run in Chromium", () => {
  describe.each(ENGINES)("the first admin on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();

    it("asks a fresh server for its setup code, refuses a wrong one, and signs the new admin in", async () => {
      const page = await (await browser.context()).newPage();
      await page.goto(server.url);
      await page.getByRole("heading", { name: "Set up Carousel" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/setup");
      await expectAccessible(page, "the first-run page");

      await page.getByLabel("Setup code").fill("WRONG-CODE");
      await page.getByLabel("Your name").fill("Ada Admin");
      await page.getByLabel("Email").fill("ada@example.com");
      await page.getByLabel("Password").fill("a long enough password");
      await page.getByRole("button", { name: "Create admin and sign in" }).click();
      await expect.poll(() => page.getByRole("alert").textContent()).toContain("setup code");

      await page.getByLabel("Setup code").fill(SETUP_CODE);
      await page.getByRole("button", { name: "Create admin and sign in" }).click();
      await page.getByRole("heading", { name: "Getting started" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/getting-started");
      await page.getByRole("listitem", { name: "Create a category: to do" }).waitFor();
      await expectAccessible(page, "Getting started");

      // Once there is an admin, the first-run page is gone for everyone.
      const stranger = await (await browser.context()).newPage();
      await stranger.goto(`${server.url}/setup`);
      await stranger.getByRole("heading", { name: "Sign in" }).waitFor();
      await expectAccessible(stranger, "the sign-in page");
    });
  });
});
