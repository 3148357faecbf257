/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, or `npm run bench -- --cpu-prof`):
 * the functions with the most self time, and with the most total time (self plus what
 * they call), as shares of the sampled time.
 *
 * Usage: npx tsx bench/profile-top.ts FILE.cpuprofile [N] [SKIP_SECONDS]
 * SKIP_SECONDS leaves out the start of the profile (the server's start-up).
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: Profile, top: number, skipSeconds: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const where = url ? `${relative(process.cwd(), url.replace(/^file:\/\//, ""))}:${lineNumber + 1}` : "";
    return `${functionName || "(anonymous)"} ${where}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let sampled = 0;
  let at = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    at += dt;
    if (at < skipSeconds * 1e6) return;
    sampled += dt;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + dt);
    // A function counts once per sample even when it recurses.
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const key = name(n);
      if (!seen.has(key)) total.set(key, (total.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  const idle = self.get("(idle)") ?? 0;
  const busy = sampled - idle;
  const rank = (m: Map<string, number>) =>
    [...m]
      .filter(([k]) => !["(idle)", "(root)", "(program)"].includes(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${((100 * v) / busy).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `sampled ${(sampled / 1e6).toFixed(1)} s, busy ${(busy / 1e6).toFixed(1)} s (shares below are of busy time)`,
    `(program) ${(((self.get("(program)") ?? 0) * 100) / busy).toFixed(1)}%, (garbage collector) ${(((self.get("(garbage collector)") ?? 0) * 100) / busy).toFixed(1)}%`,
    "",
    "self time:",
    ...rank(self),
    "",
    "total time:",
    ...rank(total),
  ];
}

const [file, n, skip] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: npx tsx bench/profile-top.ts FILE.cpuprofile [N] [SKIP_SECONDS]\n");
  process.exitCode = 2;
} else {
  const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
  for (const line of summarise(profile, Number(n ?? 25), Number(skip ?? 0))) console.log(line);
}
