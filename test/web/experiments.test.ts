import { describe, expect, it } from "vitest";
import { armFor } from "../../src/domain/experiments/split.js";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenPlan } from "../support/routing.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("the experiments in Chromium", () => {
  describe.each(ENGINES)("the experiments on %s in Chromium", (engine) => {
    const { api, signedIn } = suiteDesk(engine);

    /** A team of two whose live plan sends every lead to Ivy; the version before it sent to both. */
    async function givenTwoVersions() {
      const team = await givenTeam(
        api(),
        ["Ivy", "Jay"],
        [{ select: {}, method: "round_robin", mode: "direct" }],
      );
      const ivy = team.keyOf(team.people[0]!);
      const live = await givenPlan(api(), team.category, [
        { select: { keys: [ivy] }, method: "round_robin", mode: "direct" },
      ]);
      return { team, live: live.version };
    }

    it("starts an experiment between two plan versions, shows each arm's measures and the verdict, and promotes the winner with a re-test", async () => {
      const { team, live } = await givenTwoVersions();
      const manager = await givenPerson(api(), "manager", "Eve Experiments");
      const page = await signedIn(manager);
      await page.getByRole("link", { name: "Experiments" }).first().click();
      await page.getByRole("heading", { name: "Experiments", exact: true }).waitFor();
      await page.getByRole("link", { name: "New experiment" }).click();

      const form = page.getByRole("form", { name: "New experiment" });
      await form.getByLabel("Category").selectOption(team.category);
      const armA = form.getByRole("listitem", { name: "Arm 1" });
      const armB = form.getByRole("listitem", { name: "Arm 2" });
      await expect.poll(() => armA.getByLabel("Plan version").inputValue()).toBe(String(live));
      expect(await armB.getByLabel("Plan version").inputValue()).toBe(String(live - 1));
      expect(await armA.getByLabel("Share %").inputValue()).toBe("50");
      await armB.getByLabel("Name").fill("Everyone");
      await form.getByLabel("After a number of leads").check();
      await form.getByLabel("Leads", { exact: true }).fill("40");
      await form.getByRole("button", { name: "Start the experiment" }).click();
      await page.getByRole("heading", { name: `Experiment on ${team.category}` }).waitFor();
      const id = new URL(page.url()).pathname.split("/").pop()!;
      const stored = await api().call({ method: "GET", url: `/api/v1/experiments/${id}`, headers: admin });
      expect(stored.data).toMatchObject({ category: team.category, status: "running", maxLeads: 40 });
      expect(stored.data.arms).toMatchObject([
        { name: "Arm A", planVersion: live, share: 0.5 },
        { name: "Everyone", planVersion: live - 1, share: 0.5 },
      ]);

      // Every lead of the challenger is won for $200; none of the control's.
      const leads = [];
      for (let i = 0; i < 8; i++) leads.push(await team.lead({ firstName: `Lead${i}` }));
      const wonByB = leads.filter((l) => armFor(l.id, [0.5, 0.5]) === 1);
      for (const lead of wonByB) {
        const won = await api().call({
          method: "POST",
          url: `/api/v1/leads/${lead.id}/stage`,
          headers: admin,
          payload: { stage: "won", revenue: 200 },
        });
        expect(won.statusCode).toBe(200);
      }
      await page.reload();
      const everyone = page.getByRole("row", { name: /^Everyone/ });
      await everyone.waitFor();
      const cells = await everyone.getByRole("cell").allTextContents();
      // Share, leads, contact rate, win rate, speed, margin, revenue, return rate.
      expect(cells[1]).toBe(String(wonByB.length));
      if (wonByB.length > 0) expect(cells[3]).toBe("100.0%");
      const verdict = page.getByRole("region", { name: "Verdict" });
      expect(await verdict.textContent()).toMatch(/No difference|wins on win rate/);
      expect(await verdict.textContent()).toContain("You may look as often as you like");

      await page.getByLabel("Arm to promote").selectOption({ label: "Everyone" });
      expect(await page.getByLabel("Holdout %").inputValue()).toBe("10");
      await page.getByLabel("For (days)").fill("7");
      await page.getByRole("button", { name: "Promote Everyone" }).click();
      await page.getByText("Everyone was promoted").waitFor();
      const retest = page.getByRole("region", { name: "Re-test" });
      await retest.getByText("10% of new leads on the previous plan").waitFor();
      await expectAccessible(page, "an experiment after its promotion");

      await retest.getByRole("link", { name: "Open the re-test" }).click();
      await page.getByText("Running (re-test)").first().waitFor();
      expect(await page.getByRole("row", { name: /^holdout/ }).count()).toBe(1);

      await page.getByRole("link", { name: "All experiments" }).click();
      const rows = page.getByRole("region", { name: "Experiments table" }).getByRole("row");
      await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
      expect(
        await page
          .getByRole("row", { name: /Promoted/ })
          .first()
          .textContent(),
      ).toContain("Arm A 50% · Everyone 50%");
      await page.getByLabel("Category", { exact: true }).selectOption(team.category);
      const past = page.getByRole("region", { name: "Past re-tests" }).getByRole("row");
      await expect.poll(() => past.count()).toBe(2);
      expect(await past.nth(1).textContent()).toContain("Running (re-test)");
      await expectAccessible(page, "the experiments");
    });

    it("schedules re-tests for a category through the form, shows the next date and a field's problem, and clears it", async () => {
      const { team, live } = await givenTwoVersions();
      const manager = await givenPerson(api(), "manager", "Rita Retests");
      const page = await signedIn(manager);
      await page.goto(new URL("/experiments", page.url()).toString());
      const region = page.getByRole("region", { name: "Re-test schedule" });
      await page.getByLabel("Category", { exact: true }).selectOption(team.category);
      await region.getByText("No re-tests are scheduled for this category.").waitFor();
      const form = region.getByRole("form", { name: "Re-test schedule" });
      expect(await form.getByLabel("On plan version").inputValue()).toBe(String(live - 1));

      await form.getByLabel("Held back %").fill("60");
      await form.getByRole("button", { name: "Schedule re-tests" }).click();
      const share = form.getByLabel("Held back %");
      await expect.poll(() => share.getAttribute("aria-invalid")).toBe("true");
      const url = `/api/v1/categories/${team.category}/retest-schedule`;
      expect((await api().call({ method: "GET", url, headers: admin })).data.schedule).toBeNull();

      await share.fill("10");
      await form.getByLabel("Every (days)").fill("30");
      await form.getByLabel("For (days)").fill("7");
      await form.getByLabel("Next re-test on").fill("2099-01-01");
      await form.getByLabel(/Switch back/).check();
      await form.getByRole("button", { name: "Schedule re-tests" }).click();
      await region.getByText("Next re-test: Jan 1, 2099.").waitFor();
      expect(await region.textContent()).toContain(
        `Every 30 days, 10% of new leads are held back on plan version ${live - 1} for 7 days`,
      );
      const stored = await api().call({ method: "GET", url, headers: admin });
      expect(stored.data.schedule).toMatchObject({
        everyDays: 30,
        share: 0.1,
        days: 7,
        against: live - 1,
        switchBack: true,
      });
      await expectAccessible(page, "a re-test schedule");

      page.once("dialog", (dialog) => void dialog.accept());
      await form.getByRole("button", { name: "Clear the schedule" }).click();
      await region.getByText("No re-tests are scheduled for this category.").waitFor();
      expect((await api().call({ method: "GET", url, headers: admin })).data.schedule).toBeNull();
    });

    it("stops a running experiment once asked, and fits a phone", async () => {
      const { team, live } = await givenTwoVersions();
      const started = await api().call({
        method: "POST",
        url: "/api/v1/experiments",
        headers: admin,
        payload: {
          category: team.category,
          arms: [
            { planVersion: live, share: 50 },
            { planVersion: live - 1, share: 50 },
          ],
        },
      });
      expect(started.statusCode).toBe(201);
      const manager = await givenPerson(api(), "manager", "Pia Phone");
      const page = await signedIn(manager, PHONE);
      const id = started.data.id as string;
      for (const [path, ready] of [
        ["/experiments", "Experiments table"],
        ["/experiments/new", "New experiment"],
        [`/experiments/${id}`, "Verdict"],
      ] as const) {
        await page.goto(new URL(path, page.url()).toString());
        await page.getByRole(path.endsWith("new") ? "form" : "region", { name: ready }).waitFor();
        await page.locator(".skeleton").first().waitFor({ state: "detached" });
        expect(await overflowing(page), path).toEqual([]);
        await expectAccessible(page, `${path} on a phone`);
      }
      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Stop the experiment" }).click();
      await page.getByText("Stopped", { exact: true }).first().waitFor();
      const after = await api().call({
        method: "GET",
        url: `/api/v1/experiments/${started.data.id}`,
        headers: admin,
      });
      expect(after.data.status).toBe("stopped");
    });
  });
});
