import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("the manager's and admin's screens in Chromium", () => {
  describe.each(ENGINES)("manager and admin screens on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("lets a manager assign a stranded lead by hand from Needs attention, and the row leaves", async () => {
      const { category, source } = await givenIntake(api());
      const key = `neb-${category.key}`;
      await givenRecipient(api(), {
        key,
        name: "Omaha Windows",
        categories: [category.key],
        territory: { states: ["NE"] },
      });
      const posted = await postLead(api(), source.intakeKey, aLead({ firstName: "Stella", state: "IA" }));
      expect(posted.data.status).toBe("unassigned");
      const manager = await givenPerson(api(), "manager", "Max Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Needs attention" })
        .click();
      const row = page.getByRole("listitem", { name: /^Stella Byron: No recipient covers IA 50309/ });
      await row.waitFor();
      expect(await row.textContent()).toContain("Fix: Add a recipient whose territory covers IA 50309");
      await expectAccessible(page, "Needs attention");

      await row.getByRole("button", { name: "Assign by hand" }).click();
      await row.getByLabel("Recipient").selectOption(key);
      await row.getByLabel("Reason").fill("Omaha takes Council Bluffs overflow");
      await expectAccessible(page, "Needs attention with the assign form open");
      await row.getByRole("button", { name: "Assign", exact: true }).click();
      await page.getByText(`Stella Byron assigned to ${key}.`).waitFor();
      await row.waitFor({ state: "detached" });

      const lead = await api().call({ url: `/api/v1/leads/${posted.data.id}`, headers: admin });
      expect(lead.data.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([key]);
    });
  });
});
