import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, PHONE, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("partners and staff in Chromium", () => {
  describe.each(ENGINES)("partners and staff on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("shows a partner its own leads and never another's", async () => {
      const team = await givenTeam(
        api(),
        ["Jay Windows", "Kim Roofing"],
        [{ select: {}, method: "round_robin", mode: "direct" }],
        "partner",
      );
      const first = await team.lead({ firstName: "Lou" });
      const second = await team.lead({ firstName: "Max" });
      expect(first.assignments[0]!.recipient).not.toBe(second.assignments[0]!.recipient);
      const owner = team.people.find((p) => p.recipient === first.assignments[0]!.recipient)!;
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, owner.email, owner.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Our leads" }).click();
      await page.getByRole("heading", { name: "Our leads" }).waitFor();
      await page.getByRole("link", { name: "Lou Byron" }).waitFor();
      expect(await page.getByRole("link", { name: "Max Byron" }).count()).toBe(0);
      await expectAccessible(page, "a partner's leads");
      await page.goto(`${server.url}/leads/${second.id}`);
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("heading", { name: "Max Byron" }).count()).toBe(0);
    });

    it("gives a manager the leads table with filters in the URL, the keyboard, and the decision trace", async () => {
      const team = await givenTeam(
        api(),
        ["Ned", "Oli"],
        [{ select: {}, method: "round_robin", mode: "direct" }],
      );
      const lead = await team.lead({ firstName: "Pam", state: "IA", zip: "50309" });
      await team.lead({ firstName: "Quinn" });
      const manager = await givenPerson(api(), "manager", "Mia Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      expect(new URL(page.url()).pathname).toBe("/dashboard");
      await page.getByRole("list", { name: "Today" }).waitFor();
      await expectAccessible(page, "the dashboard");

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" }).click();
      await page.getByLabel("Search").fill("Pam");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("?q=Pam");
      await page.getByRole("row", { name: /^Pam Byron/ }).waitFor();
      await expect.poll(() => page.getByRole("row", { name: /^Quinn Byron/ }).count()).toBe(0);
      await expectAccessible(page, "the leads table");

      await page.getByRole("row", { name: /^Pam Byron/ }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Pam Byron" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/leads/${lead.id}`);
      const routing = page.getByRole("region", { name: "Routing" });
      // Named as people know them, not by key: "why Ned got it".
      const sentTo = lead.assignments[0]!.recipient.startsWith("ned-") ? "Ned" : "Oli";
      await routing.getByText(`Sent to ${sentTo}:`).waitFor();
      expect(await routing.textContent()).toContain("next in the rotation");
      expect(await routing.textContent()).not.toContain(lead.assignments[0]!.recipient);
      const timeline = page.getByRole("region", { name: "Timeline" });
      expect(await timeline.textContent()).toContain(`Assigned · ${sentTo}`);
      // The lead came from its source, named as people know it.
      expect(await timeline.textContent()).toContain("Landing page · ");
      expect(await timeline.textContent()).not.toContain("source:");
      const header = await page.locator(".lead-header").textContent();
      expect(header).toContain("from Landing page");
      expect(header).toContain("Home improvement");
      await expectAccessible(page, "the lead detail with its trace");

      await page.goBack();
      await page.getByRole("row", { name: /^Pam Byron/ }).waitFor();
      expect(new URL(page.url()).search).toBe("?q=Pam");

      // Newest first: ↑ from Pam reaches Quinn, ↓ comes back, and Enter opens the row it is on.
      await page.getByRole("link", { name: "Clear" }).click();
      await page.getByRole("row", { name: /^Pam Byron/ }).focus();
      const focused = async () => (await page.locator("tr:focus").getAttribute("aria-label")) ?? "";
      await page.keyboard.press("ArrowUp");
      await expect.poll(focused).toMatch(/^Quinn Byron/);
      await page.keyboard.press("ArrowDown");
      await expect.poll(focused).toMatch(/^Pam Byron/);
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Quinn Byron" }).waitFor();
    });

    it("opens a manager's menu as a drawer on a phone", async () => {
      const manager = await givenPerson(api(), "manager", "Moe Manager");
      const page = await (await browser.context(PHONE)).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      const leads = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" });
      expect(await leads.isVisible()).toBe(false);
      await page.getByRole("button", { name: "Menu" }).click();
      await leads.click();
      await page.getByRole("heading", { name: "Leads" }).waitFor();
      // Each lead is a card with its name for a title, above when it came.
      const card = page.getByRole("row", { name: /^Pam Byron/ });
      const name = await card.getByRole("link", { name: "Pam Byron" }).boundingBox();
      const received = await card.locator("time").boundingBox();
      expect(name!.y).toBeLessThan(received!.y);
      expect(await page.getByRole("columnheader", { name: "Name" }).isVisible()).toBe(false);
      await expectAccessible(page, "the leads table on a phone");
    });
  });
});
