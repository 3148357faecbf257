import { describe, expect, it } from "vitest";
import { admin } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { givenIntake, aLead, postLead } from "../support/fixtures.js";
import { answers, startReceiver } from "../support/receivers.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { describeInBrowser, expectAccessible, signIn, suiteBrowser } from "./support/browser.js";
import { givenPerson } from "./support/desk.js";
import { remote } from "./support/remote.js";
import { suiteServer } from "./support/servers.js";

describeInBrowser("the deliveries screen in Chromium", () => {
  describe.each(ENGINES)("the deliveries screen on %s in Chromium", (engine) => {
    const server = suiteServer(engine);
    const browser = suiteBrowser();
    const api = () => remote(server.url);

    it("lets a manager replay a dead delivery and see it delivered", async () => {
      // A buyer whose receiver is down for the first try (one try only, so it is dead at once) and back for the next.
      const receiver = await startReceiver(
        answers(
          { status: 503, body: '{"error":"down for maintenance"}' },
          { status: 200, body: '{"id":"b-1"}' },
        ),
      );
      try {
        const {
          category: { key: category },
          source,
        } = await givenIntake(api());
        const buyer = `acme-${category}`;
        await givenRecipient(api(), {
          key: buyer,
          name: "Acme Windows",
          kind: "buyer",
          categories: [category],
          delivery: { channel: "http", url: receiver.url, maxAttempts: 1 },
        });
        await givenPlan(api(), category, [
          { select: { keys: [buyer] }, method: "round_robin", mode: "direct" },
        ]);
        const lead = await postLead(api(), source.intakeKey, aLead({ firstName: "Ivo" }));
        expect(lead.statusCode).toBe(201);
        await expect
          .poll(
            async () =>
              (
                await api().call({
                  method: "GET",
                  url: `/api/v1/deliveries?recipient=${buyer}`,
                  headers: admin,
                })
              ).data?.items?.[0]?.status,
            { timeout: 30_000, interval: 200 },
          )
          .toBe("dead");

        const manager = await givenPerson(api(), "manager", "Mara");
        const page = await (await browser.context()).newPage();
        await signIn(page, server.url, manager.email, manager.password);
        await page
          .getByRole("navigation", { name: "Main" })
          .getByRole("link", { name: "Deliveries" })
          .click();
        await page.getByLabel("Recipient").fill(buyer);
        await page.getByRole("button", { name: "Apply" }).click();
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
        expect(receiver.received).toHaveLength(2);
        expect(receiver.received[1]!.headers["idempotency-key"]).toBe(
          receiver.received[0]!.headers["idempotency-key"],
        );
      } finally {
        await receiver.stop();
      }
    });
  });
});
