import { describe, expect, it } from "vitest";
import { createCategory, createSource } from "../../src/services/catalog.js";
import { putPlan } from "../../src/services/plans.js";
import { createRecipient } from "../../src/services/recipients.js";
import { captureLeads, type IntakeResult } from "../../src/services/intake.js";
import type { Engine } from "../../src/store/store.js";
import { captureSuite } from "../support/capture-suite.js";
import { ENGINES } from "../support/engines.js";

const HOUR = 3_600_000;

describe.each(ENGINES)("a batch of routing decisions on %s", (engine: Engine) => {
  const suite = captureSuite(engine, "batch-hours");

  it("counts a recipient's hour cap afresh for the batch's leads received after the hour turned", async () => {
    const category = await createCategory(suite.store, {
      key: "hourly",
      name: "Hourly",
      dedupe: { keys: ["email"], windowDays: 30 },
    });
    const source = await createSource(suite.store, { key: "hourly-web", name: "Web", category: "hourly" });
    await createRecipient(suite.store, {
      key: "one-an-hour",
      name: "One an hour",
      kind: "agent",
      categories: ["hourly"],
      caps: { hour: 1 },
    });
    await putPlan(
      suite.store,
      "hourly",
      [{ select: { kind: "agent" }, method: "round_robin", mode: "direct" }],
      {
        userId: null,
        role: "admin",
        recipient: null,
      },
    );
    const turn = Math.floor(Date.now() / HOUR) * HOUR;
    const at = (email: string, now: number) => ({ ...suite.capture({ email }, category, source), now });
    const winnerOf = (r: IntakeResult) =>
      r.kind === "created" ? (r.assignments[0]?.recipient ?? null) : r.kind;

    const results = await suite.store.transact((tx) =>
      captureLeads(tx, [
        at("before-1@hourly.example", turn - 20_000),
        at("before-2@hourly.example", turn - 10_000),
        at("after-1@hourly.example", turn + 10_000),
        at("after-2@hourly.example", turn + 20_000),
      ]),
    );

    expect(results.map(winnerOf)).toEqual(["one-an-hour", null, "one-an-hour", null]);
  });
});
