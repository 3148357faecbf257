import fc from "fast-check";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_STATUS } from "../../src/domain/errors.js";
import { admin, ADMIN_TOKEN, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import {
  watchWrites,
  hostileRequest,
  STACK_TRACE,
  writeOperations,
  type World,
  type WriteOperation,
} from "../support/hostile.js";
import { givenRecipient } from "../support/routing.js";
import { givenDesk, givenLead } from "../support/work.js";

/** Cases per engine; `CAROUSEL_HOSTILE_RUNS` runs more (or fewer) by hand. */
const RUNS = Number(process.env["CAROUSEL_HOSTILE_RUNS"] ?? 5000);

/** A little of everything, so hostile requests also meet real ids and real callers. */
async function givenWorld(t: TestApp): Promise<World> {
  const desk = await givenDesk(t, ["agent", "partner"]);
  const lead = await givenLead(t, desk);
  await givenRecipient(t, {
    key: `buyer-${desk.category}`,
    kind: "buyer",
    categories: [desk.category],
    delivery: { channel: "http", url: "https://example.com/in" },
  });
  const webhook = await t.call({
    method: "POST",
    url: "/api/v1/webhooks",
    headers: admin,
    payload: { url: "https://example.com/hook", events: ["received"] },
  });
  const token = await t.call({
    method: "POST",
    url: "/api/v1/tokens",
    headers: admin,
    payload: { name: "ci" },
  });
  const ids = [lead.id, webhook.data?.id, token.data?.id, desk.users[0]!.id].filter(
    (v): v is string => typeof v === "string",
  );
  return {
    adminToken: ADMIN_TOKEN,
    otherTokens: desk.users.map((u) => u.token),
    intakeKeys: [desk.intakeKey],
    ids: {
      id: ids,
      leadId: [lead.id],
      key: [desk.category, ...desk.recipients, `buyer-${desk.category}`],
      sourceKey: [],
    },
  };
}

const describeRequest = (r: InjectOptions) =>
  `${String(r.method)} ${String(r.url)} ${JSON.stringify(r.headers)} ${String(r.payload ?? "").slice(0, 300)}`;

describe.each(ENGINES)("hostile requests to every write operation on %s", (engine) => {
  let t: TestApp;
  let world: World;
  let operations: WriteOperation[];

  beforeAll(async () => {
    t = await startTestApp(engine);
    world = await givenWorld(t);
    operations = writeOperations((await t.app.inject({ method: "GET", url: "/openapi.json" })).json());
  });
  afterAll(async () => t.close());

  it("finds the write operations in the OpenAPI document", () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(operations).toContainEqual(
      expect.objectContaining({ method: "POST", path: "/api/v1/leads", intake: true }),
    );
    expect(operations).toContainEqual(
      expect.objectContaining({ method: "DELETE", path: "/api/v1/webhooks/{id}" }),
    );
  });

  it("answers none with a 5xx or a stack trace, and a refused request changes nothing", async () => {
    const writes = await watchWrites(t.store);
    let before = await writes();
    const statuses = new Map<number, number>();
    const request = fc
      .constantFrom(...operations)
      .chain((op) => hostileRequest(op, world).map((options) => ({ op, options })));

    await fc.assert(
      fc.asyncProperty(request, async ({ options }) => {
        const res = await t.app.inject(options);
        const after = await writes();
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        const refused = res.statusCode >= 400;
        const error = refused
          ? (res.json() as { error?: { code?: string; message?: unknown } }).error
          : undefined;
        const wrong =
          res.statusCode >= 500
            ? "a 5xx"
            : STACK_TRACE.test(res.body)
              ? "a stack trace or an internal path"
              : refused && ERROR_STATUS[error?.code as keyof typeof ERROR_STATUS] !== res.statusCode
                ? "an error code that does not match the status"
                : refused && typeof error?.message !== "string"
                  ? "an error without a message"
                  : refused && after !== before
                    ? "a refused request that changed the database"
                    : undefined;
        // The context is built only for a failure: most cases are many, fast and fine.
        expect(
          wrong,
          wrong && `${describeRequest(options)}\n→ ${res.statusCode} ${res.body.slice(0, 500)}`,
        ).toBeUndefined();
        before = after;
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    const refusals = [...statuses].filter(([s]) => s >= 400).reduce((n, [, c]) => n + c, 0);
    // Most requests must get past nothing: a run that was all 2xx would prove little.
    expect(refusals).toBeGreaterThan(RUNS * 0.8);
    expect((await t.app.inject({ method: "GET", url: "/health" })).statusCode).toBe(200);
    // 5,000 requests with a write check after each: allow for a machine busy with other suites.
  }, 180_000);
});
