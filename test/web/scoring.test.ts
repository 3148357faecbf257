import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { describeInBrowser, expectAccessible } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("a category's scoring and calling in Chromium", () => {
  describe.each(ENGINES)("a category's scoring and calling on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    it("lets a manager score a field, a behaviour and set calling hours; the next lead is scored by it", async () => {
      const { category, source } = await givenIntake(api());
      const page = await signedIn(await givenPerson(api(), "manager", "Meg Manager"));
      await page.goto(new URL(`/categories/${category.key}`, page.url()).href);

      const scoring = page.getByRole("form", { name: "Field scoring" });
      await scoring.getByRole("button", { name: "Add a rule" }).click();
      const rule = scoring.getByRole("group", { name: "Rule 1" });
      await rule.getByRole("button", { name: "Add a condition of rule 1" }).click();
      await rule.getByLabel("Field").selectOption("creditScore");
      await rule.getByLabel("Test").selectOption({ label: "at least" });
      await rule.getByLabel("Value").fill("700");
      await rule.getByLabel("Points of rule 1").fill("25");
      await scoring.getByRole("button", { name: "Save scoring" }).click();
      await page.getByText("Scoring saved; it applies to leads from now on.").waitFor();

      const behavior = page.getByRole("form", { name: "Behaviour scoring" });
      await behavior.getByRole("button", { name: "Add an event rule" }).click();
      await behavior.getByLabel("Event", { exact: true }).fill("email_clicked");
      await behavior.getByLabel("Points for email_clicked").fill("10");
      await behavior.getByLabel("Half-life (days)").fill("7");
      await behavior.getByRole("button", { name: "Save behaviour scoring" }).click();
      await page.getByText("Behaviour scoring saved.").waitFor();

      const calling = page.getByRole("form", { name: "Calling" });
      await calling.getByLabel("Calls from").fill("09:00");
      await calling.getByLabel("Calls until").fill("20:00");
      await calling.getByLabel("Tries in all").fill("4");
      await calling.getByRole("button", { name: "Save calling" }).click();
      await page.getByText("Calling settings saved.").waitFor();
      await expectAccessible(page, "the category's scoring and calling");

      const get = async (path: string) => (await api().call({ url: path, headers: admin })).data as unknown;
      expect(await get(`/api/v1/categories/${category.key}/behavior`)).toEqual({
        rules: [{ event: "email_clicked", points: 10, halfLifeDays: 7 }],
      });
      expect(await get(`/api/v1/categories/${category.key}/calling`)).toMatchObject({
        hours: { from: "09:00", to: "20:00" },
        attempts: 4,
      });
      const lead = await postLead(api(), source.intakeKey, aLead({ creditScore: 710 }));
      const low = await postLead(api(), source.intakeKey, aLead({ creditScore: 600 }));
      expect(
        ((await get(`/api/v1/leads/${(lead.data as { id: string }).id}`)) as { score: number }).score,
      ).toBe(25);
      expect(
        ((await get(`/api/v1/leads/${(low.data as { id: string }).id}`)) as { score: number }).score,
      ).toBe(0);
    });

    it("explains a lead's score on its page: the field rule and event that gave points, and the history", async () => {
      const { category, source } = await givenIntake(api());
      const put = async (path: string, payload: Record<string, unknown>) =>
        expect((await api().call({ method: "PUT", url: path, headers: admin, payload })).statusCode).toBe(
          200,
        );
      await put(`/api/v1/categories/${category.key}/scoring`, {
        rules: [{ when: [{ field: "creditScore", op: "gte", value: 700 }], points: 25 }],
        bands: [],
      });
      await put(`/api/v1/categories/${category.key}/behavior`, {
        rules: [{ event: "page_visit", points: 60, halfLifeDays: 7 }],
      });
      const lead = (await postLead(api(), source.intakeKey, aLead({ creditScore: 710 }))).data as {
        id: string;
      };
      const visit = await api().call({
        method: "POST",
        url: `/api/v1/leads/${lead.id}/events`,
        headers: admin,
        payload: { type: "page_visit" },
      });
      expect(visit.statusCode).toBe(201);

      const page = await signedIn(await givenPerson(api(), "manager", "Meg Manager"));
      await page.goto(new URL(`/leads/${lead.id}`, page.url()).href);
      const score = page.getByRole("region", { name: "Score" });
      await score.getByText("85 · Hot", { exact: true }).waitFor();
      const points = score.getByRole("list", { name: "Points" });
      await points.getByText("CreditScore at least 700: +25").waitFor();
      await points.getByText(/Page visit .*: \+60, \+60 now \(half-life 7 days\)/).waitFor();
      const history = score.getByRole("list", { name: "Score history" }).getByRole("listitem");
      expect(await history.allInnerTexts()).toEqual([
        expect.stringMatching(/^85 · Hot\s+Page visit/),
        expect.stringMatching(/^25 · Cold\s+fields at intake/),
      ]);
      await expectAccessible(page, "the lead's score");
    });
  });
});
