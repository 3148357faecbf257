// Takes the README's screenshots (docs/screenshots/) of the main screens, at desktop width and on
// a 390 px phone, against a real server with a few leads. Run: npx tsx test/web/screenshots.ts [DIR]
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "playwright-core";
import { ADMIN_TOKEN } from "../support/app.js";
import { openTestStore } from "../support/engines.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { startServerProcess } from "../support/server-process.js";
import { buildWebApp, CHROMIUM, DESKTOP, PHONE, signIn } from "./support/browser.js";
import { givenPerson, givenTeam } from "./support/desk.js";
import { remote } from "./support/remote.js";

const out = process.argv[2] ?? "docs/screenshots";
mkdirSync(out, { recursive: true });
buildWebApp();
const db = await openTestStore("sqlite");
const server = await startServerProcess({ DATABASE_URL: "", ...db.env, CAROUSEL_ADMIN_TOKEN: ADMIN_TOKEN });
const api = remote(server.url);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-sync",
  ],
});
try {
  const team = await givenTeam(
    api,
    ["Ana Ruiz", "Ben Okafor"],
    [{ select: {}, method: "round_robin", mode: "direct" }],
    "agent",
    { key: "home-improvement", name: "Home improvement" },
  );
  // Two who never get these leads, so the decision trace has reasons to give.
  await givenRecipient(api, {
    key: "cara-omaha",
    name: "Cara Diaz",
    categories: [team.category],
    territory: { states: ["NE"] },
  });
  await givenRecipient(api, {
    key: "dev-shah",
    name: "Dev Shah",
    categories: [team.category],
    status: "away",
  });
  const people: [string, string, string, string][] = [
    ["Dana", "Whitfield", "Des Moines", "IA"],
    ["Marcus", "Lee", "Ankeny", "IA"],
    ["Priya", "Natarajan", "Cedar Rapids", "IA"],
    ["Tom", "Becker", "Urbandale", "IA"],
    ["Rosa", "Alvarez", "Ames", "IA"],
    ["Jon", "Park", "Sioux City", "IA"],
  ];
  const leads = [];
  for (const [i, [firstName, lastName, city, state]] of people.entries())
    leads.push(
      await team.lead({
        firstName,
        lastName,
        city,
        state,
        creditScore: 640 + i * 30,
        product: ["solar", "roofing", "windows"][i % 3],
      }),
    );
  // Then offers and a pool for the workspace.
  await givenPlan(api, team.category, [
    { select: { keys: [team.people[0]!.recipient!] }, method: "round_robin", mode: "push", slaSeconds: 600 },
  ]);
  await team.lead({
    firstName: "Hannah",
    lastName: "Cole",
    city: "Davenport",
    state: "IA",
    product: "solar",
  });
  await team.lead({
    firstName: "Victor",
    lastName: "Osei",
    city: "Council Bluffs",
    state: "IA",
    product: "windows",
  });
  await givenPlan(api, team.category, [
    { select: {}, method: "round_robin", mode: "pull", poolSeconds: 3600 },
  ]);
  await team.lead({ firstName: "Grace", lastName: "Kim", city: "Waterloo", state: "IA", product: "roofing" });
  await team.lead({ firstName: "Leo", lastName: "Brandt", city: "Dubuque", state: "IA", product: "solar" });
  const manager = await givenPerson(api, "manager", "Mia Manager");

  const shoot = async (page: Page, name: string) => {
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${out}/${name}.png` });
    console.log(`${out}/${name}.png`);
  };
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    const agent = await (await browser.newContext({ viewport })).newPage();
    await signIn(agent, server.url, team.people[0]!.email, team.people[0]!.password);
    await agent.getByRole("article").first().waitFor();
    await shoot(agent, `agent-work-${label}`);
    await agent.goto(`${server.url}/my-leads`);
    await agent.getByRole("list", { name: "My leads" }).waitFor();
    await shoot(agent, `agent-my-leads-${label}`);
    const held = leads.find((l) => l.assignments[0]?.recipient === team.people[0]!.recipient)!;
    await agent.goto(`${server.url}/leads/${held.id}`);
    await agent.getByRole("region", { name: "Timeline" }).waitFor();
    await shoot(agent, `lead-detail-${label}`);

    const staff = await (await browser.newContext({ viewport })).newPage();
    await signIn(staff, server.url, manager.email, manager.password);
    await staff.getByRole("list", { name: "Leads now" }).waitFor();
    await staff.getByRole("img", { name: /^Leads by hour/ }).waitFor();
    await shoot(staff, `manager-dashboard-${label}`);
    await staff.goto(`${server.url}/leads`);
    await staff.getByRole("table").waitFor();
    await shoot(staff, `manager-leads-${label}`);
    await staff.goto(`${server.url}/leads/${leads[1]!.id}`);
    await staff.getByRole("region", { name: "Routing" }).waitFor();
    await shoot(staff, `manager-lead-${label}`);
    if (label !== "desktop") continue;
    await staff.goto(`${server.url}/recipients/${team.people[0]!.recipient}`);
    await staff.getByRole("button", { name: /Iowa/ }).first().waitFor();
    await shoot(staff, "manager-recipient-desktop");
    await staff.goto(`${server.url}/plans?category=${team.category}`);
    await staff
      .getByRole("button", { name: /Simulate/ })
      .first()
      .waitFor();
    await shoot(staff, "manager-plans-desktop");
  }
  const partners = await givenTeam(
    api,
    ["Hawkeye Windows"],
    [{ select: {}, method: "round_robin", mode: "direct" }],
    "partner",
  );
  await partners.lead({ firstName: "Olivia", lastName: "Grant", city: "Ankeny", state: "IA" });
  for (const [label, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    const partner = await (await browser.newContext({ viewport })).newPage();
    await signIn(partner, server.url, partners.people[0]!.email, partners.people[0]!.password);
    await partner.goto(`${server.url}/my-leads`);
    await partner.getByRole("list", { name: "My leads" }).waitFor();
    await shoot(partner, `partner-leads-${label}`);
  }
  const signin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await signin.goto(`${server.url}/signin`);
  await signin.getByRole("heading", { name: "Sign in" }).waitFor();
  await shoot(signin, "sign-in-desktop");
} finally {
  await browser.close();
  await server.kill();
  await db.cleanup();
}
