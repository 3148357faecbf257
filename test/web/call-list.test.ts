import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

/** Calling hours all day long in the lead's own time, so the test does not depend on the hour it runs. */
const ALL_DAY = { hours: { from: "00:00", to: "23:59" }, attempts: 3, days: 3, perDay: 2 };

describeInBrowser("the call list in Chromium", () => {
  describe.each(ENGINES)("the call list on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    it("takes an agent on a phone through two leads: why each is next, its number, an outcome, and the next one at once", async () => {
      const team = await givenTeam(api(), ["Cy"], [{ select: {}, method: "round_robin", mode: "direct" }]);
      const calling = await api().call({
        method: "PUT",
        url: `/api/v1/categories/${team.category}/calling`,
        headers: admin,
        payload: ALL_DAY,
      });
      expect(calling.statusCode).toBe(200);
      const first = await team.lead({ firstName: "Ann" });
      const second = await team.lead({ firstName: "Bo" });
      const page = await signedIn(team.people[0]!, PHONE);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Call list" }).click();

      const ann = page.getByRole("article", { name: "Call next: Ann Byron" });
      await ann.waitFor();
      await ann.getByText(/^Why next: new lead in the \w+ band \(score \d+\), not called yet/).waitFor();
      const dial = ann.getByRole("link", { name: /^Call \+1/ });
      expect(await dial.getAttribute("href")).toMatch(/^tel:\+1\d{10}$/);
      expect(
        await page.getByRole("list", { name: "Up next" }).getByRole("link", { name: "Bo Byron" }).count(),
      ).toBe(1);
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the call list on a phone");

      const tomorrow = new Date(Date.now() + 86_400_000);
      const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000)
        .toISOString()
        .slice(0, 16);
      await ann.getByLabel("Call back at (optional)").fill(local);
      await ann.getByLabel("Notes (optional)").fill("Asked to call after lunch");
      await ann.getByRole("button", { name: "Voicemail" }).click();

      const bo = page.getByRole("article", { name: "Call next: Bo Byron" });
      await bo.waitFor();
      await page.getByText("Voicemail: logged for Ann Byron.").waitFor();
      await page.getByText("1 next try not due yet").waitFor();

      await bo.getByRole("button", { name: "Do not call" }).click();
      await bo
        .getByRole("alertdialog", { name: "Never call Bo Byron again?" })
        .getByText(/goes on the do-not-call list/)
        .waitFor();
      await bo.getByRole("button", { name: "Yes, never call again" }).click();
      await page.getByText("Nobody to call right now.").waitFor();

      const annLead = (await api().call({ url: `/api/v1/leads/${first.id}`, headers: admin })).data as {
        phone: string;
        events: { type: string; data: Record<string, unknown> }[];
      };
      expect(annLead.events.find((e) => e.type === "call")?.data).toMatchObject({
        outcome: "voicemail",
        notes: "Asked to call after lunch",
      });
      const tasks = (await api().call({ url: `/api/v1/tasks?lead=${first.id}`, headers: admin })).data as {
        items: { title: string; dueAt: string }[];
      };
      expect(tasks.items.map((t) => t.title)).toEqual(["Call back Ann Byron"]);
      expect(Math.abs(Date.parse(tasks.items[0]!.dueAt) - tomorrow.getTime())).toBeLessThan(60_000);
      const boLead = (await api().call({ url: `/api/v1/leads/${second.id}`, headers: admin })).data as {
        phone: string;
      };
      const suppressed = (await api().call({ url: "/api/v1/suppressions?kind=phone", headers: admin }))
        .data as {
        items: { value: string }[];
      };
      expect(suppressed.items.map((s) => s.value)).toContain(boLead.phone);
      expect(suppressed.items.map((s) => s.value)).not.toContain(annLead.phone);
    });
  });
});
