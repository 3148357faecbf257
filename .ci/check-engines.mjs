// Fails CI when the PostgreSQL half of the store tests did not run, or anything was skipped there.
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
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
