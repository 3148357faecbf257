import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake, aLead, postLead } from "../support/fixtures.js";
import { answers, startReceiver, type Receiver } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import {
  describeInBrowser,
  expectAccessible,
  overflowing,
  PHONE,
  signIn,
  suiteBrowser,
} from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("the deliveries screen in Chromium", () => {
  describe.each(ENGINES)("the deliveries screen on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    /**
     * A buyer named `name` on `receiver`, tried once a lead (so a refused lead is dead at once), and
     * a lead for each of `firstNames` sent to it; waits until every one of them is dead.
     */
    async function givenDeadDeliveries(receiver: Receiver, name: string, firstNames: string[]) {
      const {
        category: { key: category },
        source,
      } = await givenIntake(api());
      const buyer = `${name.split(" ")[0]!.toLowerCase()}-${category}`;
      await givenRecipient(api(), {
        key: buyer,
        name,
        kind: "buyer",
        categories: [category],
        delivery: { channel: "http", url: receiver.url, maxAttempts: 1 },
      });
      await givenPlan(api(), category, [
        { select: { keys: [buyer] }, method: "round_robin", mode: "direct" },
      ]);
      for (const firstName of firstNames)
        expect((await postLead(api(), source.intakeKey, aLead({ firstName }))).statusCode).toBe(201);
      await expect
        .poll(
          async () => {
            const listed = await api().call({
              method: "GET",
              url: `/api/v1/deliveries?recipient=${buyer}`,
              headers: admin,
            });
            return (listed.data?.items ?? []).map((d: { status: string }) => d.status);
          },
          { timeout: 30_000, interval: 200 },
        )
        .toEqual(firstNames.map(() => "dead"));
      return buyer;
    }

    /** A manager's page on the deliveries to `buyer`, as the URL filters them. */
    async function deliveriesOf(buyer: string, viewport?: { width: number; height: number }) {
      const manager = await givenPerson(api(), "manager", "Mara");
      const page = await (await browser.context(viewport)).newPage();
      await signIn(page, server.url, manager.email, manager.password);
      await page.goto(`${server.url}/deliveries?recipient=${buyer}`);
      await page.getByRole("heading", { name: "Deliveries" }).waitFor();
      return page;
    }

    /** Whether the `at`-th delivery to Birch Doors is the row the keyboard is on. */
    const focused = (page: Page, at: number) =>
      page
        .getByRole("row", { name: /^Birch Doors/ })
        .nth(at)
        .and(page.locator(":focus"))
        .count();

    it("lets a manager replay a dead delivery and see it delivered", async () => {
      // A buyer whose receiver is down for the first try (one try only, so it is dead at once) and back for the next.
      const receiver = await startReceiver(
        answers(
          { status: 503, body: '{"error":"down for maintenance"}' },
          { status: 200, body: '{"id":"b-1"}' },
        ),
      );
      try {
        const buyer = await givenDeadDeliveries(receiver, "Acme Windows", ["Ivo"]);

        const manager = await givenPerson(api(), "manager", "Mara");
        const page = await (await browser.context()).newPage();
        await signIn(page, server.url, manager.email, manager.password);
        await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Deliveries" })
          .click();
        await page.getByLabel("Recipient").fill(buyer);
        await page.getByRole("button", { name: "Apply" }).click();
        await page.waitForURL(`**/deliveries?recipient=${buyer}`);
        const row = page.getByRole("row", { name: /Acme Windows/ });
        await row.getByText("Dead").waitFor();
        expect(await row.textContent()).toContain("HTTP 503");
        await row.getByRole("button", { name: "Show tries of the delivery to Acme Windows" }).click();
        await page.getByText("Try 1").waitFor();
        await expectAccessible(page, "the deliveries screen");

        await row.getByRole("button", { name: "Replay the delivery to Acme Windows" }).click();
        await page.getByText("Delivery to Acme Windows sent again.").waitFor();
        await row.getByText("Delivered").waitFor();
        expect(await row.getByRole("button", { name: /Replay/ }).count()).toBe(0);
        // Updated a moment ago, not "in a moment": the row's time is measured from when it changed.
        expect(await row.locator("time").textContent()).toBe("just now");
        // The open tries follow the replay: the second try is there, delivered.
        await page.getByText("Try 2").waitFor();
        expect(receiver.received).toHaveLength(2);
        expect(receiver.received[1]!.headers["idempotency-key"]).toBe(
          receiver.received[0]!.headers["idempotency-key"],
        );
      } finally {
        await receiver.stop();
      }
    });

    it("moves between deliveries with ↑/↓ and opens or closes a delivery's tries with Enter", async () => {
      const receiver = await startReceiver(answers({ status: 503, body: '{"error":"down"}' }));
      try {
        const buyer = await givenDeadDeliveries(receiver, "Birch Doors", ["Ivo", "Jan"]);
        const page = await deliveriesOf(buyer);
        const rows = page.getByRole("row", { name: /^Birch Doors/ });
        await expect.poll(() => rows.count()).toBe(2);
        const tries = page.getByText("Try 1");
        /** A row's Tries button, as it reads while the row is `open` or not. */
        const triesButton = (row: Locator, open: boolean) =>
          row.getByRole("button", { name: `${open ? "Hide" : "Show"} tries of the delivery to Birch Doors` });

        await rows.first().focus();
        await page.keyboard.press("Enter");
        await triesButton(rows.first(), true).waitFor();
        await expect.poll(() => tries.count()).toBe(1);
        // Down, past the open tries, to the next delivery, which opens too.
        await page.keyboard.press("ArrowDown");
        await expect.poll(() => focused(page, 1)).toBe(1);
        await page.keyboard.press("Enter");
        await expect.poll(() => tries.count()).toBe(2);
        await expectAccessible(page, "the deliveries screen with two deliveries open");
        // Up again, and Enter closes the first.
        await page.keyboard.press("ArrowUp");
        await expect.poll(() => focused(page, 0)).toBe(1);
        await page.keyboard.press("Enter");
        await triesButton(rows.first(), false).waitFor();
        await expect.poll(() => tries.count()).toBe(1);
        expect(await triesButton(rows.nth(1), true).count()).toBe(1);
      } finally {
        await receiver.stop();
      }
    });

    it("shows each delivery on a phone as a card titled by its recipient, its tries at its foot", async () => {
      const receiver = await startReceiver(answers({ status: 503, body: '{"error":"down"}' }));
      try {
        const buyer = await givenDeadDeliveries(receiver, "Cedar Homes", ["Ivo"]);
        const page = await deliveriesOf(buyer, PHONE);
        const card = page.getByRole("row", { name: /^Cedar Homes/ });
        const name = await card.getByRole("cell", { name: /^Cedar Homes/ }).boundingBox();
        const status = await card.getByRole("cell", { name: /Dead/ }).boundingBox();
        expect(name!.y).toBeLessThan(status!.y);
        expect(await page.getByRole("columnheader", { name: "Status" }).isVisible()).toBe(false);
        await card.getByRole("button", { name: "Replay the delivery to Cedar Homes" }).waitFor();

        await card.getByRole("button", { name: "Show tries of the delivery to Cedar Homes" }).click();
        const tries = await page.getByText("Try 1").boundingBox();
        const replay = await card.getByRole("button", { name: /Replay/ }).boundingBox();
        expect(tries!.y).toBeGreaterThan(replay!.y);
        expect(await overflowing(page)).toEqual([]);
        await expectAccessible(page, "the deliveries screen on a phone");
      } finally {
        await receiver.stop();
      }
    });
  });
});
