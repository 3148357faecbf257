/**
 * `npx tsx bench/stream-latency.ts`: how soon a committed change reaches a live screen. Two
 * agents take turns at a category's offers (push); each keeps `GET /api/v1/stream` open with its
 * token, as the agent workspace does. Leads are posted one at a time, a short pause apart. On
 * SQLite one process takes the leads and serves the streams (the wake-up is in process); on
 * PostgreSQL the leads go to one process and the streams are open on another, so every event
 * travels by NOTIFY. The latency of a lead is its `offered` event's arrival on the agent's stream
 * less the event's time, which its transaction took when it began, before its commit: an upper
 * bound of commit to screen. The goal is under a second. See docs/BENCHMARKS.md.
 */
import {
  benchMain,
  carouselApi,
  givenAgents,
  givenBenchCategory,
  percentile,
  sleep,
  startScratch,
} from "./carousel-api.js";
import { readSse } from "../test/support/sse-reader.js";
import { leadBodies } from "./lead-bodies.js";

const USAGE = `npx tsx bench/stream-latency.ts -- [options]

  --leads N           leads posted per run, one at a time (default 200)
  --pause MS          pause between two leads (default 20)
`;

const GOAL_MS = 1000;

interface Arrival {
  leadId: string;
  latencyMs: number;
}

/** Reads an SSE stream, calling `onData` with each event's parsed data. */
async function listen(
  url: string,
  token: string,
  onData: (data: Record<string, unknown>) => void,
  signal: AbortSignal,
) {
  const res = await fetch(`${url}/api/v1/stream`, { headers: { authorization: `Bearer ${token}` }, signal });
  if (res.status !== 200) throw new Error(`stream answered ${res.status}`);
  readSse(res.body, (message) => onData(message.data as Record<string, unknown>));
}

async function main(): Promise<void> {
  await benchMain(
    "Live updates: commit to a screen (GET /api/v1/stream)",
    USAGE,
    { leads: 200, pause: 20 },
    async ({ leads, pause }, runs, where) => {
      const engines = [...new Set(runs.map((r) => r.engine))];
      const lines: string[] = [];
      for (const engine of engines) {
        const processes = engine === "sqlite" ? 1 : 2;
        const label =
          engine === "sqlite"
            ? "SQLite, 1 process"
            : "PostgreSQL, 2 processes (post to one, stream from the other)";
        const scratch = await startScratch(engine, processes, where);
        const controller = new AbortController();
        try {
          const writer = scratch.servers[0]!.url;
          const reader = scratch.servers[processes - 1]!.url;
          const api = carouselApi(writer, scratch.token);
          const intakeKey = await givenBenchCategory(api);
          const agents = await givenAgents(api, 2);
          await api("PUT", "/api/v1/categories/home-improvement/plan", {
            tiers: [{ select: {}, method: "round_robin", mode: "push", slaSeconds: 3600, attempts: 1 }],
          });
          const arrivals = new Map<string, Arrival>();
          for (const token of agents.values())
            await listen(
              reader,
              token,
              (data) => {
                if (data["type"] !== "offered") return;
                const leadId = String(data["leadId"]);
                arrivals.set(leadId, { leadId, latencyMs: Date.now() - Date.parse(String(data["at"])) });
              },
              controller.signal,
            );
          const bodies = leadBodies(`stream-${engine}`);
          const posted: string[] = [];
          for (let i = 0; i < leads; i++) {
            const res = await fetch(`${writer}/api/v1/leads`, {
              method: "POST",
              headers: { "content-type": "application/json", "x-intake-key": intakeKey },
              body: bodies(),
            });
            const text = await res.text();
            if (res.status !== 201) throw new Error(`intake answered ${res.status}: ${text}`);
            posted.push((JSON.parse(text) as { id: string }).id);
            await sleep(pause);
          }
          const deadline = Date.now() + 10_000;
          while (posted.some((id) => !arrivals.has(id)) && Date.now() < deadline) await sleep(50);
          const latencies = posted.flatMap((id) => {
            const a = arrivals.get(id);
            return a ? [a.latencyMs] : [];
          });
          latencies.sort((a, b) => a - b);
          const missing = posted.length - latencies.length;
          const fmt = (p: number) => `${Math.round(percentile(latencies, p))} ms`;
          lines.push(
            `${label}: ${latencies.length} of ${posted.length} offers arrived${missing ? ` (${missing} missing)` : ""}; ` +
              `p50 ${fmt(0.5)}, p90 ${fmt(0.9)}, p99 ${fmt(0.99)}, max ${fmt(1)} — goal < ${GOAL_MS} ms: ` +
              (missing === 0 && percentile(latencies, 1) < GOAL_MS ? "met" : "NOT met"),
          );
          console.log(lines[lines.length - 1]);
        } finally {
          controller.abort();
          await scratch.dispose();
        }
      }
    },
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
