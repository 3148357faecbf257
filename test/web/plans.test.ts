import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { admin } from "../support/app.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("the plans screen in Chromium", () => {
  describe.each(ENGINES)("the plans screen on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    /** A category whose leads go in turn to two agents, with four stored leads; a manager on its plan. */
    const givenPlansScreen = async () => {
      const team = await givenTeam(
        api(),
        ["Ana", "Ben"],
        [{ select: {}, method: "round_robin", mode: "direct" }],
      );
      for (const firstName of ["Cal", "Dot", "Eli", "Fox"]) await team.lead({ firstName });
      const manager = await givenPerson(api(), "manager", "Mara");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Plans" }).click();
      await page.getByLabel("Category").selectOption(team.category);
      await page.getByRole("heading", { name: "Tier 1" }).waitFor();
      const versions = await api().call({
        method: "GET",
        url: `/api/v1/categories/${team.category}/plan/versions`,
        headers: admin,
      });
      const next = (versions.data as { items: unknown[] }).items.length + 1;
      return { page, team, next, ana: team.people[0]!.recipient! };
    };

    it("lets a manager simulate a plan change over stored leads, save it, and see the new version", async () => {
      const { page, team, next, ana } = await givenPlansScreen();
      const tier = page.getByRole("listitem", { name: "Tier 1" });
      await tier.getByLabel("Recipient keys").fill(ana);

      await page.getByRole("button", { name: "Simulate this draft over stored leads" }).click();
      const table = page.getByRole("table", { name: "Now against the draft, per recipient" });
      await table.waitFor();
      await expect.poll(() => page.getByText("4 stored leads replayed").count()).toBe(1);
      const row = (name: string) =>
        table
          .getByRole("row", { name: new RegExp(`^${name} `) })
          .getByRole("cell")
          .allTextContents();
      // Now: two each, in turn; the draft: all four to Ana, none to Ben.
      expect((await row("Ana")).slice(0, 3)).toEqual(["2", "4", "+2"]);
      expect((await row("Ben")).slice(0, 3)).toEqual(["2", "0", "−2"]);
      expect((await row("Unassigned")).slice(0, 3)).toEqual(["0", "0", "no change"]);
      await expectAccessible(page, "the plans screen with a simulation");

      await page.getByRole("button", { name: `Save as version ${next}` }).click();
      await page.getByText(`Version ${next} of the ${team.category} plan is live.`).waitFor();
      const history = page.getByRole("list", { name: "Plan versions" });
      const newest = history.getByRole("listitem").first();
      await newest.getByRole("heading", { name: `Version ${next} Live` }).waitFor();
      expect(await newest.textContent()).toContain("Saved by you");
      expect(await newest.textContent()).toContain(ana);
      await page.getByRole("button", { name: `Save as version ${next + 1}` }).waitFor();
    });

    it("edits tiers by keyboard, shows the API's refusal next to its field, and restores an old version", async () => {
      const { page, next } = await givenPlansScreen();
      await page.getByRole("button", { name: "Add tier" }).click();
      const second = page.getByRole("listitem", { name: "Tier 2" });
      await second.getByLabel("Mode").selectOption("pull");
      await second.getByLabel("Pool time (seconds)").fill("900");
      await page.getByRole("button", { name: "Move tier 2 up" }).focus();
      await page.keyboard.press("Enter");
      // The moved tier is first now: its Up button is off, so focus is on its Down button.
      await expect
        .poll(() => page.evaluate<string | null>(`document.activeElement?.getAttribute("aria-label")`))
        .toBe("Move tier 1 down");
      expect(await page.getByRole("listitem", { name: "Tier 1" }).getByLabel("Mode").inputValue()).toBe(
        "pull",
      );

      const first = page.getByRole("listitem", { name: "Tier 1" });
      await first.getByLabel("Recipient keys").fill("nobody-by-this-key");
      await page.getByRole("button", { name: `Save as version ${next}` }).click();
      const keys = first.getByLabel("Recipient keys");
      await expect.poll(() => keys.getAttribute("aria-invalid")).toBe("true");
      await first.getByText("Recipient nobody-by-this-key does not exist").waitFor();
      await expectAccessible(page, "the tier editor with an error");

      await page.getByRole("button", { name: "Restore version 1 as draft" }).click();
      await page.getByText("Version 1 restored as the draft.").waitFor();
      // Version 1 is the one every category starts with: offers to agents in turn, then a pool.
      expect(await page.getByRole("heading", { name: /^Tier \d$/ }).count()).toBe(2);
      expect(await page.getByRole("listitem", { name: "Tier 1" }).getByLabel("Mode").inputValue()).toBe(
        "push",
      );
      await page.getByRole("button", { name: "View version 1" }).click();
      await page.getByRole("table", { name: "The tiers of version 1" }).waitFor();
    });
  });
});
