import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

/** The number a figure of the dashboard shows, read from its link. */
const figure = async (page: Page, list: string, label: string) => {
  const text = await page
    .getByRole("list", { name: list })
    .getByRole("link", { name: new RegExp(`^${label}`) })
    .locator(".figure-value")
    .textContent();
  return Number(String(text).replace(/[^\d]/g, ""));
};

describeInBrowser("the dashboard in Chromium", () => {
  describe.each(ENGINES)("the dashboard on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    it("counts a lead the moment it arrives, without a reload, and each figure opens the leads it counts", async () => {
      const team = await givenTeam(
        api(),
        ["Ivy"],
        [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 3600 }],
      );
      const manager = await givenPerson(api(), "manager", "Max Manager");
      await team.lead({ firstName: "Early" });
      const page = await signedIn(manager);
      expect(new URL(page.url()).pathname).toBe("/dashboard");
      await page.getByRole("list", { name: "Leads now" }).waitFor();
      await page.getByRole("img", { name: /^Leads by hour: / }).waitFor();
      const received = await figure(page, "Today against yesterday", "Received");
      const pooled = await figure(page, "Leads now", "In the pool");
      expect(received).toBeGreaterThanOrEqual(1);
      const byCategory = page.getByRole("region", { name: "By category" });
      const row = byCategory.getByRole("row").filter({ hasText: team.category });
      await expect.poll(() => row.textContent()).toMatch(new RegExp(`^Home improvement ${team.category}`));
      expect(await row.getByRole("link").textContent()).toBe("Home improvement");
      await expectAccessible(page, "the dashboard");

      const loaded = await page.evaluate(() => performance.timeOrigin);
      await team.lead({ firstName: "Zoe", lastName: "Quill" });
      await expect
        .poll(() => figure(page, "Today against yesterday", "Received"), { timeout: 15_000 })
        .toBe(received + 1);
      await expect.poll(() => figure(page, "Leads now", "In the pool"), { timeout: 15_000 }).toBe(pooled + 1);
      await expect
        .poll(
          async () =>
            (await page
              .getByRole("listitem")
              .filter({ hasText: /^Received/ })
              .last()
              .textContent()) ?? "",
        )
        .toMatch(new RegExp(`^Received${received + 1}`));
      expect(await page.evaluate(() => performance.timeOrigin), "the page was not reloaded").toBe(loaded);

      await page
        .getByRole("list", { name: "Leads now" })
        .getByRole("link", { name: /^In the pool/ })
        .click();
      await page.getByRole("heading", { name: "Leads", exact: true }).waitFor();
      expect(new URL(page.url()).search).toBe("?status=pooled");
      expect(await page.getByLabel("Status").inputValue()).toBe("pooled");
      await page.getByRole("link", { name: "Zoe Quill" }).waitFor();

      await page.goBack();
      await page.getByRole("link", { name: "This week" }).click();
      await page.getByRole("list", { name: "This week against last week" }).waitFor();
      expect(await figure(page, "This week against last week", "Received")).toBeGreaterThanOrEqual(
        received + 1,
      );
      await expectAccessible(page, "the dashboard for this week");
    });

    it("fits a phone", async () => {
      const manager = await givenPerson(api(), "manager", "Pia Phone");
      const page = await signedIn(manager, PHONE);
      await page.getByRole("img", { name: /^Leads by hour: / }).waitFor();
      await page.getByRole("heading", { name: "Funnel" }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the dashboard on a phone");
    });
  });
});
