/**
 * `npm run bench:nurture`: how fast Carousel sends nurture emails that are due, and how late.
 *
 * A local SMTP sink (smtp-server on 127.0.0.1, in a process of its own: bench/smtp-sink.ts)
 * takes every message and notes when it arrived. For each engine (SQLite; PostgreSQL too with
 * `--postgres URL`, on a database of its own, dropped afterwards):
 *
 * 1. Throughput: N leads are enrolled (through the sequences service, in a few transactions) in a
 *    one-step sequence whose send step is due now; the scheduler, with the nurture timer as
 *    `carousel serve` builds it, sends them all. Emails a second from its start to the sink
 *    taking the last one.
 * 2. The ceiling, in the same run: a bare nodemailer loop sending the very messages Carousel
 *    rendered (read back from `sequence_sends`: same size, parts and headers) to the same sink,
 *    with the transport and concurrency Carousel's sender uses (pooled, 8 connections).
 * 3. Lag: N more leads whose step comes due at `--lag-rate` a second, spread over real time; the
 *    lag of an email is when the sink took it less when it came due. p50 and p99.
 *
 * The one-minute load average is printed before each phase: the machine is shared.
 *
 *   npx tsx bench/nurture-send.ts [--emails 10000] [--lag-rate 100] [--postgres URL] [--skip-lag]
 */
import { fork, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport/index.js";
import type { Lead } from "../src/domain/lead.js";
import { BOOTSTRAP } from "../src/services/audit.js";
import { createCategory, createSource } from "../src/services/catalog.js";
import { putMailSender } from "../src/services/mail-sender.js";
import { makeNurture } from "../src/services/nurture.js";
import { startScheduler } from "../src/services/scheduler.js";
import { createSequence, enrol } from "../src/services/sequences.js";
import type { EmailPayload } from "../src/services/sequence-steps.js";
import { createTemplate } from "../src/services/templates.js";
import { insertLeads } from "../src/store/queries/leads.js";
import { PostgresStore } from "../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../src/store/sqlite/sqlite-store.js";
import type { Store } from "../src/store/store.js";
import { percentile } from "./carousel-api.js";
import { pgQuery } from "./pg.js";
import type { Arrival, SinkAnswer, SinkRequest } from "./smtp-sink.js";

const { values } = parseArgs({
  options: {
    emails: { type: "string", default: "10000" },
    "lag-rate": { type: "string", default: "100" },
    // The operator's global sending rate (CAROUSEL_NURTURE_RATE): high, so it is not what is measured.
    "send-rate": { type: "string", default: "100000" },
    postgres: { type: "string" },
    "skip-lag": { type: "boolean", default: false },
  },
});
const EMAILS = Number(values.emails);
const LAG_RATE = Number(values["lag-rate"]);
const SEND_RATE = Number(values["send-rate"]);
/** The nurture timer's defaults, as `carousel serve` runs it. */
const CONCURRENCY = 8;
const SEQUENCE_STEPS = [{ type: "email" as const, template: "welcome" }];
const CATEGORY = "nurtured";
const PUBLIC_URL = "https://carousel.example";
/** How long after the lag phase's leads are enrolled the first comes due. */
const LEAD_IN_MS = 3000;

const HTML = `<h1>Hello {{ lead.firstName }},</h1>
<p>Thanks for asking about solar panels for your home in {{ lead.city }}. Most homes like yours
save a third of their power bill in the first year, and the panels pay for themselves in about
seven years.</p>
<p>Here is what happens next: one of our advisers looks at your roof from satellite pictures,
works out how many panels fit and what they would make, and sends you a plain quote. There is no
obligation and no pressure.</p>
<p><a href="https://sunny.example/quote">See how a quote works</a> or
<a href="https://sunny.example/faq">read the questions people ask most</a>.</p>
<p>Kind regards,<br>The Sunny Roofs team</p>`;

const load = () => os.loadavg()[0]!.toFixed(2);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sink {
  url: string;
  /** Resolves with the next `n` messages' arrivals, or rejects after `timeoutMs`. */
  expect(n: number, timeoutMs: number): Promise<Arrival[]>;
  stop(): void;
}

async function startSink(): Promise<Sink> {
  const child: ChildProcess = fork(fileURLToPath(new URL("./smtp-sink.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (m: SinkAnswer) => ("port" in m ? resolve(m.port) : reject(new Error("no port"))));
    child.once("exit", () => reject(new Error("the SMTP sink exited before listening")));
  });
  const request = (message: SinkRequest) => child.send(message);
  return {
    url: `smtp://127.0.0.1:${port}`,
    expect(n, timeoutMs) {
      const arrived = new Promise<Arrival[]>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the sink had not taken ${n} messages after ${timeoutMs / 1000} s`)),
          timeoutMs,
        );
        child.once("message", (m: SinkAnswer) => {
          clearTimeout(timer);
          if ("arrivals" in m) resolve(m.arrivals);
        });
      });
      request({ expect: n });
      return arrived;
    },
    stop: () => request({ stop: true }),
  };
}

interface Scratch {
  label: string;
  store: Store;
  dispose(): Promise<void>;
}

async function sqliteScratch(): Promise<Scratch> {
  const dir = mkdtempSync(join(os.tmpdir(), "carousel-nurture-"));
  const store = new SqliteStore(join(dir, "carousel.db"));
  await store.migrate();
  return {
    label: "SQLite",
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresScratch(base: string): Promise<Scratch> {
  const name = `carousel_bench_nurture_${process.pid}`;
  await pgQuery(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const store = new PostgresStore({ url: url.toString() });
  await store.migrate();
  return {
    label: "PostgreSQL",
    store,
    dispose: async () => {
      await store.close();
      await pgQuery(base, `drop database ${name} with (force)`);
    },
  };
}

/** The sender, the template, a category and source for the leads, and a one-step sequence. */
async function givenSequence(store: Store, key: string): Promise<void> {
  if (key === "first") {
    await putMailSender(store, BOOTSTRAP, {
      name: "Sunny Roofs",
      email: "hello@sunny.example",
      postalAddress: "1 Main St, Des Moines, IA 50309",
      replyTo: null,
    });
    await createTemplate(store, BOOTSTRAP, {
      key: "welcome",
      name: "Welcome",
      subject: "{{ lead.firstName }}, your solar quote",
      html: HTML,
      text: null,
    });
    await createCategory(store, { key: CATEGORY, name: "Nurtured" });
    await createSource(store, { key: "web", name: "Web", category: CATEGORY });
  }
  // No enrolment rules match: the benchmark enrols its leads itself.
  await createSequence(store, BOOTSTRAP, {
    key,
    name: key,
    enroll: { tags: ["never"] },
    exit: {},
    window: null,
    dailyLimit: null,
    steps: SEQUENCE_STEPS,
  });
}

const leadOf = (id: string, at: number): Lead => ({
  id,
  category: CATEGORY,
  source: "web",
  contact: {
    firstName: "Ada",
    lastName: "Lovelace",
    email: `${id}@example.com`,
    phone: null,
    address: null,
    city: "Des Moines",
    state: "IA",
    zip: "50309",
    country: "US",
    lat: null,
    lon: null,
  },
  fields: {},
  consent: null,
  attribution: {},
  ip: null,
  score: 0,
  priority: "cold",
  stage: "new",
  status: "assigned",
  tags: [],
  costCents: 0,
  revenueCents: 0,
  createdAt: at,
  updatedAt: at,
  retryAt: null,
});

/**
 * `count` leads named `<prefix>-<i>`, each enrolled in `sequence` with its step due at `dueAt(i)`;
 * a thousand leads to a transaction.
 */
async function enrolLeads(
  store: Store,
  sequence: string,
  prefix: string,
  count: number,
  dueAt: (i: number) => number,
): Promise<void> {
  const now = Date.now();
  for (let from = 0; from < count; from += 1000) {
    const ids = Array.from({ length: Math.min(1000, count - from) }, (_, k) => `${prefix}-${from + k}`);
    await store.transact(async (tx) => {
      await insertLeads(
        tx,
        ids.map((id) => leadOf(id, now)),
      );
      for (const [k, id] of ids.entries())
        await enrol(tx, { key: sequence, version: 1 }, id, "bench", dueAt(from + k));
    });
  }
}

/** The scheduler with the nurture timer, as `carousel serve` starts it (250 ms ticks). */
function startSending(store: Store, smtpUrl: string) {
  const nurture = makeNurture(store, {
    smtpUrl,
    ratePerSecond: SEND_RATE,
    publicUrl: PUBLIC_URL,
    concurrency: CONCURRENCY,
  });
  return startScheduler(store, (error) => console.error("scheduler:", error), { nurture });
}

/** A bare nodemailer loop: the same messages, transport and concurrency, no database. */
async function bareLoop(smtpUrl: string, messages: readonly { payload: EmailPayload; id: string }[]) {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: CONCURRENCY,
    maxMessages: Infinity,
  } as SMTPTransport.Options);
  let next = 0;
  const worker = async () => {
    while (next < messages.length) {
      const { payload, id } = messages[next++]!;
      await transport.sendMail({ ...payload, replyTo: payload.replyTo ?? undefined, messageId: id });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  transport.close();
}

interface Figures {
  label: string;
  carouselPerSecond: number;
  ceilingPerSecond: number;
  bytes: number;
  lagMs: number[] | null;
  loads: string[];
}

async function measure(scratch: Scratch, sink: Sink): Promise<Figures> {
  const { store, label } = scratch;
  const loads = [load()];
  console.log(`\n${label}: load ${loads[0]} before seeding`);
  await givenSequence(store, "first");
  let seeded = performance.now();
  await enrolLeads(store, "first", "t", EMAILS, () => Date.now());
  const seedMs = performance.now() - seeded;
  console.log(`  ${EMAILS} leads enrolled, due now, in ${(seedMs / 1000).toFixed(1)} s`);

  loads.push(load());
  const timeout = Math.max(300_000, (EMAILS / 20) * 1000);
  let arrived = sink.expect(EMAILS, timeout);
  const started = performance.now();
  let scheduler = startSending(store, sink.url);
  await arrived;
  const carouselSeconds = (performance.now() - started) / 1000;
  await scheduler.stop();
  const carouselPerSecond = EMAILS / carouselSeconds;
  console.log(
    `  Carousel: ${EMAILS} emails in ${carouselSeconds.toFixed(2)} s, ${carouselPerSecond.toFixed(0)}/s (load ${loads[1]})`,
  );

  const sent = await store.db
    .selectFrom("sequence_sends")
    .select(["payload", "message_id"])
    .where("sequence", "=", "first")
    .execute();
  const messages = sent.map((s) => ({ payload: JSON.parse(s.payload) as EmailPayload, id: s.message_id }));
  const bytes = sent.reduce((n, s) => n + s.payload.length, 0) / Math.max(1, sent.length);
  loads.push(load());
  arrived = sink.expect(messages.length, timeout);
  const bare = performance.now();
  await bareLoop(sink.url, messages);
  await arrived;
  const ceilingPerSecond = messages.length / ((performance.now() - bare) / 1000);
  console.log(
    `  ceiling (bare nodemailer loop, same ${messages.length} messages): ${ceilingPerSecond.toFixed(0)}/s (load ${loads[2]})`,
  );

  let lagMs: number[] | null = null;
  if (!values["skip-lag"]) {
    await givenSequence(store, "second");
    seeded = performance.now();
    // The first comes due a little after the seed is done (it took seedMs the first time).
    const from = Date.now() + LEAD_IN_MS + Math.round(2 * seedMs);
    const dueAt = (i: number) => from + Math.floor((i * 1000) / LAG_RATE);
    await enrolLeads(store, "second", "l", EMAILS, dueAt);
    loads.push(load());
    console.log(
      `  ${EMAILS} more leads enrolled in ${((performance.now() - seeded) / 1000).toFixed(1)} s, due at ${LAG_RATE}/s over ${(EMAILS / LAG_RATE).toFixed(0)} s (load ${loads[3]})`,
    );
    arrived = sink.expect(EMAILS, from - Date.now() + timeout);
    scheduler = startSending(store, sink.url);
    const arrivals = await arrived;
    await scheduler.stop();
    lagMs = arrivals.map((a) => a.at - dueAt(Number(/^l-(\d+)@/.exec(a.to)?.[1]))).sort((a, b) => a - b);
    loads.push(load());
    console.log(
      `  lag: p50 ${percentile(lagMs, 0.5)} ms, p99 ${percentile(lagMs, 0.99)} ms, max ${lagMs[lagMs.length - 1]} ms (load ${loads[4]})`,
    );
  }
  return { label, carouselPerSecond, ceilingPerSecond, bytes, lagMs, loads };
}

function report(all: readonly Figures[]): void {
  console.log(
    `\nNurture sending, ${EMAILS} emails, ${os.availableParallelism()} cores, ${os.cpus()[0]?.model.trim()}`,
  );
  for (const f of all) {
    const ratio = f.carouselPerSecond / f.ceilingPerSecond;
    console.log(
      `  ${f.label}: Carousel ${f.carouselPerSecond.toFixed(0)}/s, ceiling ${f.ceilingPerSecond.toFixed(0)}/s, ` +
        `ratio ${ratio.toFixed(2)}× (goal ≥ 0.5×: ${ratio >= 0.5 ? "met" : "NOT met"}); payload ${f.bytes.toFixed(0)} B`,
    );
    if (f.lagMs) {
      const p99 = percentile(f.lagMs, 0.99);
      console.log(
        `  ${f.label}: lag at ${LAG_RATE}/s p50 ${percentile(f.lagMs, 0.5)} ms, p99 ${p99} ms ` +
          `(goal p99 ≤ 2000 ms: ${p99 <= 2000 ? "met" : "NOT met"})`,
      );
    }
    console.log(`  ${f.label}: load averages (1 min) at each phase: ${f.loads.join(", ")}`);
  }
}

const sink = await startSink();
const results: Figures[] = [];
try {
  for (const open of [sqliteScratch, ...(values.postgres ? [() => postgresScratch(values.postgres!)] : [])]) {
    const scratch = await open();
    try {
      results.push(await measure(scratch, sink));
    } finally {
      await scratch.dispose();
    }
    await sleep(1000);
  }
  report(results);
} finally {
  sink.stop();
}
