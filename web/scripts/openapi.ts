// Writes the server's OpenAPI document, and the web app's types generated from it, without listening.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { buildServer } from "../../src/http/server.js";
import { openStore } from "../../src/store/open-store.js";

const out = fileURLToPath(new URL("../src/api/schema.d.ts", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "carousel-openapi-"));
const store = openStore({ dataDir });
try {
  const app = await buildServer({ store });
  await app.ready();
  const document = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  await app.close();
  const ast = await openapiTS(document, { alphabetize: true });
  const header = "// Generated from the server's OpenAPI document by `npm run web:api`; do not edit.\n\n";
  writeFileSync(out, header + astToString(ast));
  console.log(`wrote ${out}`);
} finally {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
