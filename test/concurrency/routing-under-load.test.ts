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

  it("routes every lead that arrived while the category's first recipient was being added", async () => {
    await api("/api/v1/categories", {
      key: "late",
      name: "Late",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const source = await api("/api/v1/sources", { key: "late-src", name: "Late", category: "late" });
    await api("/api/v1/categories/late/plan", {
      tiers: [{ select: {}, method: "round_robin", mode: "direct" }],
    });
    const total = 600;
    let next = 0;
    const ids: string[] = [];
    const post = async (server: ServerProcess) => {
      while (next < total) {
        const n = next++;
        if (n === total / 3)
          // Added through the last process while the others keep taking leads.
          void api(
            "/api/v1/recipients",
            { key: "late-1", name: "Late", kind: "agent", categories: ["late"] },
            servers.at(-1),
          );
        const res = await fetch(`${server.url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
          body: JSON.stringify({ firstName: "Late", email: `late-${n}@example.com` }),
        });
        expect(res.status).toBe(201);
        ids.push(((await res.json()) as { id: string }).id);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => post(servers[c % servers.length]!)));

    const waiting = async () =>
      (
        await db.store.db
          .selectFrom("leads")
          .select("id")
          .where("category", "=", "late")
          .where("status", "=", "unassigned")
          .execute()
      ).length;
    const deadline = Date.now() + 15_000;
    while ((await waiting()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(await waiting()).toBe(0);
    const assigned = await db.store.db
      .selectFrom("assignments")
      .select("lead_id")
      .where("category", "=", "late")
      .execute();
    expect(new Set(assigned.map((a) => a.lead_id)).size).toBe(total);
    expect(assigned.length).toBe(total);
    expect(ids.length).toBe(total);
  }, 120_000);
});
