import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ENGINES } from "../support/engines.js";
import { DESKTOP, describeInBrowser, PHONE, seriousViolations } from "./support/browser.js";
import { givenPerson, givenTeam, type Person } from "./support/desk.js";
import { suiteDesk } from "./support/suite.js";

/** Where to keep a full-page screenshot of each page visited, for a person to look at; none when unset. */
const SHOTS = process.env.CAROUSEL_SCREENSHOT_DIR;

type Role = "admin" | "manager" | "agent" | "partner";
type MenuFor = (role: Role, options?: { buyer?: boolean }) => { href: string; label: string }[];
/** Each role, and a buyer: a partner user whose recipient is a buyer, with a menu of its own. */
type Who = Role | "buyer";

// The app's own menu, so a screen added to it is checked here without a change to this test.
// Loaded at run time: the web app's sources resolve as a bundler does, not as Node does.
const MENU = new URL("../../web/src/modules/shell/menu.ts", import.meta.url).href;
const { menuFor } = (await import(MENU)) as { menuFor: MenuFor };

/** What is wrong with the page as it stands: serious axe findings, no heading, console errors. */
async function problemsOf(page: Page, errors: string[]): Promise<string[]> {
  const problems = await seriousViolations(page);
  if ((await page.getByRole("heading", { level: 1 }).count()) === 0) problems.push("no heading");
  return [...problems, ...errors.splice(0).map((e) => `console: ${e}`)];
}

describeInBrowser("every page of every role in Chromium", () => {
  describe.each(ENGINES)("every page of every role on %s in Chromium", (engine) => {
    const { server, api, signedIn } = suiteDesk(engine);

    /** People of every role, each with a lead it may open; made once for the suite. */
    let desk: Promise<Record<Who, { person: Person; leadId: string }>> | undefined;
    const givenDesk = () =>
      (desk ??= (async () => {
        const agents = await givenTeam(
          api(),
          ["Uma"],
          [{ select: {}, method: "round_robin", mode: "direct" }],
        );
        const partners = await givenTeam(
          api(),
          ["Vale Windows"],
          [{ select: {}, method: "round_robin", mode: "direct" }],
          "partner",
        );
        const buyers = await givenTeam(
          api(),
          ["Yew Doors"],
          [{ select: {}, method: "round_robin", mode: "direct" }],
          "buyer",
          {},
          { price: 25 },
        );
        const buyerLead = await buyers.lead({ firstName: "Zed" });
        const agentLead = await agents.lead({ firstName: "Wren" });
        const partnerLead = await partners.lead({ firstName: "Xan" });
        return {
          admin: { person: await givenPerson(api(), "admin", "Ada Admin"), leadId: agentLead.id },
          manager: { person: await givenPerson(api(), "manager", "Mo Manager"), leadId: partnerLead.id },
          agent: { person: agents.people[0]!, leadId: agentLead.id },
          partner: { person: partners.people[0]!, leadId: partnerLead.id },
          buyer: { person: buyers.people[0]!, leadId: buyerLead.id },
        };
      })());

    it.each(["admin", "manager", "agent", "partner", "buyer"] as const)(
      "gives every page of the %s's menu, and a lead, a heading, no console error and no serious accessibility finding, at desktop width and on a phone",
      async (role) => {
        const { person, leadId } = (await givenDesk())[role];
        const menu = role === "buyer" ? menuFor("partner", { buyer: true }) : menuFor(role);
        const pages = [...menu.map((m) => m.href), `/leads/${leadId}`];
        const found: Record<string, string[]> = {};
        for (const [size, viewport] of [
          ["desktop", DESKTOP],
          ["phone", PHONE],
        ] as const) {
          const page = await signedIn(person, viewport);
          const errors: string[] = [];
          // A failed request is named by its answer below, with its address.
          page.on("console", (m) => {
            if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
              errors.push(m.text());
          });
          page.on("response", (r) => {
            if (r.status() >= 400) errors.push(`${r.status()} from ${r.request().method()} ${r.url()}`);
          });
          page.on("pageerror", (e) => errors.push(e.message));
          for (const href of pages) {
            await page.goto(`${server.url}${href}`);
            await page.getByRole("heading", { level: 1 }).first().waitFor();
            await page.locator(".skeleton").first().waitFor({ state: "detached" });
            if (SHOTS)
              await page.screenshot({
                path: join(SHOTS, `${engine}-${role}-${size}${href.replaceAll("/", "_") || "_"}.png`),
                fullPage: true,
              });
            const problems = await problemsOf(page, errors);
            if (problems.length > 0) found[`${size} ${href}`] = problems;
          }
          await page.context().close();
        }
        expect(found).toEqual({});
        expect(pages.length).toBeGreaterThan(1);
      },
      // A staff menu is some sixteen pages, each loaded and checked at two widths.
      300_000,
    );
  });
});
