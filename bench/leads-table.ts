/**
 * `npx tsx bench/leads-table.ts`: how soon a manager sees the leads table with 100,000 leads
 * stored. It seeds the leads straight into a scratch database (four categories, eight sources,
 * states weighted like real traffic, stages and statuses of a working quarter), starts Carousel,
 * signs a manager in through headless Chromium (Debian's /usr/bin/chromium, as the browser tests
 * use) and times, inside the page, from the navigation's start to the first page of 50 rows on
 * screen; then from pressing Apply on a filter (a state and a stage) to its rows; then from
 * "Next page" to the next rows. Each is measured several times: median and p95. The goal is
 * under a second.
 *
 * The ceiling, measured in the same run and browser: a blank page's load, the app's own start
 * (the sign-in page, no data), and the bare API call the table makes (`GET /api/v1/leads?limit=50`)
 * from the page and from Node. See docs/BENCHMARKS.md.
 */
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { chromium, type Page } from "playwright-core";
import { newId } from "../src/domain/ids.js";
import { benchMain, carouselApi, percentile, startScratch, type Scratch } from "./carousel-api.js";
import { mulberry32 } from "./random.js";

const USAGE = `npx tsx bench/leads-table.ts -- [options]

  --leads N           leads stored before measuring (default 100000)
  --repeat N          measurements of each kind (default 9)
`;

const CHROMIUM = process.env["CAROUSEL_CHROMIUM"] ?? "/usr/bin/chromium";
const GOAL_MS = 1000;
const PASSWORD = "a manager's long password";

const CATEGORIES = [
  ["roofing", "Roofing"],
  ["windows", "Windows"],
  ["solar", "Solar"],
  ["hvac", "Heating and cooling"],
] as const;
const SOURCES = ["google-ads", "facebook", "landing", "partner-feed", "referral", "tv", "radio", "yelp"];
/** The most populous states carry most leads, as real traffic does. */
const STATES: [string, number][] = [
  ["CA", 12],
  ["TX", 9],
  ["FL", 7],
  ["NY", 6],
  ["PA", 4],
  ["IL", 4],
  ["OH", 4],
  ["GA", 3],
  ["NC", 3],
  ["MI", 3],
  ["NJ", 3],
  ["VA", 3],
  ["WA", 2],
  ["AZ", 2],
  ["MA", 2],
  ["TN", 2],
  ["IN", 2],
  ["MO", 2],
  ["MD", 2],
  ["WI", 2],
  ["CO", 2],
  ["MN", 2],
  ["SC", 2],
  ["AL", 1],
  ["LA", 1],
  ["KY", 1],
  ["OR", 1],
  ["OK", 1],
  ["CT", 1],
  ["UT", 1],
  ["IA", 1],
  ["NV", 1],
  ["AR", 1],
  ["MS", 1],
  ["KS", 1],
  ["NM", 1],
];
const STAGES: [string, number][] = [
  ["new", 30],
  ["assigned", 25],
  ["contacted", 20],
  ["qualified", 10],
  ["won", 8],
  ["lost", 7],
];
const STATUSES: [string, number][] = [
  ["assigned", 60],
  ["closed", 22],
  ["offered", 6],
  ["pooled", 5],
  ["unassigned", 7],
];
const FIRST = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elena",
  "Farid",
  "Grace",
  "Hugo",
  "Ines",
  "Jamal",
  "Kira",
  "Liam",
];
const LAST = ["Smith", "Garcia", "Nguyen", "Okafor", "Brown", "Kowalski", "Haddad", "Rossi", "Kim", "Silva"];

function weighted(random: () => number, choices: [string, number][]): string {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of choices) if ((r -= w) < 0) return value;
  return choices[0]![0];
}

const COLUMNS = [
  "id",
  "category",
  "source",
  "first_name",
  "last_name",
  "email",
  "phone",
  "state",
  "zip",
  "country",
  "fields",
  "attribution",
  "score",
  "priority",
  "stage",
  "status",
  "tags",
  "cost_cents",
  "revenue_cents",
  "created_at",
  "updated_at",
] as const;

/** `count` leads over the last 90 days, oldest first, so their ids follow their time. */
function* leadRows(count: number): Generator<unknown[]> {
  const random = mulberry32(14);
  const now = Date.now();
  const span = 90 * 86_400_000;
  for (let i = 0; i < count; i++) {
    const at = now - span + Math.floor((span * i) / count);
    const first = FIRST[Math.floor(random() * FIRST.length)]!;
    const last = LAST[Math.floor(random() * LAST.length)]!;
    const stage = weighted(random, STAGES);
    yield [
      newId("lead", at),
      CATEGORIES[Math.floor(random() * CATEGORIES.length)]![0],
      SOURCES[Math.floor(random() * SOURCES.length)]!,
      first,
      last,
      `${first}.${last}.${i}@example.com`.toLowerCase(),
      `+1555${String(1_000_000 + i).slice(-7)}`,
      weighted(random, STATES),
      String(10_000 + Math.floor(random() * 89_999)),
      "US",
      "{}",
      "{}",
      Math.floor(random() * 100),
      random() < 0.1 ? "high" : "normal",
      stage,
      stage === "won" || stage === "lost" ? "closed" : weighted(random, STATUSES),
      "[]",
      3500,
      stage === "won" ? 120_000 : 0,
      at,
      at,
    ];
  }
}

async function seed(scratch: Scratch, count: number): Promise<void> {
  const batch = 1000;
  if (scratch.database.engine === "sqlite") {
    const db = new BetterSqlite3(scratch.database.file);
    db.pragma("busy_timeout = 10000");
    const insert = db.prepare(
      `insert into leads (${COLUMNS.join(", ")}) values (${COLUMNS.map(() => "?").join(", ")})`,
    );
    const many = db.transaction((rows: unknown[][]) => {
      for (const row of rows) insert.run(...row);
    });
    const rows: unknown[][] = [];
    for (const row of leadRows(count)) {
      rows.push(row);
      if (rows.length === batch) many(rows.splice(0));
    }
    many(rows);
    db.exec("analyze");
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: scratch.database.url });
  await client.connect();
  try {
    const flush = async (rows: unknown[][]) => {
      if (rows.length === 0) return;
      const values = rows
        .map((_, r) => `(${COLUMNS.map((__, c) => `$${r * COLUMNS.length + c + 1}`).join(", ")})`)
        .join(", ");
      await client.query(`insert into leads (${COLUMNS.join(", ")}) values ${values}`, rows.flat());
    };
    const rows: unknown[][] = [];
    for (const row of leadRows(count)) {
      rows.push(row);
      if (rows.length === batch) await flush(rows.splice(0));
    }
    await flush(rows);
    await client.query("analyze leads");
  } finally {
    await client.end();
  }
}

/** Milliseconds from the page's navigation start until `ready` holds, measured inside the page each frame. */
async function navigateAndWait(page: Page, url: string, ready: string): Promise<number> {
  await page.goto("about:blank");
  await page.goto(url, { waitUntil: "commit" });
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, {
    polling: "raf",
    timeout: 60_000,
  });
  return Number(await handle.jsonValue());
}

/** Milliseconds from `act` (run in the page) until `ready` holds. */
async function actAndWait(page: Page, act: string, ready: string): Promise<number> {
  await page.evaluate(`window.__t0 = performance.now(); ${act}`);
  const handle = await page.waitForFunction(
    `(${ready}) ? performance.now() - window.__t0 : false`,
    undefined,
    {
      polling: "raf",
      timeout: 60_000,
    },
  );
  return Number(await handle.jsonValue());
}

const ROWS = `document.querySelectorAll("table.table tbody tr")`;
const FULL_PAGE = `${ROWS}.length === 50`;

function summary(label: string, ms: number[], goal?: number): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const f = (p: number) => `${Math.round(percentile(sorted, p))} ms`;
  const verdict =
    goal === undefined ? "" : ` — goal < ${goal} ms: ${percentile(sorted, 0.95) < goal ? "met" : "NOT met"}`;
  return `  ${label.padEnd(44)} median ${f(0.5).padStart(7)}, p95 ${f(0.95).padStart(7)}${verdict}`;
}

async function main(): Promise<void> {
  await benchMain(
    "The leads table with many leads stored, in Chromium",
    USAGE,
    { leads: 100_000, repeat: 9 },
    async ({ leads, repeat }, runs, where) => {
      const engines = [...new Set(runs.filter((r) => r.processes === 1).map((r) => r.engine))];
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
      });
      try {
        for (const engine of engines) {
          const scratch = await startScratch(engine, 1, where);
          try {
            const url = scratch.servers[0]!.url;
            const api = carouselApi(url, scratch.token);
            for (const [key, name] of CATEGORIES)
              await api("POST", "/api/v1/categories", { key, name, fields: [] });
            for (const [i, key] of SOURCES.entries())
              await api("POST", "/api/v1/sources", {
                key,
                name: key.replace(/-/g, " "),
                category: CATEGORIES[i % CATEGORIES.length]![0],
              });
            await api("POST", "/api/v1/users", {
              email: "manager@example.com",
              name: "Mia Manager",
              role: "manager",
              password: PASSWORD,
            });
            const seeding = performance.now();
            await seed(scratch, leads);
            console.log(
              `\n${engine === "sqlite" ? "SQLite" : "PostgreSQL"}: ${leads.toLocaleString("en")} leads seeded in ` +
                `${((performance.now() - seeding) / 1000).toFixed(1)} s`,
            );

            // The measuring conditions are evaluated in the page, which the app's CSP (no eval) forbids.
            const context = await browser.newContext({
              viewport: { width: 1280, height: 860 },
              bypassCSP: true,
            });
            const page = await context.newPage();
            await page.goto(`${url}/signin`);
            await page.getByLabel("Email").fill("manager@example.com");
            await page.getByLabel("Password").fill(PASSWORD);
            await page.getByRole("button", { name: "Sign in" }).click();
            await page.getByRole("button", { name: "Sign out" }).waitFor();

            const blank: number[] = [];
            const appStart: number[] = [];
            const apiInPage: number[] = [];
            const apiFromNode: number[] = [];
            const first: number[] = [];
            const filter: number[] = [];
            const next: number[] = [];
            // A blank page of the same server (the ceiling of any navigation), then the app's own
            // start without data: the settings screen's heading.
            for (let i = 0; i < repeat; i++) {
              blank.push(await navigateAndWait(page, `${url}/health`, "document.readyState === 'complete'"));
              appStart.push(
                await navigateAndWait(page, `${url}/settings`, `document.querySelector("main h1, main h2")`),
              );
            }
            for (let i = 0; i < repeat; i++) {
              first.push(await navigateAndWait(page, `${url}/leads`, FULL_PAGE));
              apiInPage.push(
                await page.evaluate(async () => {
                  const t0 = performance.now();
                  const res = await fetch("/api/v1/leads?limit=50", { credentials: "same-origin" });
                  await res.json();
                  return performance.now() - t0;
                }),
              );
              const t0 = performance.now();
              const res = await fetch(`${url}/api/v1/leads?limit=50`, {
                headers: { authorization: `Bearer ${scratch.token}` },
              });
              await res.json();
              apiFromNode.push(performance.now() - t0);
              // A state and a stage, as a manager narrows the table; every row then shows them.
              const [state] = STATES[i % 6]!;
              const [stage] = STAGES[i % 4]!;
              filter.push(
                await actAndWait(
                  page,
                  `const f = document.querySelector("form.filters");
                   f.querySelector("[name=state]").value = ${JSON.stringify(state)};
                   f.querySelector("[name=stage]").value = ${JSON.stringify(stage)};
                   f.requestSubmit();`,
                  `${ROWS}.length > 0 && [...${ROWS}].every((r) => r.cells[4].textContent === ${JSON.stringify(state)}) && location.search.includes("stage")`,
                ),
              );
              await navigateAndWait(page, `${url}/leads`, FULL_PAGE);
              next.push(
                await actAndWait(
                  page,
                  `window.__first = document.querySelector("table.table tbody tr").dataset.id;
                   [...document.querySelectorAll("nav.pager button")].find((b) => b.textContent === "Next page").click();`,
                  `${FULL_PAGE} && document.querySelector("table.table tbody tr").dataset.id < window.__first`,
                ),
              );
            }
            await context.close();
            console.log(
              `  ${repeat} measurements of each, in the page from its navigation's start (or the click)`,
            );
            console.log(summary("The leads table's first page (50 rows)", first, GOAL_MS));
            console.log(summary("A filter (state and stage) applied", filter, GOAL_MS));
            console.log(summary("The next page", next, GOAL_MS));
            console.log("  ceiling, same run:");
            console.log(summary("a blank page of the server (/health)", blank));
            console.log(summary("the app's start without data (settings)", appStart));
            console.log(summary("GET /api/v1/leads?limit=50 from the page", apiInPage));
            console.log(summary("GET /api/v1/leads?limit=50 from Node", apiFromNode));
          } finally {
            await scratch.dispose();
          }
        }
      } finally {
        await browser.close();
      }
    },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
