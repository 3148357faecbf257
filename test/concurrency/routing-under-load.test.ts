import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/store/store.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const ADMIN = "concurrency-admin";
const LEADS = 2000;
const CLIENTS = 8;

describe.each(ENGINES)("routing under concurrent load on %s", (engine: Engine) => {
  const processes = engine === "postgres" ? 3 : 1;
  let db: TestStore;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    db = await openTestStore(engine);
    servers = await Promise.all(
      Array.from({ length: processes }, () => startServerProcess({ ...db.env, CAROUSEL_ADMIN_TOKEN: ADMIN })),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await db.cleanup();
  });

  const api = async (path: string, body: unknown, server = servers[0]!) => {
    const res = await fetch(`${server.url}${path}`, {
      method: path.includes("/plan") ? "PUT" : "POST",
      headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as Record<string, unknown>;
  };

  it(`keeps caps exact, turns even and every lead assigned once with ${CLIENTS} clients`, async () => {
    await api("/api/v1/categories", {
      key: "load",
      name: "Load",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const source = await api("/api/v1/sources", { key: "load-src", name: "Load", category: "load" });
    const agents = ["a1", "a2", "a3", "a4", "a5", "a6"];
    for (const key of agents) {
      const caps = key === "a1" ? { caps: { day: 150 } } : key === "a2" ? { capacity: 90 } : {};
      await api("/api/v1/recipients", { key, name: key, kind: "agent", categories: ["load"], ...caps });
    }
    await api("/api/v1/categories/load/plan", {
      tiers: [{ select: {}, method: "round_robin", mode: "direct" }],
    });

    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, client) => {
        const server = servers[client % servers.length]!;
        while (next < LEADS) {
          const n = next++;
          const res = await fetch(`${server.url}/api/v1/leads`, {
            method: "POST",
            headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
            body: JSON.stringify({ firstName: "Load", email: `load-${n}@example.com`, zip: "50309" }),
          });
          statuses.push(res.status);
          await res.arrayBuffer();
        }
      }),
    );
    expect(statuses.filter((s) => s !== 201)).toEqual([]);

    const rows = await db.store.db.selectFrom("assignments").select(["lead_id", "recipient"]).execute();
    const perLead = new Map<string, number>();
    const perRecipient = new Map<string, number>();
    for (const r of rows) {
      perLead.set(r.lead_id, (perLead.get(r.lead_id) ?? 0) + 1);
      perRecipient.set(r.recipient, (perRecipient.get(r.recipient) ?? 0) + 1);
    }
    expect(perLead.size).toBe(LEADS);
    expect([...perLead.values()].every((n) => n === 1)).toBe(true);
    expect(perRecipient.get("a1")).toBe(150);
    expect(perRecipient.get("a2")).toBe(90);
    const uncapped = ["a3", "a4", "a5", "a6"].map((k) => perRecipient.get(k) ?? 0);
    expect(Math.max(...uncapped) - Math.min(...uncapped)).toBeLessThanOrEqual(1);
    expect(uncapped.reduce((a, b) => a + b, 0)).toBe(LEADS - 150 - 90);
  }, 180_000);
});
