import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { startSmtpListener } from "../support/receivers.js";
import { describeInBrowser, expectAccessible, overflowing, PHONE } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

describeInBrowser("email templates and the suppression list in Chromium", () => {
  describe.each(ENGINES)("email templates and the suppression list on %s in Chromium", (engine) => {
    let smtp: Awaited<ReturnType<typeof startSmtpListener>> | undefined;
    const { api, signedIn } = suiteDesk(engine, async () => {
      smtp = await startSmtpListener();
      return { SMTP_URL: smtp.url };
    });

    it("writes a template with a live preview of a stored lead, sets the sender, and sends a test", async () => {
      const team = await givenTeam(api(), ["Kit"], [{ select: {}, method: "round_robin", mode: "direct" }]);
      const lead = await team.lead({ firstName: "Quinn" });
      const page = await signedIn(await givenPerson(api(), "manager", "Mae Manager"));
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Email" }).click();
      await page.getByText("No templates yet.").waitFor();
      await page.getByRole("link", { name: "New template" }).click();

      const form = page.getByRole("form", { name: "New template" });
      await form.getByLabel("Name").fill("Welcome back");
      await form.getByLabel("Subject").fill("Hello {{ lead.firstName }}");
      await form.getByLabel("HTML").fill("<p>Hi {{ lead.firstName }} of {{ lead.city }}</p>");
      await page.getByLabel("Fill it with").selectOption({ label: "A stored lead…" });
      await page.getByLabel("Lead id").fill(lead.id);
      await page.getByText("Hello Quinn", { exact: true }).waitFor();
      const html = page.frameLocator('iframe[title="The email\'s HTML"]');
      await html.getByText(/^Hi Quinn of /).waitFor();
      // The preview follows the editor as it is typed.
      await form.getByLabel("Subject").fill("Good news, {{ lead.firstName }}");
      await page.getByText("Good news, Quinn", { exact: true }).waitFor();
      await expectAccessible(page, "the template editor");

      await page.getByLabel("Send a test to").fill("me@example.com");
      await page.getByRole("button", { name: "Send test" }).click();
      await page
        .getByRole("alert")
        .getByText(/sender/i)
        .waitFor();
      expect(smtp!.mails).toHaveLength(0);

      await form.getByRole("button", { name: "Create template" }).click();
      await page.getByText("Template Welcome back created.").waitFor();
      await page.waitForURL(/\/email\/templates\/welcome-back$/);

      await page.getByRole("navigation", { name: "Email" }).getByRole("link", { name: "Sender" }).click();
      const sender = page.getByRole("form", { name: "Sender" });
      await sender.getByLabel("From name").fill("Acme Windows");
      await sender.getByLabel("From address").fill("hello@acme.example");
      await sender.getByLabel("Postal address").fill("1 Main St, Des Moines, IA 50309");
      await sender.getByRole("button", { name: "Save sender" }).click();
      await page.getByText("Nurture emails go out from this sender.").waitFor();

      await page.getByRole("navigation", { name: "Email" }).getByRole("link", { name: "Templates" }).click();
      await page.getByRole("link", { name: "Welcome back" }).click();
      await page.getByLabel("Fill it with").selectOption({ label: "A stored lead…" });
      await page.getByLabel("Lead id").fill(lead.id);
      await page.getByText("Good news, Quinn", { exact: true }).waitFor();
      await page.getByLabel("Send a test to").fill("me@example.com");
      await page.getByRole("button", { name: "Send test" }).click();
      await page.getByText("Test sent to me@example.com.").waitFor();
      expect(smtp!.mails).toHaveLength(1);
      expect(smtp!.mails[0]!.to).toEqual(["me@example.com"]);
      expect(smtp!.mails[0]!.raw).toContain("Good news, Quinn");

      const saved = await api().call({ url: "/api/v1/templates/welcome-back", headers: admin });
      expect(saved.data).toMatchObject({
        name: "Welcome back",
        subject: "Good news, {{ lead.firstName }}",
        text: null,
      });
    });

    it("imports a pasted list into the suppression list, says what it refused, and takes one off", async () => {
      const page = await signedIn(await givenPerson(api(), "manager", "Mo Manager"), PHONE);
      await page.goto(new URL("/settings/suppressions", page.url()).href);
      await page.getByText("Nobody is suppressed.").waitFor();
      await page
        .getByLabel("Email addresses or phone numbers")
        .fill("email,phone\nAnn@Example.com,+1 515 555 0100\nbo@example.com\n12");
      await page.getByRole("button", { name: "Add 2 emails and 2 phones" }).click();
      await page.getByText("3 added, 0 already listed, 1 refused:").waitFor();
      const list = page.getByRole("list", { name: "Suppressed" });
      await list.getByText("ann@example.com").waitFor();
      expect(await list.getByRole("listitem").count()).toBe(3);
      expect(await overflowing(page)).toEqual([]);
      await expectAccessible(page, "the suppression list on a phone");

      await page.getByRole("button", { name: "Take off ann@example.com" }).click();
      await page.getByRole("button", { name: "Take off", exact: true }).click();
      await page.getByText("ann@example.com taken off the suppression list.").waitFor();
      await list.getByText("ann@example.com").waitFor({ state: "detached" });

      const left = (await api().call({ url: "/api/v1/suppressions", headers: admin })).data as {
        items: { kind: string; value: string }[];
      };
      expect(left.items.map((s) => s.value).sort()).toEqual(["+15155550100", "bo@example.com"]);
    });
  });
});
