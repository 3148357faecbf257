import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("the agent workspace in Chromium", () => {
  describe.each(ENGINES)("the agent workspace on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    it("lets exactly one of two agents claim a pooled lead; the other sees it taken", async () => {
      const team = await givenTeam(
        api(),
        ["Dee", "Eve"],
        [{ select: {}, method: "round_robin", mode: "pull", poolSeconds: 600 }],
      );
      const pages = await Promise.all(team.people.map((p) => signedIn(p)));
      const lead = await team.lead({ firstName: "Fay" });
      expect(lead.status).toBe("pooled");
      // Reloaded, so this test is about the race alone; the stream's own tests show leads arriving.
      for (const page of pages) await page.reload();
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
      await page.reload();
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
      expect(await overflowing(page)).toEqual([]);
      const nav = await page.getByRole("navigation", { name: "Main" }).boundingBox();
      expect(nav!.y).toBeGreaterThan(700);
      await expectAccessible(page, "my leads on a phone");
      await page.getByRole("link", { name: "Ivy Byron" }).click();
      await page.getByRole("heading", { name: "Ivy Byron" }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the lead detail on a phone");
    });
  });
});
