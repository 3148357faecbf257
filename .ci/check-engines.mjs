// Fails CI when the PostgreSQL half of the store tests did not run, or anything was skipped there,
// or when the web app's browser tests (suites named "in Chromium") did not all run.
import { readFileSync } from "node:fs";

const report = JSON.parse(readFileSync(process.argv[2], "utf8"));
const all = report.testResults.flatMap((file) => file.assertionResults);
const onPostgres = all.filter((t) => t.ancestorTitles.some((title) => /\bon postgres\b/.test(title)));
const onSqlite = all.filter((t) => t.ancestorTitles.some((title) => /\bon sqlite\b/.test(title)));
const passed = all.filter((t) => t.status === "passed").length;
const failed = all.filter((t) => t.status === "failed").length;
const pgPassed = onPostgres.filter((t) => t.status === "passed").length;

console.log(
  `store tests: ${onSqlite.length} on sqlite, ${onPostgres.length} on postgres (${pgPassed} passed)`,
);
let ok = failed === 0;
if (onPostgres.length === 0 || pgPassed < onSqlite.length) {
  console.error(
    "the PostgreSQL store tests did not all run: is CAROUSEL_TEST_POSTGRES_URL reaching a server?",
  );
  ok = false;
}
const inBrowser = all.filter((t) => t.ancestorTitles.some((title) => /\bin Chromium\b/.test(title)));
const browserPassed = inBrowser.filter((t) => t.status === "passed").length;
console.log(`browser tests: ${inBrowser.length} in Chromium (${browserPassed} passed)`);
if (inBrowser.length === 0 || browserPassed < inBrowser.length) {
  console.error("the browser tests did not all run: is Debian's chromium installed at /usr/bin/chromium?");
  ok = false;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
