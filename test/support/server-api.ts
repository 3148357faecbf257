import { expect } from "vitest";
import { ADMIN_TOKEN } from "./app.js";
import type { ServerProcess } from "./server-process.js";

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

/** Calls a server process's API as the admin; expects a 2xx and answers the parsed body. */
export async function adminApi(server: ServerProcess, method: string, path: string, body?: unknown) {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: body === undefined ? bearer : { ...bearer, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
