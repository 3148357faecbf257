/**
 * The load generator's process (started by load.ts): autocannon posting a different lead
 * body on every request. Receives a LoadPlan over IPC, answers with a LoadReport.
 */
import autocannon from "autocannon";
import { cpuBetween, sampleCpu, type CpuSample } from "./cpu.js";
import { leadBodies } from "./lead-bodies.js";
import { backendPids } from "./pg.js";
import type { LoadPlan, LoadReport, PhaseReport } from "./load.js";

/** autocannon's own stop, should draining fail (a hung request): the run stays bounded. */
const HARD_STOP_SECONDS = 20;

/** What autocannon's Client keeps for its request limit; not in its typings. */
interface CountedClient {
  reqsMade: number;
  responseMax: number | undefined;
}

/**
 * One timed phase. At the deadline each connection stops after its current answer
 * instead of being cut off mid-request (autocannon's own duration stop destroys the
 * sockets): then every lead the server stored was answered and counted, and the
 * stored count can be compared with the 201s exactly.
 */
async function phase(plan: LoadPlan, seconds: number, nextBody: () => string): Promise<PhaseReport> {
  // The pool's connections are open after the warm-up; their server processes are the run's.
  const postgres = plan.postgresUrl ? await backendPids(plan.postgresUrl) : [];
  const groups = [[plan.serverPid], [process.pid], postgres];
  const pids = groups.flat();
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const errorSamples: string[] = [];
    let sent = 0;
    const startedAt = performance.now();
    const deadline = startedAt + seconds * 1000;
    let lastAnswerAt = startedAt;
    const cpuAtStart = sampleCpu(pids);
    let cpuAtEnd: CpuSample | null = null;
    const stopping = new Set<object>();

    const instance = autocannon(
      {
        url: `${plan.url}/api/v1/leads`,
        connections: plan.connections,
        pipelining: 1,
        duration: seconds + HARD_STOP_SECONDS,
        timeout: 10,
        method: "POST",
        headers: { "content-type": "application/json", "x-intake-key": plan.intakeKey },
        requests: [
          {
            setupRequest: (request) => {
              sent++;
              return { ...request, body: nextBody() };
            },
            onResponse: (status, body) => {
              if ((status < 200 || status >= 300) && errorSamples.length < 5)
                errorSamples.push(`${status} ${body.slice(0, 300)}`);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const cpu = cpuBetween(cpuAtStart, cpuAtEnd ?? sampleCpu(pids), groups);
        const elapsed = (lastAnswerAt - startedAt) / 1000;
        const status: Record<string, number> = {};
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
          status[code] = stat.count ?? 0;
        latencies.sort((a, b) => a - b);
        resolve({
          seconds: elapsed,
          sent,
          status,
          ok: result["2xx"],
          non2xx: result.non2xx,
          errors: result.errors,
          unanswered: sent - latencies.length,
          rate: result["2xx"] / elapsed,
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
          max: latencies.at(-1) ?? 0,
          errorSamples,
          cpu,
        });
      },
    );
    instance.on("response", (client, _status, _bytes, responseTime) => {
      const now = performance.now();
      lastAnswerAt = now;
      latencies.push(responseTime);
      // The client asks for its next request right after this event; a limit it has
      // reached makes it close the connection instead.
      if (now >= deadline && !stopping.has(client)) {
        stopping.add(client);
        const counted = client as unknown as CountedClient;
        counted.responseMax = counted.reqsMade;
        if (stopping.size === plan.connections) cpuAtEnd = sampleCpu(pids);
      }
    });
  });
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

process.once("message", (message) => {
  const plan = message as LoadPlan;
  const nextBody = leadBodies(plan.tag);
  const run = async (): Promise<LoadReport> => ({
    warmup: plan.warmupSeconds > 0 ? await phase(plan, plan.warmupSeconds, nextBody) : null,
    measured: await phase(plan, plan.seconds, nextBody),
  });
  run().then(
    (report) => process.send!(report, () => process.exit(0)),
    (error: unknown) => {
      process.stderr.write(`load generator: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
});
