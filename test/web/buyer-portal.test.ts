import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible } from "./support/browser.js";
import { givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("a buyer's portal in Chromium", () => {
  describe.each(ENGINES)("a buyer's portal on %s in Chromium", (engine) => {
    const { server, api, signedIn } = suiteDesk(engine);

    it("lands a buyer on the leads it bought, only its own, and lets it return one with a reason it then sees on Returns", async () => {
      const team = await givenTeam(
        api(),
        ["Des Moines Windows", "Omaha Doors"],
        [{ select: {}, method: "round_robin", mode: "direct" }],
        "buyer",
        {},
        { price: 25 },
      );
      const lou = await team.lead({ firstName: "Lou" });
      const max = await team.lead({ firstName: "Max" });
      const buyer = team.people.find((p) => p.recipient === lou.assignments[0]!.recipient)!;
      expect(max.assignments[0]!.recipient).not.toBe(buyer.recipient);
      const policy = await api().call({
        method: "PUT",
        url: `/api/v1/recipients/${team.keyOf(buyer)}/return-policy`,
        headers: admin,
        payload: { windowDays: 7, monthlyCap: 2, reasons: ["Wrong number", "Duplicate"] },
      });
      expect(policy.statusCode).toBe(200);

      const page = await signedIn(buyer);
      expect(new URL(page.url()).pathname).toBe("/leads-bought");
      await page.getByRole("heading", { name: "Leads bought" }).waitFor();
      const bought = page.getByRole("list", { name: "Leads bought" });
      const louRow = bought.getByRole("listitem").filter({ hasText: "Lou Byron" });
      await louRow.waitFor();
      expect(await louRow.getByLabel("Cost").textContent()).toBe("$25.00");
      expect(await page.getByText("Max Byron").count()).toBe(0);
      await expectAccessible(page, "the leads a buyer bought");

      await louRow.getByRole("button", { name: "Return this lead" }).click();
      await louRow.getByLabel("Why are you returning it?").selectOption("Duplicate");
      await expectAccessible(page, "the return form");
      await louRow.getByRole("button", { name: "Return lead" }).click();
      await page.getByText("Lead returned.").waitFor();
      await louRow.waitFor({ state: "detached" });

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Returns" }).click();
      await page.getByRole("heading", { name: "Returns", level: 1 }).waitFor();
      const row = page.getByRole("row", { name: /Lou Byron/ });
      await row.waitFor();
      expect(await row.textContent()).toContain("Duplicate");
      expect(await row.textContent()).toContain("$25.00");
      await page.getByText("1 of 2").waitFor();
      await expectAccessible(page, "a buyer's returns");

      // Another buyer's lead does not exist for this one.
      await page.goto(`${server.url}/leads/${max.id}`);
      await page.getByRole("alert").waitFor();
      expect(await page.getByRole("heading", { name: "Max Byron" }).count()).toBe(0);
    });
  });
});
