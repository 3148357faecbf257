import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

const MARKUP = "<img src=x onerror=alert(1)>";

describeInBrowser("categories and sources in Chromium", () => {
  describe.each(ENGINES)("categories and sources on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("lets a manager create a category with its fields, showing the API's problem next to the field it names", async () => {
      const manager = await givenPerson(api(), "manager", "Cat Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Categories" }).click();
      await page.getByRole("heading", { name: "Categories" }).waitFor();
      await page.getByRole("link", { name: "New category" }).click();

      await page.getByLabel("Name").fill("Solar panels");
      expect(await page.getByLabel("Key", { exact: true }).inputValue()).toBe("solar-panels");
      await page.getByRole("button", { name: "+ Add field" }).click();
      await page.getByRole("group", { name: "Field 1" }).getByLabel("Key", { exact: true }).fill("email");
      await page.getByRole("button", { name: "Create category" }).click();
      const first = page.getByRole("group", { name: "Field 1: email" });
      await first.getByText('fields[0].key "email" is a reserved lead field').waitFor();
      expect(await first.getByLabel("Key", { exact: true }).getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "a new category with a problem shown");

      await first.getByLabel("Key", { exact: true }).fill("roofType");
      const roof = page.getByRole("group", { name: "Field 1: roofType" });
      await roof.getByLabel("Label", { exact: true }).fill(MARKUP);
      await roof.getByLabel("Type", { exact: true }).selectOption("enum");
      await roof.getByLabel("Options").fill("flat\npitched\n");
      await roof.getByLabel("Required").check();
      await page.getByRole("button", { name: "+ Add field" }).click();
      await page.getByRole("group", { name: "Field 2" }).getByLabel("Key", { exact: true }).fill("budget");
      await page
        .getByRole("group", { name: "Field 2: budget" })
        .getByLabel("Type", { exact: true })
        .selectOption("number");
      await page.getByRole("button", { name: "Move Field 2: budget up" }).click();
      await page.getByLabel("Phone").uncheck();
      await page.getByLabel("Window (days)").fill("14");
      await page.getByRole("button", { name: "Create category" }).click();

      await page.getByRole("heading", { name: "Solar panels" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/categories/solar-panels");
      await page.getByRole("form", { name: "Stages" }).waitFor();
      await expectAccessible(page, "a category's editor with its stages");
      const saved = await api().call({ url: "/api/v1/categories/solar-panels", headers: admin });
      expect(saved.data).toMatchObject({
        fields: [
          { key: "budget", type: "number", required: false },
          { key: "roofType", type: "enum", required: true, options: ["flat", "pitched"], label: MARKUP },
        ],
        dedupe: { keys: ["email"], windowDays: 14 },
      });

      await page.getByRole("link", { name: "Back to categories" }).click();
      await page.getByRole("link", { name: "Solar panels" }).waitFor();
      await page.getByRole("cell", { name: "Email, 14 days" }).waitFor();
      await expectAccessible(page, "the categories list");
    });
  });
});
