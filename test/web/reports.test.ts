import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("the reports in Chromium", () => {
  describe.each(ENGINES)("the reports on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    it("shows the funnel, the counts per group, speed to lead and fairness, each with its CSV", async () => {
      const team = await givenTeam(api(), ["Ivy"], [{ select: {}, method: "round_robin", mode: "direct" }]);
      const manager = await givenPerson(api(), "manager", "Rita Reports");
      await team.lead({ firstName: "Early" });
      await team.lead({ firstName: "Later" });
      const page = await signedIn(manager);
      await page.getByRole("link", { name: "Reports" }).first().click();
      await page.getByRole("heading", { name: "Reports", exact: true }).waitFor();
      const funnel = page.getByRole("list", { name: "Funnel" });
      await funnel.waitFor();
      const received = await funnel.getByRole("listitem").first().textContent();
      expect(
        Number(
          String(received)
            .replace(/^Received/, "")
            .split("·")[0]!
            .replace(/[^\d]/g, ""),
        ),
      ).toBeGreaterThanOrEqual(2);
      await page.getByRole("heading", { name: "Speed to lead" }).waitFor();
      await page.getByRole("row", { name: /Ivy/ }).waitFor();

      await page.getByLabel("Group by").selectOption("source");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("groupBy")).toBe("source");
      await page.getByRole("columnheader", { name: "Source" }).first().waitFor();
      const csv = await page.getByRole("link", { name: "Download CSV" }).first().getAttribute("href");
      expect(csv).toMatch(/^\/api\/v1\/reports\/funnel\?.*groupBy=source.*format=csv/);
      const file = await page.evaluate(async (href) => (await fetch(href!)).text(), csv);
      expect(file.split("\n")[0]).toMatch(/^key,received,assigned/);
      await expectAccessible(page, "the reports");
    });

    it("fits a phone", async () => {
      const manager = await givenPerson(api(), "manager", "Pia Phone");
      const page = await signedIn(manager, PHONE);
      await page.goto(new URL("/reports", page.url()).toString());
      await page.getByRole("list", { name: "Funnel" }).waitFor();
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the reports on a phone");
    });
  });
});
