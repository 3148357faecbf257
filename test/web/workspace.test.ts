import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, PHONE, signIn, suiteBrowser } from "./support/browser.js";
import { givenTeam, type Person } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("the agent workspace in Chromium", () => {
  describe.each(ENGINES)("the agent workspace on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    const signedIn = async (person: Person, viewport?: { width: number; height: number }) => {
      const page = await (await browser.context(viewport)).newPage();
      await signIn(page, server.url, person.email, person.password);
      return page;
    };
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
        .poll(() => page.getByRole("link", { name: /^Call / }).getAttribute("href"))
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
        [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 4, attempts: 2 }],
      );
      const pages = await Promise.all(team.people.map((p) => signedIn(p)));
      const lead = await team.lead({ firstName: "Eli" });
      const first = team.people.findIndex((p) => p.recipient === lead.assignments[0]!.recipient);
      const [holder, next] = [pages[first]!, pages[1 - first]!];
      await offerCard(holder, "Eli").waitFor();
      await offerCard(next, "Eli").waitFor({ timeout: 20_000 });
      await offerCard(holder, "Eli").waitFor({ state: "detached" });
      await expect.poll(() => holder.title()).toBe("Work · Carousel");
    });

    it("lets exactly one of two agents claim a pooled lead; the other sees it taken", async () => {
      const team = await givenTeam(
        api(),
        ["Dee", "Eve"],
        [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }],
      );
      const pages = await Promise.all(team.people.map((p) => signedIn(p)));
      const lead = await team.lead({ firstName: "Fay" });
      expect(lead.status).toBe("pooled");
      for (const page of pages) await page.getByRole("button", { name: "Claim Fay" }).waitFor();
      await expectAccessible(pages[0]!, "the pool");

      await Promise.all(pages.map((page) => page.getByRole("button", { name: "Claim Fay" }).click()));
      const outcomes = await Promise.all(
        pages.map((page) =>
          Promise.race([
            page
              .getByText("Taken by someone else")
              .waitFor()
              .then(() => "taken"),
            page
              .getByText("Claimed Fay.")
              .waitFor()
              .then(() => "won"),
          ]),
        ),
      );
      expect(outcomes.sort()).toEqual(["taken", "won"]);
    });

    it("shows a lead whose name is markup as text, and runs none of it", async () => {
      const team = await givenTeam(
        api(),
        ["Gil"],
        [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 300 }],
      );
      const page = await signedIn(team.people[0]!);
      let dialogs = 0;
      page.on("dialog", (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      const name = "<img src=x onerror=alert(1)>";
      await team.lead({ firstName: name, lastName: "<script>alert(2)</script>" });
      const card = page.getByRole("article", { name: `Offer: ${name}` });
      await card.waitFor();
      expect(await card.getByRole("heading").textContent()).toBe(name);
      expect(await card.locator("img").count()).toBe(0);
      await card.getByRole("button", { name: `Accept ${name}` }).click();
      await page.getByRole("heading", { name: `${name} <script>alert(2)</script>` }).waitFor();
      expect(await page.locator("main img").count()).toBe(0);
      expect(dialogs).toBe(0);
    });

    it("fits a phone: one column, the menu in a bottom bar, and My leads ordered by priority", async () => {
      const team = await givenTeam(api(), ["Hal"], [{ select: {}, method: "round_robin", mode: "direct" }]);
      await team.lead({ firstName: "Ivy" });
      const page = await signedIn(team.people[0]!, PHONE);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My leads" }).click();
      await page.getByRole("link", { name: "Ivy Byron" }).waitFor();
      const width = await page.evaluate<number>("document.documentElement.scrollWidth");
      expect(width).toBeLessThanOrEqual(390);
      const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
      expect(nav!.y).toBeGreaterThan(700);
      await expectAccessible(page, "my leads on a phone");
      await page.getByRole("link", { name: "Ivy Byron" }).click();
      await page.getByRole("heading", { name: "Ivy Byron" }).waitFor();
      expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
      await expectAccessible(page, "the lead detail on a phone");
    });
  });
});
