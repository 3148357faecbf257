import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { aLead, givenIntake, postLead } from "../support/fixtures.js";
import { describeInBrowser, expectAccessible, PHONE, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

const SHOTS = process.env["CAROUSEL_SHOTS"];

describeInBrowser("imports and exports in Chromium", () => {
  describe.each(ENGINES)("imports and exports on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("lets an admin import a file of leads, watch it reach 100% and read why each bad row was refused", async () => {
      const { source } = await givenIntake(api());
      const stamp = Date.now().toString(36);
      const csv = [
        "First Name,Last Name,Email,Zip,product",
        `Rae,Quill,rae.${stamp}@example.com,50309,solar`,
        `Sid,Vance,not-an-email,50309,solar`,
        `Tia,Wells,tia.${stamp}@example.com,50309,boats`,
        `Uma,Xu,uma.${stamp}@example.com,50309,windows`,
        `"=HYPERLINK(""http://x"")",Yu,val.${stamp}@example.com,50309,solar`,
      ].join("\n");
      const adminUser = await givenPerson(api(), "admin", "Ava Admin");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, adminUser.email, adminUser.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Import" }).click();
      await page.getByRole("heading", { name: "Import", level: 1 }).waitFor();
      await expectAccessible(page, "the import form");

      await page.getByLabel("Source").selectOption(source.key);
      await page.getByRole("button", { name: "CSV file" }).setInputFiles({
        name: "spring-fair.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(csv),
      });
      await page.getByRole("button", { name: "Start import" }).click();
      const bar = page.getByRole("progressbar", { name: "Import progress" });
      await expect.poll(() => bar.getAttribute("value"), { timeout: 30_000 }).toBe("100");
      await page.getByText("Done: 2 leads imported; 3 rows refused.", { exact: false }).first().waitFor();
      const refused = page.getByRole("table").filter({ hasText: "Why" });
      await refused.getByRole("row", { name: /^3 email: / }).waitFor();
      await refused.getByRole("row", { name: /^4 product: / }).waitFor();
      await refused.getByRole("row", { name: /^6 firstName: starts like a spreadsheet formula/ }).waitFor();
      await page.getByText("Columns: what each fills").click();
      await page.getByRole("row", { name: "First Name firstName" }).waitFor();
      await expectAccessible(page, "an import's report");
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/import-${engine}-desktop.png`, fullPage: true });
    });

    it("gives the leads table an Export CSV button that downloads the filtered leads", async () => {
      const { source } = await givenIntake(api());
      await postLead(api(), source.intakeKey, aLead({ firstName: "Wes" }));
      await postLead(api(), source.intakeKey, aLead({ firstName: "Zoe" }));
      const manager = await givenPerson(api(), "manager", "Max Manager");
      const page = await (await browser.context(PHONE)).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page.goto(`${server.url}/leads?q=Wes&source=${source.key}`);
      await page.getByRole("row", { name: /^Wes Byron/ }).waitFor();
      const link = page.getByRole("link", { name: "Export CSV" });
      expect(await link.getAttribute("href")).toBe(`/api/v1/leads/export?q=Wes&source=${source.key}`);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      const path = await download.path();
      const { readFile } = await import("node:fs/promises");
      const text = await readFile(path, "utf8");
      expect(text).toContain(",Wes,");
      expect(text).not.toContain(",Zoe,");
      await expectAccessible(page, "the leads table on a phone");
      if (SHOTS) {
        await page.goto(`${server.url}/import`);
        await page.getByRole("heading", { name: "Import", level: 1 }).waitFor();
        await page.screenshot({ path: `${SHOTS}/import-${engine}-phone.png`, fullPage: true });
      }
    });
  });
});
