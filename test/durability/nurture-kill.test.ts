import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADMIN_TOKEN } from "../support/app.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";
import { startSmtpListener } from "../support/receivers.js";
import { startServerProcess, type ServerProcess } from "../support/server-process.js";

const LEADS = 1_000;
const STEPS = 3;
/** The listener's count of emails at which one server is killed: a third of the way. */
const KILL_AT = 1_000;
const LEASE_SECONDS = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Three processes share the PostgreSQL database; SQLite has one writer, so one process.
describe.each(ENGINES)("nurture emails of a server killed mid-sequence on %s", (engine) => {
  const processes = (engine as string) === "postgres" ? 3 : 1;
  let db: TestStore;
  let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
  const servers: ServerProcess[] = [];
  const start = async () => {
    const server = await startServerProcess({
      DATABASE_URL: "",
      ...db.env,
      CAROUSEL_ADMIN_TOKEN: ADMIN_TOKEN,
      SMTP_URL: smtp.url,
      CAROUSEL_PUBLIC_URL: "https://carousel.example",
      CAROUSEL_NURTURE_RATE: "5000",
      CAROUSEL_NURTURE_LEASE_SECONDS: String(LEASE_SECONDS),
    });
    servers.push(server);
    return server;
  };
  beforeAll(async () => {
    db = await openTestStore(engine);
    smtp = await startSmtpListener();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    await smtp.close();
    await db.cleanup();
  });

  const api = async (server: ServerProcess, method: string, path: string, body?: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    expect(res.status, `${method} ${path}: ${text}`).toBeLessThan(300);
    return text ? (JSON.parse(text) as Record<string, any>) : {};
  };

  /** What the listener took: the step (its subject), the lead (its address) and the Message-ID of each. */
  const received = () =>
    smtp.mails.map((m) => ({
      to: m.to[0] ?? "",
      step: /^Subject: (step-\d)/im.exec(m.raw)?.[1] ?? "?",
      messageId: /^Message-ID: (<[^>]+>)/im.exec(m.raw)?.[1] ?? "?",
    }));

  it(`sends each of ${STEPS} steps to each of ${LEADS} leads once, 0 missing and 0 duplicates, across SIGKILL and restart`, async () => {
    const first = await start();
    for (let i = 1; i < processes; i++) await start();
    await api(first, "PUT", "/api/v1/settings/mail", {
      name: "Sunny Roofs",
      email: "hello@sunny.example",
      postalAddress: "1 Main St, Des Moines, IA 50309",
    });
    for (let s = 1; s <= STEPS; s++)
      await api(first, "POST", "/api/v1/templates", {
        key: `step-${s}`,
        name: `Step ${s}`,
        subject: `step-${s} for {{ lead.firstName }}`,
        html: `<p>Step ${s}</p>`,
      });
    await api(first, "POST", "/api/v1/categories", { key: "nurtured", name: "Nurtured" });
    const source = await api(first, "POST", "/api/v1/sources", {
      key: "nurtured-src",
      name: "S",
      category: "nurtured",
    });
    await api(first, "POST", "/api/v1/sequences", {
      key: "three",
      name: "Three steps",
      enroll: { categories: ["nurtured"] },
      exit: {},
      steps: [
        { type: "email", template: "step-1" },
        { type: "wait", seconds: 2 },
        { type: "email", template: "step-2" },
        { type: "wait", seconds: 2 },
        { type: "email", template: "step-3" },
      ],
    });
    const suffix = Date.now().toString(36);
    const emails: string[] = [];
    let n = 0;
    const client = async (k: number) => {
      while (n < LEADS) {
        const email = `nurture.${suffix}.${n++}@example.com`;
        const server = servers[k % servers.length]!;
        const res = await fetch(`${server.url}/api/v1/leads`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-intake-key": String(source["intakeKey"]) },
          body: JSON.stringify({ firstName: "Ada", email }),
        });
        expect(res.status).toBe(201);
        emails.push(email);
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, k) => client(k)));

    // One server (the last started: the only one on SQLite) is killed a third of the way through.
    const victim = servers[servers.length - 1]!;
    const until = Date.now() + 300_000;
    while (smtp.mails.length < KILL_AT && Date.now() < until) await sleep(5);
    await victim.kill("SIGKILL");
    const atKill = smtp.mails.length;
    expect(atKill, "the kill came mid-way").toBeLessThan(LEADS * STEPS);
    await start();

    const distinct = () => new Set(received().map((r) => r.messageId)).size;
    while (distinct() < LEADS * STEPS && Date.now() < until) await sleep(100);
    // A message on the wire at the kill goes again only once its lease has run out: wait for that.
    await sleep((LEASE_SECONDS + 3) * 1000);

    const byLeadAndStep = new Map<string, Set<string>>();
    for (const r of received()) {
      const key = `${r.to} ${r.step}`;
      byLeadAndStep.set(key, (byLeadAndStep.get(key) ?? new Set()).add(r.messageId));
    }
    const missing = emails.flatMap((to) =>
      Array.from({ length: STEPS }, (_, s) => `${to} step-${s + 1}`).filter((key) => !byLeadAndStep.has(key)),
    );
    const duplicates = [...byLeadAndStep].filter(([, ids]) => ids.size > 1).map(([key]) => key);
    expect(missing, "emails never received").toEqual([]);
    expect(duplicates, "a lead's step received as two different messages").toEqual([]);
    expect(byLeadAndStep.size).toBe(LEADS * STEPS);
    const resent = smtp.mails.length - distinct();
    console.log(
      `${engine}, ${processes} processes: ${LEADS * STEPS} emails, ${atKill} received before SIGKILL, ` +
        `${smtp.mails.length} deliveries in all, ${resent} sent again under the same Message-ID`,
    );
  }, 540_000);
});
