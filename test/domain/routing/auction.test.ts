import { describe, expect, it } from "vitest";
import { awardDecision, rankBids, turnIntoAuction } from "../../../src/domain/routing/auction.js";
import { decide } from "../../../src/domain/routing/decide.js";
import { at, candidate, lead, plan, recipient } from "./fixtures.js";

const NOW = at("2026-11-23T16:00:00Z");
const PING = { fields: ["state", "zip"], deadlineMs: 500 };
const bid = (recipient: string, bidCents: number | null) => ({
  recipient,
  bidCents,
  status: bidCents === null ? null : 200,
  durationMs: 20,
});

describe("ping-post auctions", () => {
  it("turn a pinging tier's decision into an auction of its eligible buyers, consuming nothing", () => {
    const buyers = [candidate(recipient("a", { price: 500 })), candidate(recipient("b", { price: 900 }))];
    const pinging = plan({ method: "best_margin", pingPost: PING });
    const d = decide(lead(), pinging, buyers, 7, NOW);
    turnIntoAuction(d, pinging, 7);
    expect(d.auction).toEqual({ tierIndex: 0, bidders: ["b", "a"], pingPost: PING });
    expect(d.assignments).toEqual([]);
    expect(d.updates).toEqual([]);
    expect(d.categorySequence).toBe(7);
    expect(d.trace.tiers[0]?.chosen).toEqual([]);
  });

  it("leave a decision of a tier without pingPost as it is", () => {
    const buyers = [candidate(recipient("a", { price: 500 }))];
    const plain = plan({ method: "best_margin" });
    const d = decide(lead(), plain, buyers, 7, NOW);
    turnIntoAuction(d, plain, 7);
    expect(d.auction).toBeUndefined();
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["a"]);
  });

  it("rank bids by margin over the lead's cost, refusing bids at or below it and bidders who can no longer take the lead", () => {
    const l = lead({ costCents: 1000 });
    const candidates = [
      candidate(recipient("high")),
      candidate(recipient("low")),
      candidate(recipient("at-cost")),
      candidate(recipient("capped", { caps: { day: 1 } }), {
        counts: { hour: 1, day: 1, week: 1, month: 1 },
      }),
      candidate(recipient("broke", { budgetCents: 5000 }), { spentCents: 4500 }),
    ];
    const answers = [
      bid("low", 1500),
      bid("high", 3000),
      bid("at-cost", 1000),
      bid("capped", 4000),
      bid("broke", 2000),
      bid("silent", null),
    ];
    const { ranked, refused } = rankBids(l, answers, candidates, NOW);
    expect(ranked.map((b) => [b.recipient, b.marginCents])).toEqual([
      ["high", 2000],
      ["low", 500],
    ]);
    expect(refused.map((r) => [r.recipient, r.reason.split(":")[0]])).toEqual([
      ["at-cost", "bid 10.00 is not above the lead's cost 10.00"],
      ["capped", "cap"],
      ["broke", "budget"],
    ]);
  });

  it("break equal margins in turn, and leave out who already had the lead", () => {
    const candidates = [
      candidate(recipient("recent"), { rotation: { lastServed: 9, currentWeight: 0 } }),
      candidate(recipient("waiting"), { rotation: { lastServed: 2, currentWeight: 0 } }),
      candidate(recipient("rejected")),
    ];
    const answers = [bid("recent", 2000), bid("waiting", 2000), bid("rejected", 9000)];
    const { ranked } = rankBids(lead(), answers, candidates, NOW, new Set(["rejected"]));
    expect(ranked.map((b) => b.recipient)).toEqual(["waiting", "recent"]);
  });

  it("award the winner a direct best_margin assignment at its bid that consumes its counters and turn", () => {
    const l = lead({ costCents: 1000 });
    const winner = { recipient: "high", bidCents: 3000, marginCents: 2000, lastServed: 0 };
    const d = awardDecision(
      l,
      winner,
      candidate(recipient("high")),
      { tierIndex: 1, planVersion: 4 },
      7,
      NOW,
      {
        at: NOW,
        planVersion: 4,
        prunedByIndex: 0,
        exclusive: [],
        tiers: [],
      },
    );
    expect(d.assignments).toEqual([
      {
        recipientKey: "high",
        tierIndex: 1,
        method: "best_margin",
        mode: "direct",
        planVersion: 4,
        priceCents: 3000,
        marginCents: 2000,
      },
    ]);
    expect(d.categorySequence).toBe(8);
    expect(d.updates[0]).toMatchObject({
      key: "high",
      rotation: { lastServed: 8 },
      increment: { assignments: 1, spentCents: 3000, openLeads: 1 },
    });
  });
});
