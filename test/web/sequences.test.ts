import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { startSmtpListener } from "../support/receivers.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

const shot = async (page: Page, name: string) => {
  if (!process.env["SHOTS"]) return;
  const height = await page.evaluate<number>("document.documentElement.scrollHeight");
  const width = page.viewportSize()!.width;
  for (let y = 0, i = 0; y < height; y += 1000, i++)
    await page.screenshot({
      path: `/tmp/seq-${name}-${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(1000, height - y) },
    });
};

describeInBrowser("nurture sequences in Chromium", () => {
  describe.each(ENGINES)("nurture sequences on %s in Chromium", (engine) => {
    let smtp: Awaited<ReturnType<typeof startSmtpListener>> | undefined;
    const { api, signedIn } = suiteDesk(engine, async () => {
      smtp = await startSmtpListener();
      return { SMTP_URL: smtp.url, CAROUSEL_PUBLIC_URL: "http://carousel.example" };
    });
    const givenTemplate = async (key: string, name: string) => {
      const res = await api().call({
        method: "POST",
        url: "/api/v1/templates",
        headers: admin,
        payload: { key, name, subject: `${name} {{ lead.firstName }}`, html: `<p>${name}</p>` },
      });
      expect(res.statusCode, res.body).toBe(201);
    };

    it("creates a sequence with its rules and steps, shows the API's objection beside the field, and saves a new version", async () => {
      await givenTemplate("welcome", "Welcome");
      await givenTemplate("pricing", "Pricing");
      const page = await signedIn(await givenPerson(api(), "manager", "Nia Nurture"));
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sequences" }).click();
      await page.getByText("No sequences yet.").waitFor();
      await page.getByRole("link", { name: "New sequence" }).click();

      const form = page.getByRole("form", { name: "New sequence" });
      await form.getByLabel("Name").fill("Quote follow-up");
      await form.getByLabel("Tags").fill("quote");
      await form.getByLabel("Daily limit").fill("500");
      const steps = form.getByRole("list", { name: "Steps" });
      await steps.getByRole("listitem").first().getByLabel("Template").selectOption({ label: "Welcome" });
      await steps.getByRole("listitem").nth(2).getByLabel("Template").selectOption({ label: "Pricing" });
      await form.getByRole("button", { name: "Add step" }).click();
      const branch = steps.getByRole("listitem").nth(3);
      await branch.getByLabel("What it does").selectOption({ label: "Branch on a condition" });
      await branch.getByLabel("If the lead").selectOption({ label: "Clicked in an earlier email" });
      await branch.getByLabel("Email step").selectOption({ label: "Step 3 · Send Pricing" });
      await form.getByRole("button", { name: "Add step" }).click();
      const task = steps.getByRole("listitem").nth(4);
      await task.getByLabel("What it does").selectOption({ label: "Create a task" });
      await task.getByLabel("Task").fill("Call now: they clicked pricing");
      await branch.getByLabel("Then go to").selectOption({ label: "Step 5 · Create a task" });
      await branch.getByLabel("Otherwise").selectOption({ label: "The end (leave the sequence)" });
      // The window closes when it opens: the API refuses, and says so beside "To".
      await form.getByLabel("From", { exact: true }).fill("09:00");
      await form.getByLabel("To", { exact: true }).fill("09:00");
      await form.getByRole("button", { name: "Create sequence" }).click();
      await form.getByText("the window closes when it opens: give different times").waitFor();
      await form.getByText("The sequence was not saved: see the problems marked above.").waitFor();
      expect(await form.getByLabel("To", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await shot(page, "editor-error");
      await expectAccessible(page, "the sequence editor with a problem");
      expect((await api().call({ url: "/api/v1/sequences", headers: admin })).data.items).toEqual([]);

      await form.getByLabel("To", { exact: true }).fill("18:00");
      await form.getByRole("button", { name: "Create sequence" }).click();
      await page.getByText("Sequence Quote follow-up created.").waitFor();
      await page.waitForURL(/\/sequences\/quote-follow-up$/);
      const saved = (await api().call({ url: "/api/v1/sequences/quote-follow-up", headers: admin })).data;
      expect(saved).toMatchObject({
        version: 1,
        enroll: { tags: ["quote"], reenroll: "never" },
        exit: { stages: ["contacted", "won", "lost"], reply: true },
        window: { days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" },
        dailyLimit: 500,
        steps: [
          { type: "email", template: "welcome" },
          { type: "wait", seconds: 172_800 },
          { type: "email", template: "pricing" },
          { type: "branch", if: { clicked: "3" }, then: "5", else: "end" },
          { type: "task", title: "Call now: they clicked pricing" },
        ],
      });

      // A moved step keeps its id, so the branch's condition still names the same email; saving is version 2.
      const edit = page.getByRole("form", { name: "Sequence" });
      await edit.getByRole("button", { name: "Move step 2 down" }).click();
      await edit
        .getByRole("list", { name: "Steps" })
        .getByRole("listitem")
        .nth(4)
        .getByLabel("Due in (minutes)")
        .fill("15");
      await edit.getByRole("button", { name: "Save as version 2" }).click();
      await page.getByText("Sequence Quote follow-up saved as version 2.").waitFor();
      const v2 = (await api().call({ url: "/api/v1/sequences/quote-follow-up", headers: admin })).data;
      expect(v2.version).toBe(2);
      expect(v2.steps.map((s: { type: string; id?: string }) => [s.type, s.id ?? null])).toEqual([
        ["email", null],
        ["email", "3"],
        ["wait", "2"],
        ["branch", null],
        ["task", null],
      ]);
      await shot(page, "editor");
      await expectAccessible(page, "the sequence editor");

      // A second edit is version 3; the versions tab lists all three and shows version 1 as it was.
      await edit.getByLabel("Daily limit").fill("400");
      await edit.getByRole("button", { name: "Save as version 3" }).click();
      await page.getByText("Sequence Quote follow-up saved as version 3.").waitFor();
      await page.getByRole("link", { name: "Versions" }).click();
      const versions = page.getByRole("list", { name: "Versions" });
      await versions.getByRole("heading", { name: "Version 1" }).waitFor();
      expect(await versions.getByRole("heading", { level: 3 }).allTextContents()).toEqual([
        "Version 3 Live",
        "Version 2",
        "Version 1",
      ]);
      await versions.getByText("Saved by Nia Nurture").first().waitFor();
      await versions.getByRole("button", { name: "View version 1" }).click();
      const original = versions.getByRole("list", { name: "Steps of version 1" }).getByRole("listitem");
      expect(await original.nth(1).textContent()).toContain("Wait 2 days");
      expect(await original.nth(2).textContent()).toContain("Send Pricing");
      await versions.getByText("At most 500 a day").waitFor();
      expect(await versions.getByRole("textbox").count()).toBe(0);
      await shot(page, "versions");
      await expectAccessible(page, "the sequence's versions");
      const phoneVersions = await signedIn(await givenPerson(api(), "manager", "Vi Versions"), PHONE);
      await phoneVersions.goto(new URL("/sequences/quote-follow-up/versions", phoneVersions.url()).href);
      await phoneVersions.getByRole("button", { name: "View version 1" }).click();
      await phoneVersions.getByRole("list", { name: "Steps of version 1" }).waitFor();
      await shot(phoneVersions, "phone-versions");
      expect(await overflowing(phoneVersions)).toEqual([]);
      await page.getByRole("link", { name: "Steps & rules" }).click();

      await page.getByRole("link", { name: "Back to sequences" }).click();
      const row = page.getByRole("row", { name: /Quote follow-up/ });
      await row.getByText("Enrols by its rules").waitFor();
      expect(await row.getByRole("cell").nth(2).textContent()).toBe("3");
      await shot(page, "list");
    });

    it("shows an enrolled lead in the sequence and on its page, takes it out, enrols it again, and counts what was sent", async () => {
      await givenTemplate("drip-hello", "Drip hello");
      const put = await api().call({
        method: "PUT",
        url: "/api/v1/settings/mail",
        headers: admin,
        payload: {
          name: "Acme",
          email: "hello@acme.example",
          postalAddress: "1 Main St, Des Moines, IA 50309",
        },
      });
      expect(put.statusCode, put.body).toBe(200);
      const created = await api().call({
        method: "POST",
        url: "/api/v1/sequences",
        headers: admin,
        payload: {
          key: "drip",
          name: "Drip",
          enroll: {},
          exit: {},
          steps: [
            { type: "email", template: "drip-hello" },
            { type: "wait", seconds: 86_400 },
            { type: "email", template: "drip-hello" },
          ],
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const team = await givenTeam(api(), ["Ola"], [{ select: {}, method: "round_robin", mode: "direct" }]);
      const lead = await team.lead({
        firstName: "Olive",
        lastName: "Drip",
        email: `olive.${Date.now()}@example.com`,
      });
      const enrolled = await api().call({
        method: "POST",
        url: "/api/v1/sequences/drip/enrolments",
        headers: admin,
        payload: { leadId: lead.id },
      });
      expect(enrolled.statusCode, enrolled.body).toBe(201);
      await expect
        .poll(
          async () =>
            (await api().call({ url: "/api/v1/sequences/drip/metrics", headers: admin })).data.total.sent,
          { timeout: 30_000, interval: 250 },
        )
        .toBe(1);

      const page = await signedIn(await givenPerson(api(), "manager", "Eve Enrol"));
      await page.goto(new URL("/sequences", page.url()).href);
      await page.getByRole("link", { name: "Drip", exact: true }).click();
      await page.getByRole("navigation", { name: "Drip" }).getByRole("link", { name: "Enrolments" }).click();
      const row = page
        .getByRole("list", { name: "Enrolments" })
        .getByRole("listitem")
        .filter({ hasText: "Olive Drip" });
      await row.getByText("In the sequence").waitFor();
      await row.getByText(/next step 3 · Send Drip hello/).waitFor();
      await shot(page, "enrolments");
      await expectAccessible(page, "a sequence's enrolments");

      await page.getByRole("navigation", { name: "Drip" }).getByRole("link", { name: "Metrics" }).click();
      const total = page.getByRole("list", { name: "In all" });
      await total.getByRole("listitem").filter({ hasText: "Sent" }).getByText("1", { exact: true }).waitFor();
      await page.getByText(/Unique opens are inflated by mail privacy features/).waitFor();
      await page.getByRole("row", { name: /Step 1 · Send Drip hello/ }).waitFor();
      await page
        .getByRole("region", { name: "Per template table" })
        .getByRole("row", { name: /Drip hello/ })
        .waitFor();
      await shot(page, "metrics");
      await expectAccessible(page, "a sequence's metrics");

      await page.goto(new URL(`/leads/${lead.id}`, page.url()).href);
      const section = page.getByRole("region", { name: "Sequences" });
      await section.getByText("In the sequence").waitFor();
      await section.getByRole("button", { name: "Take out of Drip" }).click();
      await section.getByRole("button", { name: "Take out", exact: true }).click();
      await page.getByText("Taken out of Drip.").waitFor();
      await section.getByText("Left: removed by hand").waitFor();
      await section.getByLabel("Enrol in").selectOption({ label: "Drip" });
      await section.getByRole("button", { name: "Enrol" }).click();
      await page.getByText("Enrolled in Drip: its first step is due now.").waitFor();
      await section.getByText("In the sequence").waitFor();
      await shot(page, "lead");
      await expectAccessible(page, "the lead's sequences");
      const mine = (await api().call({ url: `/api/v1/leads/${lead.id}/enrolments`, headers: admin })).data
        .items;
      expect(
        mine.map((e: { status: string; exitReason: string | null }) => [e.status, e.exitReason]),
      ).toEqual([
        ["exited", "removed"],
        ["active", null],
      ]);

      const phone = await signedIn(await givenPerson(api(), "manager", "Ed Phone"), PHONE);
      for (const path of [`/leads/${lead.id}`, "/sequences/drip/enrolments", "/sequences/drip/metrics"]) {
        await phone.goto(new URL(path, phone.url()).href);
        await phone.getByRole("heading", { level: 1 }).first().waitFor();
        await phone.locator(".skeleton").first().waitFor({ state: "detached" });
        await shot(phone, `phone-${path.split("/").pop()}`);
        expect(await overflowing(phone), path).toEqual([]);
      }
    });

    it("fits a phone", async () => {
      await givenTemplate("phone-hello", "Phone hello");
      const page = await signedIn(await givenPerson(api(), "manager", "Pat Phone"), PHONE);
      await page.goto(new URL("/sequences/new", page.url()).href);
      await page.getByRole("form", { name: "New sequence" }).waitFor();
      await page.getByRole("button", { name: "Add step" }).click();
      const last = page.getByRole("list", { name: "Steps" }).getByRole("listitem").last();
      await last.getByLabel("What it does").selectOption({ label: "Send a text message" });
      await shot(page, "phone-editor");
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the sequence editor on a phone");
      await page.goto(new URL("/sequences", page.url()).href);
      await page.getByRole("heading", { name: "Sequences", level: 1 }).waitFor();
      await page.locator(".skeleton").first().waitFor({ state: "detached" });
      await shot(page, "phone-list");
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the sequences on a phone");
    });
  });
});
