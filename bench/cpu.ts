import { readFileSync } from "node:fs";

/** CPU time in seconds: the whole machine's busy time, and each watched process's own. */
export interface CpuSample {
  at: number;
  busy: number;
  processes: Map<number, number>;
}

/** Where the machine's CPU went during a phase, in cores (1.0 = one core fully busy). */
export interface CpuUse {
  machine: number;
  /** One figure per group of processes, in the order asked for. */
  groups: number[];
  /** Everything else: other programs on the machine. */
  other: number;
}

const TICKS_PER_SECOND = 100;

/** Reads /proc (Linux); null elsewhere, and the report leaves the column out. */
export function sampleCpu(pids: number[]): CpuSample | null {
  try {
    const cpu = readFileSync("/proc/stat", "utf8")
      .split("\n", 1)[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq: idle and iowait are not busy; steal is time
    // the hypervisor gave to other machines, not work done here.
    const busy = cpu.slice(0, 7).reduce((a, b) => a + b, 0) - cpu[3]! - cpu[4]!;
    const processes = new Map<number, number>();
    for (const pid of pids) {
      const t = processCpu(pid);
      if (t !== null) processes.set(pid, t);
    }
    return { at: performance.now(), busy: busy / TICKS_PER_SECOND, processes };
  } catch {
    return null;
  }
}

/** A process that came or went between the samples counts for neither. */
export function cpuBetween(
  start: CpuSample | null,
  end: CpuSample | null,
  groups: number[][],
): CpuUse | null {
  if (!start || !end) return null;
  const wall = (end.at - start.at) / 1000;
  const machine = (end.busy - start.busy) / wall;
  const used = (pid: number) => {
    const a = start.processes.get(pid);
    const b = end.processes.get(pid);
    return a === undefined || b === undefined ? 0 : (b - a) / wall;
  };
  const figures = groups.map((pids) => pids.reduce((sum, pid) => sum + used(pid), 0));
  return { machine, groups: figures, other: Math.max(0, machine - figures.reduce((a, b) => a + b, 0)) };
}

/** A process's CPU time in seconds so far (user and system), or null once it is gone. */
export function processCpu(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}
