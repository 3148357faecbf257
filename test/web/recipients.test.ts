import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenCategory } from "../support/fixtures.js";
import { givenRecipient } from "../support/routing.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

/** A partner's lead receiver on 127.0.0.1: answers every lead with its own id, and keeps what it got. */
function suiteReceiver() {
  let server: Server | undefined;
  const received: { method: string; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      let body = "";
      req.on("data", (chunk: Buffer) => (body += chunk.toString()));
      req.on("end", () => {
        received.push({ method: req.method ?? "", body });
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ accepted: true, leadRef: "RCV-4242" }));
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
  return {
    received,
    get url() {
      return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/leads`;
    },
  };
}

describeInBrowser("the recipients screens in Chromium", () => {
  describe.each(ENGINES)("recipients on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const receiver = suiteReceiver();
    const api = () => remote(server.url);
    const stored = async (key: string) => {
      const res = await api().call({ method: "GET", url: `/api/v1/recipients/${key}`, headers: admin });
      return res.data as Record<string, unknown> & { key: string };
    };

    it("lets a manager add a recipient on the state grid with a schedule, list it, edit a cap, meet a conflict and send a test", async () => {
      const category = await givenCategory(api(), { name: `Windows ${engine}` });
      await givenRecipient(api(), {
        key: `omaha-${engine}`,
        name: "Omaha Windows",
        kind: "partner",
        categories: [category.key],
        territory: { states: ["NE"] },
        exclusive: true,
      });
      const manager = await givenPerson(api(), "manager", "Mona Manager");
      const page = await (await browser.context()).newPage();
      await signIn(page, server.url, manager.email, manager.password);

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recipients" }).click();
      await page.getByRole("heading", { name: "Recipients" }).waitFor();
      await page.getByRole("link", { name: "Add recipient" }).click();
      await page.getByRole("heading", { name: "New recipient" }).waitFor();
      await page.getByLabel("Name", { exact: true }).fill("Des Moines Windows");
      await page.getByLabel("Key", { exact: true }).fill(`des-moines-${engine}`);
      await page.getByLabel("Kind").selectOption("partner");
      await page.getByRole("checkbox", { name: `Windows ${engine}` }).check();

      const states = page.getByRole("group", { name: "States" });
      await states.getByRole("button", { name: "Iowa" }).click();
      expect(await states.getByRole("button", { name: "Iowa" }).getAttribute("aria-pressed")).toBe("true");
      // The second state by keyboard: from Iowa one tile down is Missouri.
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Space");
      expect(await states.getByRole("button", { name: "Missouri" }).getAttribute("aria-pressed")).toBe(
        "true",
      );
      await page.getByRole("list", { name: "Chosen states" }).getByText("Missouri").waitFor();

      await page.getByLabel("Time zone").selectOption("America/Chicago");
      await page.getByRole("radio", { name: "At set hours" }).check();
      await page.getByLabel("Saturday from").waitFor({ state: "detached" });
      await page.getByRole("button", { name: "Add hours on Saturday" }).click();
      await page.getByLabel("Saturday from").fill("10:00");
      await page.getByLabel("Saturday to").fill("14:00");
      await page.getByRole("button", { name: "Add a vacation" }).click();
      await page.getByLabel("First day away").fill("2027-07-01");
      await page.getByLabel("Last day away").fill("2027-07-04");
      await expectAccessible(page, "the new recipient editor");
      await page.getByRole("button", { name: "Add recipient" }).click();

      await page.getByRole("heading", { name: "Des Moines Windows" }).waitFor();
      await page.getByText("Des Moines Windows added.").waitFor();
      const created = await stored(`des-moines-${engine}`);
      expect(created).toMatchObject({
        kind: "partner",
        categories: [category.key],
        territory: { states: ["IA", "MO"] },
        schedule: {
          timezone: "America/Chicago",
          hours: { mon: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [["10:00", "14:00"]] },
        },
        awayPeriods: [{ from: "2027-07-01T05:00:00.000Z", to: "2027-07-05T05:00:00.000Z" }],
      });
      expect((created["schedule"] as { hours: Record<string, unknown> }).hours["sun"]).toBeUndefined();

      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Recipients" }).click();
      const row = page.getByRole("row", { name: /Des Moines Windows/ });
      await row.waitFor();
      expect(await row.textContent()).toContain("IA, MO");
      await page.getByLabel("Status").selectOption("away");
      await page.getByText("No recipient matches these filters").waitFor();
      expect(new URL(page.url()).search).toBe("?status=away");
      await page.getByRole("link", { name: "Clear" }).click();
      await expectAccessible(page, "the recipients list");

      await row.getByRole("link", { name: "Des Moines Windows" }).click();
      await page.getByLabel("Cap per day").fill("5");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Des Moines Windows saved.").waitFor();
      await expect.poll(async () => (await stored(`des-moines-${engine}`))["caps"]).toEqual({ day: 5 });
      await expectAccessible(page, "the recipient editor");

      // An exclusive territory that reaches into Nebraska, which Omaha Windows holds.
      await page.getByRole("checkbox", { name: /^Exclusive/ }).check();
      await page.getByRole("group", { name: "States" }).getByRole("button", { name: "Nebraska" }).click();
      await page.getByRole("button", { name: "Save changes" }).click();
      const territory = page.getByRole("region", { name: "Territory" });
      const conflict = territory.getByRole("alert");
      await conflict.waitFor();
      expect(await conflict.textContent()).toContain(`omaha-${engine} holds an exclusive territory`);
      expect(await conflict.textContent()).toContain("NE");
      expect((await stored(`des-moines-${engine}`))["exclusive"]).toBe(false);

      await page.getByRole("checkbox", { name: /^Exclusive/ }).uncheck();
      await page.getByLabel("Channel").selectOption("http");
      await page.getByLabel("URL", { exact: true }).fill(receiver.url);
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect
        .poll(async () => (await stored(`des-moines-${engine}`))["delivery"])
        .toMatchObject({ channel: "http", url: receiver.url });
      await page.getByRole("button", { name: "Send a test" }).click();
      const result = page.getByRole("region", { name: "Test result" });
      await result.getByText("Delivered").waitFor();
      expect(await result.getByLabel("Response received").textContent()).toContain("RCV-4242");
      expect(await result.getByLabel("Request sent").textContent()).toContain(receiver.url);
      expect(receiver.received.length).toBeGreaterThan(0);
      await expectAccessible(page, "the recipient editor with a test result");

      // Pausing shows since when and by whom, read back from the API; resuming clears it.
      await page.getByRole("button", { name: "Pause deliveries" }).click();
      const pauseState = page.getByRole("status").filter({ hasText: "Deliveries paused since" });
      await pauseState.waitFor();
      expect(await pauseState.textContent()).toContain("by Mona Manager");
      await page.reload();
      await pauseState.waitFor();
      await page.getByRole("button", { name: "Resume deliveries" }).click();
      await page.getByRole("status").filter({ hasText: "Deliveries go out" }).waitFor();
    });
  });
});
