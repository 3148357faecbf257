/**
 * The transportation problem behind selling leads under caps, solved exactly: classes of
 * identical leads (`supply` of each) go to buyers (at most `capacity` each), a lead of class `s`
 * sold to buyer `b` earns `value[s][b]` (`null`: `b` cannot take it), and a lead may stay unsold
 * (earning 0). Maximizes the total. A min-cost flow by successive shortest paths (Dijkstra with
 * node potentials) over source → class → buyer → sink, plus an "unsold" arc class → sink; with
 * integer supplies and capacities the optimum is integral, so it is also the optimum of the LP
 * over the individual leads.
 *
 * Besides the flow it returns the LP's dual prices: `buyerPrice[b]`, what one more unit of
 * buyer `b`'s capacity is worth (its bid price, the opportunity cost of using one), and
 * `classPrice[s]`, what one more lead of class `s` is worth. They satisfy
 * `classPrice[s] + buyerPrice[b] ≥ value[s][b]` for every allowed pair, and
 * `Σ supply·classPrice + Σ capacity·buyerPrice = total`.
 */

export interface TransportProblem {
  /** Leads of each class; non-negative integers. */
  supply: readonly number[];
  /** Leads each buyer may still take; non-negative integers. */
  capacity: readonly number[];
  /** `value[class][buyer]`: what selling one lead of the class to the buyer earns; `null`: not allowed. */
  value: readonly (readonly (number | null)[])[];
}

export interface TransportSolution {
  total: number;
  /** `flow[class][buyer]`: leads of the class sold to the buyer. */
  flow: number[][];
  /** Leads of each class left unsold. */
  unsold: number[];
  buyerPrice: number[];
  classPrice: number[];
}

const INF = Number.POSITIVE_INFINITY;

class Graph {
  readonly to: number[] = [];
  readonly cap: number[] = [];
  readonly cost: number[] = [];
  readonly out: number[][];

  constructor(nodes: number) {
    this.out = Array.from({ length: nodes }, () => []);
  }

  /** Adds an arc and its residual twin; returns the arc's id (its twin is `id ^ 1`). */
  arc(from: number, to: number, cap: number, cost: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(cap, 0);
    this.cost.push(cost, -cost);
    this.out[from]!.push(id);
    this.out[to]!.push(id + 1);
    return id;
  }
}

/** Solves a transportation problem exactly (see the module comment). */
export function solveTransportation(problem: TransportProblem): TransportSolution {
  const { supply, capacity, value } = problem;
  const S = supply.length;
  const B = capacity.length;
  const source = 0;
  const classNode = (s: number) => 1 + s;
  const buyerNode = (b: number) => 1 + S + b;
  const sink = 1 + S + B;
  const n = sink + 1;
  const g = new Graph(n);

  const pairArc: { s: number; b: number; id: number }[] = [];
  const unsoldArc: number[] = [];
  const buyerArc: number[] = [];
  for (let s = 0; s < S; s++) g.arc(source, classNode(s), Math.max(0, supply[s] ?? 0), 0);
  for (let s = 0; s < S; s++) {
    const row = value[s] ?? [];
    for (let b = 0; b < B; b++) {
      const v = row[b];
      // Selling at a loss or at nothing never beats leaving the lead unsold.
      if (v === null || v === undefined || !(v > 0)) continue;
      pairArc.push({ s, b, id: g.arc(classNode(s), buyerNode(b), INF, -v) });
    }
    unsoldArc.push(g.arc(classNode(s), sink, INF, 0));
  }
  for (let b = 0; b < B; b++) buyerArc.push(g.arc(buyerNode(b), sink, Math.max(0, capacity[b] ?? 0), 0));

  // Initial potentials: shortest distances in the (acyclic) graph of forward arcs.
  const p = new Array<number>(n).fill(0);
  for (let b = 0; b < B; b++) p[buyerNode(b)] = 0;
  for (const { s, b, id } of pairArc) {
    const d = p[classNode(s)]! + g.cost[id]!;
    if (d < p[buyerNode(b)]!) p[buyerNode(b)] = d;
  }
  let sinkP = 0;
  for (let b = 0; b < B; b++) sinkP = Math.min(sinkP, p[buyerNode(b)]!);
  p[sink] = sinkP;

  const dist = new Array<number>(n);
  const prevArc = new Array<number>(n);
  const done = new Array<boolean>(n);
  for (;;) {
    dist.fill(INF);
    done.fill(false);
    prevArc.fill(-1);
    dist[source] = 0;
    // Dense Dijkstra: the graph has a few hundred nodes at most.
    for (;;) {
      let u = -1;
      let best = INF;
      for (let v = 0; v < n; v++)
        if (!done[v] && dist[v]! < best) {
          best = dist[v]!;
          u = v;
        }
      if (u < 0) break;
      done[u] = true;
      for (const id of g.out[u]!) {
        if (g.cap[id]! <= 0) continue;
        const v = g.to[id]!;
        const d = best + g.cost[id]! + p[u]! - p[v]!;
        if (d < dist[v]!) {
          dist[v] = d;
          prevArc[v] = id;
        }
      }
    }
    if (dist[sink] === INF) break;
    let reached = 0;
    for (let v = 0; v < n; v++) if (dist[v]! < INF && dist[v]! > reached) reached = dist[v]!;
    for (let v = 0; v < n; v++) p[v]! += dist[v]! < INF ? dist[v]! : reached;
    let push = INF;
    for (let v = sink; v !== source; v = g.to[prevArc[v]! ^ 1]!) push = Math.min(push, g.cap[prevArc[v]!]!);
    for (let v = sink; v !== source; v = g.to[prevArc[v]! ^ 1]!) {
      g.cap[prevArc[v]!]! -= push;
      g.cap[prevArc[v]! ^ 1]! += push;
    }
  }

  const flow = Array.from({ length: S }, () => new Array<number>(B).fill(0));
  let total = 0;
  for (const { s, b, id } of pairArc) {
    const f = g.cap[id ^ 1]!;
    flow[s]![b] = f;
    total += f * -g.cost[id]!;
  }
  const unsold = unsoldArc.map((id) => g.cap[id ^ 1]!);
  const buyerPrice = new Array<number>(B).fill(0);
  for (let b = 0; b < B; b++) buyerPrice[b] = Math.max(0, p[sink]! - p[buyerNode(b)]!);
  const classPrice = new Array<number>(S).fill(0);
  for (let s = 0; s < S; s++) classPrice[s] = Math.max(0, p[classNode(s)]! - p[sink]!);
  return { total, flow, unsold, buyerPrice, classPrice };
}
