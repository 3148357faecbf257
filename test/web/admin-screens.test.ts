import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { SETUP_CODE, suiteServer } from "./support/servers.js";

describeInBrowser("the manager's and admin's screens in Chromium", () => {
  describe.each(ENGINES)("manager and admin screens on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("lets a manager assign a stranded lead by hand from Needs attention, and the row leaves", async () => {
      const { category, source } = await givenIntake(api());
      const key = `neb-${category.key}`;
      await givenRecipient(api(), {
        key,
        name: "Omaha Windows",
        categories: [category.key],
        territory: { states: ["NE"] },
      });
      const posted = await postLead(api(), source.intakeKey, aLead({ firstName: "Stella", state: "IA" }));
      expect(posted.data.status).toBe("unassigned");
      const manager = await givenPerson(api(), "manager", "Max Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page
        .getByRole("navigation", { name: "Main" })
        .getByRole("link", { name: "Needs attention" })
        .click();
      const row = page.getByRole("listitem", { name: /^Stella Byron: No recipient covers IA 50309/ });
      await row.waitFor();
      expect(await row.textContent()).toContain("Fix: Add a recipient whose territory covers IA 50309");
      await expectAccessible(page, "Needs attention");

      await row.getByRole("button", { name: "Assign by hand" }).click();
      await row.getByLabel("Recipient").selectOption(key);
      await row.getByLabel("Reason").fill("Omaha takes Council Bluffs overflow");
      await expectAccessible(page, "Needs attention with the assign form open");
      await row.getByRole("button", { name: "Assign", exact: true }).click();
      await page.getByText(`Stella Byron assigned to ${key}.`).waitFor();
      await row.waitFor({ state: "detached" });

      const lead = await api().call({ url: `/api/v1/leads/${posted.data.id}`, headers: admin });
      expect(lead.data.assignments.map((a: { recipient: string }) => a.recipient)).toEqual([key]);
    });

    it("lets an admin invite a user who sets a password and signs in, then disable them: their page is signed out", async () => {
      const adminUser = await givenPerson(api(), "admin", "Ada Admin");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, adminUser.email, adminUser.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
      await page.getByRole("heading", { name: "Invite a user" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/settings/users");
      await expectAccessible(page, "Settings: users");

      const email = `ivy.${engine}.${Date.now().toString(36)}@example.com`;
      await page.getByLabel("Name").fill("Ivy Invitee");
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Role").selectOption("manager");
      await page.getByRole("button", { name: "Invite", exact: true }).click();
      const once = page.getByRole("region", { name: "Invite link for Ivy Invitee" });
      await once.waitFor();
      expect(await once.textContent()).toContain("shown only now");
      await once.getByRole("button", { name: "Copy" }).waitFor();
      await expectAccessible(page, "Settings: users with an invite link");
      const link = await once.getByRole("textbox").inputValue();
      expect(new URL(link).pathname).toMatch(/^\/invite\//);

      const invitee = await (await browser.context()).newPage();
      await invitee.goto(link);
      await invitee.getByLabel("Password").fill("ivy's long password");
      await invitee.getByRole("button", { name: "Set password and sign in" }).click();
      await invitee.getByRole("heading", { name: "Dashboard" }).waitFor();
      await invitee.getByRole("button", { name: "Sign out" }).waitFor();

      const row = page.getByRole("listitem", { name: "Ivy Invitee, Manager" });
      await row.getByRole("button", { name: "Disable" }).click();
      const confirm = row.getByRole("alertdialog", { name: "Disable Ivy Invitee?" });
      expect(await confirm.textContent()).toContain("Their sessions end at once");
      await expectAccessible(page, "Settings: users, asking before disabling");
      await confirm.getByRole("button", { name: "Disable Ivy Invitee" }).click();
      await page.getByRole("listitem", { name: "Ivy Invitee, Manager, disabled" }).waitFor();

      // Ivy's open page learns on its next request that the session is over.
      await invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Leads" }).click();
      await invitee.getByRole("heading", { name: "Sign in" }).waitFor();
      expect(new URL(invitee.url()).pathname).toBe("/signin");
    });

    it("gives an admin API tokens, webhooks and the audit log with what changed", async () => {
      const adminUser = await givenPerson(api(), "admin", "Abe Admin");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, adminUser.email, adminUser.password);
      await page.goto(`${server.url}/settings/tokens`);
      await page.getByLabel("Token name").fill("CRM sync");
      await page.getByRole("button", { name: "Create token" }).click();
      await page.getByRole("region", { name: "Token CRM sync" }).waitFor();
      const tokens = page.getByRole("list", { name: "Tokens" });
      await tokens.getByRole("listitem", { name: "CRM sync" }).waitFor();
      await expectAccessible(page, "Settings: API tokens");
      await tokens
        .getByRole("listitem", { name: "CRM sync" })
        .getByRole("button", { name: "Revoke" })
        .click();
      await page.getByRole("button", { name: "Revoke token" }).click();
      await tokens.getByRole("listitem", { name: "CRM sync" }).waitFor({ state: "detached" });

      await page
        .getByRole("navigation", { name: "Settings" })
        .getByRole("link", { name: "Webhooks" })
        .click();
      await page.getByLabel("URL").fill("https://crm.example.com/carousel");
      await page.getByLabel("Received").check();
      await page.getByLabel("Stage changed").check();
      await page.getByRole("button", { name: "Add webhook" }).click();
      await page
        .getByRole("region", { name: "Signing secret for https://crm.example.com/carousel" })
        .waitFor();
      const hook = page.getByRole("listitem", { name: "https://crm.example.com/carousel" });
      expect(await hook.textContent()).toContain("received, stage changed");
      await expectAccessible(page, "Settings: webhooks");

      // Edit: a new address, one more event, and a new secret shown once.
      await hook.getByRole("button", { name: "Edit https://crm.example.com/carousel" }).click();
      const edit = page.getByRole("form", { name: "Edit webhook https://crm.example.com/carousel" });
      expect(await edit.getByLabel("Stage changed").isChecked()).toBe(true);
      await edit.getByLabel("URL").fill("https://crm.example.com/carousel/v2");
      await edit.getByLabel("Accepted").check();
      await edit.getByLabel("Replace the signing secret").check();
      await expectAccessible(page, "Settings: editing a webhook");
      await edit.getByRole("button", { name: "Save webhook" }).click();
      const edited = page.getByRole("listitem", { name: "https://crm.example.com/carousel/v2" });
      await edited
        .getByRole("region", { name: "New signing secret for https://crm.example.com/carousel/v2" })
        .waitFor();
      expect(await edited.textContent()).toContain("received, accepted, stage changed");

      await page
        .getByRole("navigation", { name: "Settings" })
        .getByRole("link", { name: "Audit log" })
        .click();
      await page.getByRole("combobox", { name: /^What/ }).selectOption("webhook");
      await page.getByRole("button", { name: "Apply" }).click();
      await expect.poll(() => new URL(page.url()).search).toBe("?entity=webhook");
      const entry = page.getByRole("list", { name: "Changes" }).getByRole("listitem").first();
      await entry.getByText("Abe Admin").click();
      const changes = entry.getByRole("list", { name: /^What changed in/ });
      expect(await changes.textContent()).toContain("https://crm.example.com/carousel");
      await expectAccessible(page, "Settings: audit log");
    });
  });
});

describeInBrowser("getting started in Chromium", () => {
  describe.each(ENGINES)("a new admin getting started on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);
    const put = async (method: string, url: string, payload: Record<string, unknown>) => {
      const res = await api().call({ method: method as "POST", url, headers: admin, payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
    };

    it("follows the checklist from the first run to a test lead that reaches a recipient", async () => {
      const page = await (await browser.context()).newPage();
      await page.goto(server.url);
      await page.getByLabel("Setup code").fill(SETUP_CODE);
      await page.getByLabel("Your name").fill("Nia New");
      await page.getByLabel("Email").fill(`nia.${engine}@example.com`);
      await page.getByLabel("Password").fill("a long enough password");
      await page.getByRole("button", { name: "Create admin and sign in" }).click();
      await page.getByRole("heading", { name: "Getting started" }).waitFor();
      const steps = page.getByRole("list", { name: "Steps" });
      const step = (title: string, state: "done" | "to do") =>
        steps.getByRole("listitem", { name: `${title}: ${state}` });
      await step("Create a category", "to do").waitFor();
      expect(await step("Create a category", "to do").getByRole("link").getAttribute("href")).toBe(
        "/categories",
      );
      await expectAccessible(page, "Getting started, nothing done");
      const menu = page.getByRole("navigation", { name: "Main" });
      await menu.getByRole("link", { name: "Getting started" }).waitFor({ state: "attached" });

      // Each step is ticked from what exists, however it was made.
      await put("POST", "/api/v1/categories", { key: "windows", name: "Windows", fields: [] });
      await page.reload();
      await step("Create a category", "done").waitFor();
      expect(await step("Add a source with its form", "to do").getByRole("link").getAttribute("href")).toBe(
        "/sources",
      );
      await put("POST", "/api/v1/sources", { key: "landing", name: "Landing page", category: "windows" });
      await givenRecipient(api(), {
        key: "des-moines",
        name: "Des Moines Windows",
        categories: ["windows"],
        territory: { states: ["IA"] },
      });
      await page.reload();
      await step("Add recipients", "done").waitFor();
      // A new category starts with a default plan; the admin puts the one they want.
      expect(
        await steps
          .getByRole("listitem", { name: /^Make a plan: / })
          .getByRole("link")
          .getAttribute("href"),
      ).toBe("/plans");
      await put("PUT", "/api/v1/categories/windows/plan", {
        tiers: [{ select: {}, method: "round_robin", mode: "direct" }],
      });
      await page.reload();
      await step("Make a plan", "done").waitFor();

      const last = step("Send a test lead", "to do");
      await last.getByRole("button", { name: "Send a test lead" }).click();
      await page.getByText("It went to des-moines").waitFor();
      await step("Send a test lead", "done").waitFor();
      await expectAccessible(page, "Getting started, all done");
      await page.getByRole("link", { name: "See where it went →" }).click();
      await page.getByRole("heading", { name: "Test Lead" }).waitFor();
      expect(new URL(page.url()).pathname).toMatch(/^\/leads\//);

      // Everything is set up: the checklist leaves the menu, and its address still works.
      await menu.getByRole("link", { name: "Getting started" }).waitFor({ state: "detached" });
      await menu.getByRole("link", { name: "Leads" }).waitFor({ state: "attached" });
      await page.goto(`${server.url}/getting-started`);
      await step("Send a test lead", "done").waitFor();
      expect(await menu.getByRole("link", { name: "Getting started" }).count()).toBe(0);
    });
  });
});
