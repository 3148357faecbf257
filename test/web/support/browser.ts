import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";

/** Debian's Chromium (`apt-get install -y chromium`); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env["CAROUSEL_CHROMIUM"] ?? "/usr/bin/chromium";
export const HAS_CHROMIUM = existsSync(CHROMIUM);

const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/**
 * A describe block of browser tests: its title must say "in Chromium" (CI checks that such tests
 * ran). Without Chromium it is skipped, and says so plainly.
 */
export function describeInBrowser(title: string, body: () => void) {
  if (!HAS_CHROMIUM) {
    console.log(
      `browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium package to run them)`,
    );
    describe.skip(title, body);
    return;
  }
  // A browser step waits on a real server and a real page: give each test room on a busy machine.
  describe(title, { timeout: 120_000 }, body);
}

/**
 * Builds web/dist if a source changed since the last build. A server lists the built files when
 * it starts, so this runs before any server of the browser tests starts.
 */
export function buildWebApp() {
  const built = spawnSync(process.execPath, ["web/scripts/build-if-stale.mjs"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`the web app did not build: ${built.stderr}`);
}

/** The browser of a suite, launched before its first test with a fresh profile of its own. */
export function suiteBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    // The server serves web/dist: build it if a source changed since the last build.
    buildWebApp();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 180_000);
  afterAll(async () => browser?.close());
  return {
    /** A new browser context (its own cookies), at desktop size unless told otherwise. */
    context: async (viewport = DESKTOP): Promise<BrowserContext> => {
      if (!browser) throw new Error("the browser starts before the suite's first test");
      const context = await browser.newContext({ viewport });
      context.setDefaultTimeout(30_000);
      return context;
    },
  };
}

/** Signs in through the sign-in page and waits for the landing screen. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol, which the page's CSP (no inline scripts) does not govern.
  await page.evaluate(`${AXE}\n;undefined`);
  const violations = await page.evaluate<AxeViolation[]>(
    'axe.run({ resultTypes: ["violations"] }).then((r) => r.violations)',
  );
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`,
    );
}

export async function expectAccessible(page: Page, what: string) {
  expect(await seriousViolations(page), what).toEqual([]);
}

/**
 * The elements that reach past a 390 px phone's right edge (none, when the page fits). What a
 * scrollable region holds (a wide table in its own scroll box) scrolls inside it, not the page.
 */
export const overflowing = (page: Page) =>
  page.evaluate<string[]>(
    `[...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > 390.5)
      .filter((e) => {
        for (let up = e.parentElement; up; up = up.parentElement) {
          const x = getComputedStyle(up).overflowX;
          if ((x === "auto" || x === "scroll") && up.getBoundingClientRect().right <= 390.5) return false;
        }
        return true;
      })
      .map((e) => e.tagName.toLowerCase() + "." + e.className + " " + Math.round(e.getBoundingClientRect().right))`,
  );
