import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead } from "../support/fixtures.js";
import type { ServerProcess } from "../support/server-process.js";
import { serverSuite } from "../support/server-suite.js";

const CLIENTS = 16;
const ROUNDS = 1;
/** Acknowledged leads to wait for in a round before the kill, and how long to wait at most. */
const LEADS_BEFORE_KILL = 150;
const ROUND_MS = 8_000;

const bearer = { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" };

interface Load {
  /** Lead id → the email it was sent with, for every 201 a client read in full. */
  acknowledged: Map<string, string>;
  /** Every email a client sent, answered or not. */
  sent: Set<string>;
  /** Answers other than 201: there should be none. */
  unexpected: string[];
  /** Requests that got no answer because the server died under them. */
  interrupted: number;
}

/** `CLIENTS` clients posting unique leads back to back until `stop` or the server dies. */
function startLoad(url: string, intakeKey: string, load: Load, round: number) {
  let stopped = false;
  const client = async (c: number) => {
    for (let n = 0; !stopped; n++) {
      const lead = aLead({ email: `durable.r${round}.c${c}.n${n}@example.com` });
      load.sent.add(lead["email"] as string);
      try {
        const res = await fetch(`${url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": intakeKey },
          body: JSON.stringify(lead),
          signal: AbortSignal.timeout(15_000),
        });
        const body = await res.text();
        if (res.status === 201)
          load.acknowledged.set((JSON.parse(body) as { id: string }).id, lead["email"] as string);
        else load.unexpected.push(`${res.status} ${body.slice(0, 200)}`);
      } catch {
        load.interrupted++;
        return;
      }
    }
  };
  const done = Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  return {
    done,
    stop: async () => {
      stopped = true;
      await done;
    },
  };
}

async function setUpIntake(server: ServerProcess): Promise<{ source: string; intakeKey: string }> {
  const suffix = Date.now().toString(36);
  const category = await fetch(`${server.url}/api/v1/categories`, {
    method: "POST",
    headers: bearer,
    body: JSON.stringify({
      key: `durable-${suffix}`,
      name: "Durability",
      fields: [
        { key: "creditScore", type: "number" },
        { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
      ],
    }),
  });
  expect(category.status).toBe(201);
  const source = await fetch(`${server.url}/api/v1/sources`, {
    method: "POST",
    headers: bearer,
    body: JSON.stringify({ key: `durable-src-${suffix}`, name: "Load", category: `durable-${suffix}` }),
  });
  expect(source.status).toBe(201);
  const { key, intakeKey } = (await source.json()) as { key: string; intakeKey: string };
  return { source: key, intakeKey };
}

/** Every lead of a source, read through the API a page at a time. */
async function leadsOf(server: ServerProcess, source: string): Promise<{ id: string; email: string }[]> {
  const out: { id: string; email: string }[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(
      `${server.url}/api/v1/leads?source=${source}&limit=500${cursor ? `&cursor=${cursor}` : ""}`,
      { headers: bearer },
    );
    expect(res.status).toBe(200);
    const page = (await res.json()) as { items: { id: string; email: string }[]; nextCursor: string | null };
    out.push(...page.items.map(({ id, email }) => ({ id, email })));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)("a server killed under intake load on %s", (engine) => {
  const servers = serverSuite(engine);
  const { start } = servers;

  it("keeps every lead it answered 201 for, exactly once, after SIGKILL and restart", async () => {
    let server = await start();
    const { source, intakeKey } = await setUpIntake(server);
    const load: Load = { acknowledged: new Map(), sent: new Set(), unexpected: [], interrupted: 0 };

    for (let round = 1; round <= ROUNDS; round++) {
      const target = load.acknowledged.size + LEADS_BEFORE_KILL;
      const traffic = startLoad(server.url, intakeKey, load, round);
      const deadline = Date.now() + ROUND_MS;
      while (load.acknowledged.size < target && Date.now() < deadline) await sleep(20);
      await sleep(Math.floor(Math.random() * 200));
      const interruptedBefore = load.interrupted;
      await server.kill("SIGKILL");
      await traffic.stop();
      expect(
        load.interrupted - interruptedBefore,
        "the kill should catch requests in flight",
      ).toBeGreaterThan(0);
      server = await start();
    }

    expect(load.unexpected).toEqual([]);
    expect(load.acknowledged.size).toBeGreaterThanOrEqual(LEADS_BEFORE_KILL);

    const stored = await leadsOf(server, source);
    const storedIds = new Map(stored.map((l) => [l.id, l.email]));
    expect(storedIds.size).toBe(stored.length);
    const missing = [...load.acknowledged].filter(([id]) => !storedIds.has(id));
    expect(missing, "acknowledged leads lost by the kill").toEqual([]);
    for (const [id, email] of load.acknowledged) expect(storedIds.get(id)).toBe(email);

    const emails = stored.map((l) => l.email);
    expect(new Set(emails).size, "a lead was stored twice").toBe(emails.length);
    expect(emails.filter((e) => !load.sent.has(e))).toEqual([]);

    const received = await servers.db.store.db
      .selectFrom("lead_events")
      .innerJoin("leads", "leads.id", "lead_events.lead_id")
      .select(["lead_events.lead_id", (eb) => eb.fn.countAll().as("n")])
      .where("leads.source", "=", source)
      .where("lead_events.type", "=", "received")
      .groupBy("lead_events.lead_id")
      .execute();
    expect(received.length).toBe(stored.length);
    expect(received.filter((r) => Number(r.n) !== 1)).toEqual([]);
    const keys = await servers.db.store.db
      .selectFrom("dedupe_keys")
      .select("lead_id")
      .where("kind", "=", "email")
      .where("lead_id", "in", [...storedIds.keys()])
      .execute();
    expect(new Set(keys.map((k) => k.lead_id))).toEqual(new Set(storedIds.keys()));

    await server.kill("SIGTERM");
  }, 120_000);
});
