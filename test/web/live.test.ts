import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible } from "./support/browser.js";
import { givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("live updates in Chromium", () => {
  describe.each(ENGINES)("live updates on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);
    const offerCard = (page: Page, name: string) =>
      page.getByRole("article", { name: new RegExp(`^Offer: ${name}`) });

    it("shows an offer the moment it arrives, with its countdown, and works it through to won", async () => {
      const team = await givenTeam(
        api(),
        ["Ana"],
        [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 300 }],
      );
      const page = await signedIn(team.people[0]!);
      expect(new URL(page.url()).pathname).toBe("/work");
      await page.getByText("No offers right now").waitFor();
      await expectAccessible(page, "an empty workspace");

      const lead = await team.lead({ firstName: "Dana", city: "Des Moines", state: "IA" });
      expect(lead.status).toBe("offered");
      const card = offerCard(page, "Dana");
      await card.waitFor();
      await expect.poll(() => page.title()).toBe("(1) Work · Carousel");
      const countdown = card.getByRole("progressbar", { name: "Time left to answer" });
      expect(Number(await countdown.getAttribute("aria-valuenow"))).toBeGreaterThan(90);
      await expect.poll(() => card.textContent()).toMatch(/[0-5]:\d\d left/);
      expect(await card.textContent()).not.toContain("@example.com");
      await expectAccessible(page, "the workspace with an offer");

      await card.getByRole("button", { name: "Accept Dana" }).click();
      await page.getByRole("heading", { name: "Dana Byron" }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/leads/${lead.id}`);
      await expect
        .poll(() => page.getByRole("link", { name: /^Call \+/ }).getAttribute("href"))
        .toMatch(/^tel:\+1/);
      await expectAccessible(page, "the lead detail");

      await page.getByRole("button", { name: "Contacted" }).click();
      await page.getByRole("listitem").filter({ hasText: "Moved to Contacted" }).waitFor();
      await page.getByRole("button", { name: "Won" }).click();
      await page.getByLabel("Revenue (USD)").fill("1200");
      await page.getByRole("button", { name: "Move to Won" }).click();
      await page.getByText("Moved to Won ($1,200.00)").waitFor();
      expect(await page.locator('[aria-current="step"]').textContent()).toBe("Won");
      const stored = await api().call({
        method: "GET",
        url: `/api/v1/leads/${lead.id}`,
        headers: { authorization: "Bearer test-admin-token" },
      });
      expect(stored.data).toMatchObject({ stage: "won", revenue: 1200 });
    });

    it("moves an offer left to expire to the next agent's screen without a reload", async () => {
      const team = await givenTeam(
        api(),
        ["Bea", "Cal"],
        // Long enough for the first agent's screen to show the offer on a busy machine before it expires.
        [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 10, attempts: 2 }],
      );
      const pages = await Promise.all(team.people.map((p) => signedIn(p)));
      const lead = await team.lead({ firstName: "Eli" });
      const first = team.people.findIndex((p) => p.recipient === lead.assignments[0]!.recipient);
      const [holder, next] = [pages[first]!, pages[1 - first]!];
      await offerCard(holder, "Eli").waitFor();
      await offerCard(next, "Eli").waitFor({ timeout: 30_000 });
      await offerCard(holder, "Eli").waitFor({ state: "detached" });
      await expect.poll(() => holder.title()).toBe("Work · Carousel");
    });
  });
});
