/* global URL */
// Builds the web app unless web/dist is newer than every source file of it, so `npm start` does
// not rebuild what is up to date. `--force` builds anyway.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const web = fileURLToPath(new URL("..", import.meta.url));
const root = join(web, "..");
const built = join(web, "dist", "index.html");

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const builtAt = (() => {
  try {
    return statSync(built).mtimeMs;
  } catch {
    return 0;
  }
})();
// The app also imports a few pure domain modules of the server (state names, audit entities).
const sources = Math.max(
  newest(web),
  newest(join(root, "src", "domain")),
  statSync(join(root, "package-lock.json")).mtimeMs,
);
if (!process.argv.includes("--force") && builtAt > sources) {
  console.log("web: web/dist is up to date");
  process.exit(0);
}
const vite = join(root, "node_modules", "vite", "bin", "vite.js");
const result = spawnSync(
  process.execPath,
  [vite, "build", "--config", join(web, "vite.config.ts"), "--logLevel", "warn"],
  {
    stdio: "inherit",
    cwd: root,
    // A production build whatever called it (a test runner sets NODE_ENV=test).
    env: { ...process.env, NODE_ENV: "production" },
  },
);
process.exit(result.status ?? 1);
