/**
 * The pool benchmark's ceiling: Carousel's two pool requests answered by fastify from memory.
 * `GET /api/v1/pool` lists the first 200 unclaimed leads, each as large as Carousel shows a
 * pooled lead; `POST /api/v1/pool/{id}/claim` takes one (200) unless it was taken (409). What the
 * claimers reach against it is what the HTTP round trips and the load generator allow here.
 *
 * Usage: node --import tsx bench/pool-ceiling-server.ts   Env: PORT, HOST, BENCH_POOL_LEADS.
 */
import Fastify from "fastify";

const PAGE = 200;
const count = Number(process.env["BENCH_POOL_LEADS"] ?? 10_000);
const ids = Array.from({ length: count }, (_, i) => `lead_${String(i).padStart(26, "0")}`);
const claimed = new Set<string>();
let first = 0;

/** A lead as `GET /api/v1/pool` shows it (see src/http/routes/v1-pool.ts), for a body of the same size. */
const pooled = (id: string) => ({
  id,
  category: "home-improvement",
  source: "quote-landing-page",
  score: 40,
  priority: "warm",
  firstName: "Grace",
  city: "Des Moines",
  state: "IA",
  zip: "50309",
  receivedAt: "2026-11-22T12:00:00.000Z",
  fields: {
    product: "solar",
    homeowner: true,
    creditScore: 712,
    budget: 25000,
    timeframe: "1-3 months",
    roofAge: "10-20",
    contactTime: "evening",
  },
  poolUntil: "2026-11-23T12:00:00.000Z",
});

const app = Fastify({ logger: false });
app.get("/health", async () => ({ status: "ok" }));
app.get("/api/v1/pool", async () => {
  while (first < ids.length && claimed.has(ids[first]!)) first += 1;
  const items = [];
  for (let i = first; i < ids.length && items.length < PAGE; i++)
    if (!claimed.has(ids[i]!)) items.push(pooled(ids[i]!));
  return { items };
});
app.post<{ Params: { id: string } }>("/api/v1/pool/:id/claim", async (request, reply) => {
  const { id } = request.params;
  if (claimed.has(id)) return reply.status(409).send({ error: { code: "conflict", message: "taken" } });
  claimed.add(id);
  return { id: `asg_${id}`, leadId: id, status: "claimed", mode: "pull", method: "claim" };
});
await app.listen({ port: Number(process.env["PORT"] ?? 0), host: process.env["HOST"] ?? "127.0.0.1" });
