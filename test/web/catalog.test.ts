import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

const MARKUP = "<img src=x onerror=alert(1)>";

/**
 * A site on another origin that embeds Carousel's form, under a strict CSP of its own: scripts and
 * form posts only to Carousel, nothing inline. Its pages are set by the test.
 */
function hostSite() {
  const pages = new Map<string, string>();
  let server: Server | undefined;
  let carousel = "";
  beforeAll(async () => {
    server = createServer((request, response) => {
      const body = pages.get(request.url ?? "");
      if (body === undefined) return response.writeHead(404).end();
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": `default-src 'none'; script-src ${carousel}; form-action ${carousel}`,
      });
      response.end(
        `<!doctype html><html lang="en"><head><title>Spring offers</title></head><body><main><h1>Spring offers</h1>${body}</main></body></html>`,
      );
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return {
    /** Serves `html` at `path` of the site, allowing scripts and forms from `carouselUrl`. */
    page(path: string, html: string, carouselUrl: string): string {
      carousel = carouselUrl;
      pages.set(path, html);
      const address = server!.address();
      if (!address || typeof address === "string") throw new Error("the host site is not listening");
      return `http://127.0.0.1:${address.port}${path}`;
    },
  };
}

describeInBrowser("categories and sources in Chromium", () => {
  describe.each(ENGINES)("categories and sources on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);
    const site = hostSite();

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

    it("lets a manager create a source, and a lead sent through its embedded script or HTML form arrives from it", async () => {
      await api().call({
        method: "POST",
        url: "/api/v1/categories",
        headers: admin,
        payload: {
          key: "windows",
          name: "Windows",
          fields: [
            { key: "roofType", type: "enum", required: true, options: ["flat", "pitched"], label: MARKUP },
            { key: "budget", type: "number" },
          ],
        },
      });
      const manager = await givenPerson(api(), "manager", "Sol Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
      await page.getByRole("heading", { name: "Sources" }).waitFor();
      await page.getByRole("link", { name: "New source" }).click();
      await page.getByLabel("Name").fill("Spring landing");
      await page.getByLabel("Category").selectOption("windows");
      await page.getByLabel("Cost per lead (USD)").fill("12.50");
      await expectAccessible(page, "a new source");
      await page.getByRole("button", { name: "Create source" }).click();

      await page.getByRole("heading", { name: "Spring landing" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/sources/spring-landing");
      const preview = page.frameLocator('iframe[title="Preview of the Spring landing form"]');
      await preview.getByText(MARKUP).waitFor();
      expect(await preview.locator("img").count()).toBe(0);
      await expectAccessible(page, "a source with its intake key and form to embed");
      const script = await page.getByLabel("Script tag", { exact: true }).inputValue();
      const html = await page.getByLabel("HTML form", { exact: true }).inputValue();
      expect(script).toBe(`<script src="${server.url}/forms/spring-landing.js" async></script>\n`);

      const visitor = await (await browser.context()).newPage();
      for (const [path, embed, firstName] of [
        ["/script", script, "Ann"],
        ["/html", html, "Ben"],
      ] as const) {
        await visitor.goto(site.page(path, embed, server.url));
        const form = visitor.getByRole("main");
        await form.getByRole("heading", { name: "Windows" }).waitFor();
        expect(await form.locator("img").count()).toBe(0);
        await form.getByLabel("First name", { exact: true }).fill(firstName);
        await form.getByLabel("Last name", { exact: true }).fill("Embed");
        await form.getByLabel("Email", { exact: true }).fill(`${firstName.toLowerCase()}@example.com`);
        await form.getByRole("combobox", { name: MARKUP }).selectOption("pitched");
        await form.getByLabel("Budget", { exact: true }).fill("8000");
        await form.getByRole("checkbox").check();
        await form.getByRole("button", { name: "Send" }).click();
        await visitor.getByRole("heading", { name: "Thank you" }).waitFor();
      }

      const leads = await api().call({ url: "/api/v1/leads?source=spring-landing", headers: admin });
      const items = (leads.data as { items: Record<string, unknown>[] }).items;
      expect(items.map((l) => [l["firstName"], l["source"], l["fields"]]).sort()).toEqual([
        ["Ann", "spring-landing", { roofType: "pitched", budget: 8000 }],
        ["Ben", "spring-landing", { roofType: "pitched", budget: 8000 }],
      ]);
      await page.goto(`${server.url}/leads?source=spring-landing`);
      await page.getByRole("row", { name: /^Ann Embed/ }).waitFor();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
      const row = page.getByRole("row", { name: /Spring landing/ });
      await row.getByRole("cell", { name: "$12.50" }).waitFor();
      await row.getByRole("cell", { name: "2", exact: true }).waitFor();
      await expectAccessible(page, "the sources list");
    });
  });
});
