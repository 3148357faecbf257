import { describe, expect, it } from "vitest";
import { decide } from "../../../src/domain/routing/decide.js";
import type { Candidate, Schedule } from "../../../src/domain/routing/types.js";
import { at, candidate, lead, plan, recipient, SimulatedStore } from "./fixtures.js";

const NOW = at("2026-11-23T16:00:00Z"); // Monday 10:00 in Chicago
const CHICAGO_OFFICE: Schedule = {
  timezone: "America/Chicago",
  hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] },
};
const served = (lastServed: number) => ({ rotation: { lastServed, currentWeight: 0 } });

describe("the decision", () => {
  it("lets the first tier with an eligible recipient decide, and does not run the later ones", () => {
    const recipients = [
      candidate(recipient("gold", { tags: ["gold"] })),
      candidate(recipient("silver", { tags: ["silver"] })),
    ];
    const d = decide(
      lead(),
      plan({ select: { tags: ["gold"] } }, { select: { tags: ["silver"] } }),
      recipients,
      10,
      NOW,
    );
    expect(d.assignments).toEqual([
      {
        recipientKey: "gold",
        tierIndex: 0,
        method: "round_robin",
        mode: "direct",
        planVersion: 1,
        priceCents: 0,
        marginCents: 0,
      },
    ]);
    expect(d.trace.tiers).toHaveLength(1);
    expect(d.unassigned).toBe(false);
  });

  it("falls through to the next tier when nobody in a tier is eligible, tracing why", () => {
    const recipients = [
      candidate(recipient("gold-capped", { tags: ["gold"], caps: { day: 1 } }), {
        counts: { hour: 1, day: 1, week: 1, month: 1 },
      }),
      candidate(recipient("gold-elsewhere", { tags: ["gold"], territory: { states: ["NE"] } })),
      candidate(recipient("silver", { tags: ["silver"] })),
    ];
    const d = decide(
      lead(),
      plan({ select: { tags: ["gold"] } }, { select: { tags: ["silver"] } }),
      recipients,
      0,
      NOW,
    );
    expect(d.assignments.map((a) => [a.recipientKey, a.tierIndex])).toEqual([["silver", 1]]);
    expect(d.trace.tiers[0]).toMatchObject({
      tierIndex: 0,
      notSelected: 1,
      chosen: [],
      candidates: [
        { key: "gold-capped", eligible: false, rule: "cap", detail: "day cap 1 reached" },
        { key: "gold-elsewhere", eligible: false, rule: "territory" },
      ],
    });
    expect(d.trace.tiers[1]).toMatchObject({
      chosen: ["silver"],
      candidates: [{ key: "silver", eligible: true, position: 1, rank: { by: "turn", lastServed: 0 } }],
    });
  });

  it("selects a tier's recipients by kind, tags and keys together", () => {
    const recipients = [
      candidate(recipient("agent-gold", { kind: "agent", tags: ["gold"] })),
      candidate(recipient("buyer-gold", { kind: "buyer", tags: ["gold", "x"] }), served(5)),
      candidate(recipient("buyer-plain", { kind: "buyer" })),
    ];
    const d = decide(lead(), plan({ select: { kind: "buyer", tags: ["gold"] } }), recipients, 9, NOW);
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["buyer-gold"]);
    const byKeys = decide(lead(), plan({ select: { keys: ["buyer-plain", "nobody"] } }), recipients, 9, NOW);
    expect(byKeys.assignments.map((a) => a.recipientKey)).toEqual(["buyer-plain"]);
  });

  it("moves the chosen recipient to the back of the rotation and advances the category sequence", () => {
    const recipients = [candidate(recipient("a"), served(4)), candidate(recipient("b"), served(2))];
    const d = decide(lead(), plan({}), recipients, 6, NOW);
    expect(d.assignments[0]?.recipientKey).toBe("b");
    expect(d.categorySequence).toBe(7);
    expect(d.updates).toEqual([
      {
        key: "b",
        rotation: { lastServed: 7 },
        increment: {
          assignments: 1,
          spentCents: 0,
          openLeads: 1,
          windows: { hour: "2026-11-23T16", day: "2026-11-23", week: "2026-W48", month: "2026-11" },
        },
      },
    ]);
    expect(d.ordered).toEqual(["b", "a"]);
  });

  it("counts an assignment in the windows of the recipient's own time zone", () => {
    const config = recipient("west", {
      schedule: { timezone: "America/Los_Angeles", hours: { sun: [["00:00", "24:00"]] } },
    });
    const d = decide(lead(), plan({}), [candidate(config)], 0, at("2026-11-23T07:30:00Z"));
    expect(d.updates[0]?.increment?.windows).toEqual({
      hour: "2026-11-22T23",
      day: "2026-11-22",
      week: "2026-W47",
      month: "2026-11",
    });
  });

  it("records the price and the margin over the lead's cost", () => {
    const config = recipient("buyer", {
      kind: "buyer",
      price: {
        default: 1500,
        rules: [{ when: [{ field: "priority", op: "eq", value: "hot" }], price: 4000 }],
      },
    });
    const hot = decide(lead({ priority: "hot", costCents: 900 }), plan({}), [candidate(config)], 0, NOW);
    expect(hot.assignments[0]).toMatchObject({ priceCents: 4000, marginCents: 3100 });
    expect(hot.updates[0]?.increment?.spentCents).toBe(4000);
    const warm = decide(lead({ costCents: 900 }), plan({}), [candidate(config)], 0, NOW);
    expect(warm.assignments[0]).toMatchObject({ priceCents: 1500, marginCents: 600 });
  });

  it("gives each broadcast buyer its own turn in the sequence", () => {
    const recipients = [1, 2, 3].map((n) => candidate(recipient(`b${n}`, { kind: "buyer" }), served(n)));
    const d = decide(lead(), plan({ method: "broadcast", maxRecipients: 2 }), recipients, 3, NOW);
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["b1", "b2"]);
    expect(d.updates.map((u) => [u.key, u.rotation?.lastServed])).toEqual([
      ["b1", 4],
      ["b2", 5],
    ]);
    expect(d.categorySequence).toBe(5);
  });

  it("updates the accumulator of every weighted candidate, not only the winner's", () => {
    const recipients = [
      candidate(recipient("a", { weight: 3 })),
      candidate(recipient("b", { weight: 1 })),
      candidate(recipient("closed", { weight: 9, schedule: { timezone: "UTC", hours: {} } })),
    ];
    const d = decide(lead(), plan({ method: "weighted" }), recipients, 0, NOW);
    expect(d.updates).toEqual([
      expect.objectContaining({ key: "a", rotation: { currentWeight: -1, lastServed: 1 } }),
      { key: "b", rotation: { currentWeight: 1 } },
    ]);
  });

  it("posts a pull-mode lead to the tier's pool without assigning or counting anything", () => {
    const recipients = [candidate(recipient("a"), served(2)), candidate(recipient("b"), served(1))];
    const d = decide(lead(), plan({ mode: "pull", poolSeconds: 300 }), recipients, 5, NOW);
    expect(d.assignments).toEqual([]);
    expect(d.pool).toEqual({ tierIndex: 0, recipientKeys: ["b", "a"], until: NOW + 300_000 });
    expect(d.updates).toEqual([]);
    expect(d.categorySequence).toBe(5);
    expect(d.unassigned).toBe(false);
  });

  it("resumes at a later tier and passes over excluded recipients", () => {
    const recipients = [
      candidate(recipient("first", { tags: ["t0"] })),
      candidate(recipient("rejected", { tags: ["t1"] })),
      candidate(recipient("next", { tags: ["t1"] }), served(9)),
    ];
    const p = plan({ select: { tags: ["t0"] } }, { select: { tags: ["t1"] } });
    const d = decide(lead(), p, recipients, 10, NOW, { fromTier: 1, exclude: new Set(["rejected"]) });
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["next"]);
    expect(d.trace.tiers.map((t) => t.tierIndex)).toEqual([1]);
    expect(d.trace.tiers[0]?.candidates).toContainEqual(
      expect.objectContaining({ key: "rejected", rule: "excluded" }),
    );
  });

  it("passes over the resumed tier's earlier offerees in that tier only, and a refuser in every tier", () => {
    const recipients = [
      candidate(recipient("expired", { tags: ["t"] })),
      candidate(recipient("rejected", { tags: ["t"] })),
    ];
    const p = plan({ select: { tags: ["t"] }, mode: "push" }, { select: { tags: ["t"] }, mode: "pull" });
    const d = decide(lead(), p, recipients, 10, NOW, {
      fromTier: 0,
      exclude: new Set(["rejected"]),
      passedOver: new Set(["expired", "rejected"]),
    });
    expect(d.pool).toMatchObject({ tierIndex: 1, recipientKeys: ["expired"] });
    expect(d.trace.tiers[0]?.candidates).toEqual([
      { key: "expired", eligible: false, rule: "excluded", detail: "already offered this lead in this tier" },
      { key: "rejected", eligible: false, rule: "excluded", detail: "refused this lead" },
    ]);
    expect(d.trace.tiers[1]?.candidates).toContainEqual(
      expect.objectContaining({ key: "rejected", rule: "excluded", detail: "refused this lead" }),
    );
  });

  it("records how many recipients the index pruned instead of listing them", () => {
    const d = decide(lead(), plan({}), [candidate(recipient("a"))], 0, NOW, { prunedByIndex: 9_999 });
    expect(d.trace.prunedByIndex).toBe(9_999);
    expect(d.trace.tiers[0]?.candidates).toHaveLength(1);
  });
});

describe("an unassigned lead", () => {
  it("is unassigned with a retry at the earliest schedule opening or cap reset among the candidates", () => {
    const recipients: Candidate[] = [
      candidate(recipient("closed", { schedule: CHICAGO_OFFICE })),
      candidate(recipient("capped", { caps: { hour: 2 } }), {
        counts: { hour: 2, day: 2, week: 2, month: 2 },
      }),
      candidate(recipient("elsewhere", { territory: { states: ["NE"] } })),
    ];
    const sundayMorning = at("2026-11-22T14:12:00Z");
    const d = decide(lead(), plan({}), recipients, 0, sundayMorning);
    expect(d.unassigned).toBe(true);
    expect(d.assignments).toEqual([]);
    expect(d.updates).toEqual([]);
    expect(d.retryAt).toBe(at("2026-11-22T15:00:00Z"));
    expect(d.trace.tiers[0]?.candidates.map((c) => (c.eligible ? "eligible" : c.rule))).toEqual([
      "schedule",
      "cap",
      "territory",
    ]);
  });

  it("has no retry time when only a change of configuration could help", () => {
    const recipients = [
      candidate(recipient("elsewhere", { territory: { states: ["NE"] } })),
      candidate(recipient("away", { status: "away" })),
    ];
    const d = decide(lead(), plan({}), recipients, 0, NOW);
    expect(d).toMatchObject({ unassigned: true, retryAt: null });
  });

  it("ignores, for the retry, recipients that no tier selects", () => {
    const recipients = [
      candidate(recipient("closed-unselected", { schedule: CHICAGO_OFFICE, tags: ["other"] })),
      candidate(recipient("elsewhere", { tags: ["gold"], territory: { states: ["NE"] } })),
    ];
    const d = decide(lead(), plan({ select: { tags: ["gold"] } }), recipients, 0, at("2026-11-22T14:12:00Z"));
    expect(d.retryAt).toBeNull();
  });

  it("is unassigned when the plan has no tiers", () => {
    const d = decide(lead(), { version: 3, tiers: [] }, [candidate(recipient("a"))], 0, NOW);
    expect(d).toMatchObject({ unassigned: true, retryAt: null, planVersion: 3 });
  });
});

describe("exclusive territory contracts", () => {
  const iowaDealer = recipient("iowa-dealer", {
    kind: "partner",
    exclusive: true,
    territory: { states: ["IA"] },
  });

  it("give the contract holder every lead of its territory before any tier runs", () => {
    const recipients = [candidate(recipient("agent")), candidate(iowaDealer, served(99))];
    const d = decide(lead({ state: "IA" }), plan({}), recipients, 100, NOW);
    expect(d.exclusive).toBe(true);
    expect(d.assignments).toEqual([
      {
        recipientKey: "iowa-dealer",
        tierIndex: null,
        method: "exclusive",
        mode: "direct",
        planVersion: 1,
        priceCents: 0,
        marginCents: 0,
      },
    ]);
    expect(d.trace.tiers).toEqual([]);
    expect(d.trace.exclusive).toMatchObject([{ key: "iowa-dealer", eligible: true }]);
  });

  it("leave leads outside the territory to the plan", () => {
    const recipients = [candidate(recipient("agent")), candidate(iowaDealer)];
    const d = decide(
      lead({ state: "NE", zip: "68001" }),
      plan({ select: { kind: "agent" } }),
      recipients,
      0,
      NOW,
    );
    expect(d.exclusive).toBe(false);
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["agent"]);
    expect(d.trace.exclusive).toMatchObject([{ key: "iowa-dealer", eligible: false, rule: "territory" }]);
  });

  it("keep the lead for the contract holder while it is capped or away: it waits, never going to the plan", () => {
    const capped = candidate(
      { ...iowaDealer, caps: { day: 1 } },
      { counts: { hour: 1, day: 1, week: 1, month: 1 } },
    );
    const d = decide(
      lead(),
      plan({ select: { kind: "agent" } }),
      [candidate(recipient("agent")), capped],
      0,
      NOW,
    );
    expect(d).toMatchObject({ unassigned: true, assignments: [], pool: null });
    expect(d.retryAt).toBe(at("2026-11-24T00:00:00Z"));
    expect(d.trace.tiers).toEqual([]);
    expect(d.trace.exclusive).toMatchObject([{ key: "iowa-dealer", eligible: false, rule: "cap" }]);
    const away = candidate({ ...iowaDealer, status: "away" });
    const d2 = decide(
      lead(),
      plan({ select: { kind: "agent" } }),
      [candidate(recipient("agent")), away],
      0,
      NOW,
    );
    expect(d2).toMatchObject({ unassigned: true, assignments: [], retryAt: null });
  });

  it("leave the plan the leads the holder's own filters turn down", () => {
    const picky = candidate({ ...iowaDealer, filters: [{ field: "roof", op: "eq", value: "metal" }] });
    const d = decide(
      lead({ fields: { roof: "tile" } }),
      plan({}),
      [candidate(recipient("agent")), picky],
      0,
      NOW,
    );
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["agent"]);
  });

  it("take the lead wherever the waterfall resumes", () => {
    const d = decide(
      lead(),
      plan({}, { select: { kind: "agent" } }),
      [candidate(recipient("agent")), candidate(iowaDealer)],
      0,
      NOW,
      { fromTier: 1 },
    );
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["iowa-dealer"]);
  });

  it("let the plan have a lead the holder itself gave up", () => {
    const d = decide(lead(), plan({}), [candidate(recipient("agent")), candidate(iowaDealer)], 0, NOW, {
      exclude: new Set(["iowa-dealer"]),
    });
    expect(d.assignments.map((a) => a.recipientKey)).toEqual(["agent"]);
  });

  it("give a lead two stored contracts cover to the older contract alone, every time", () => {
    const older = candidate({ ...iowaDealer, key: "older", createdAt: 1 });
    const newer = candidate({ ...iowaDealer, key: "newer", createdAt: 2, territory: { zips: ["50301"] } });
    for (let n = 0; n < 4; n++) {
      const d = decide(lead({ id: `lead-${n}` }), plan({}), [newer, older], n, NOW);
      expect(d.assignments.map((a) => a.recipientKey)).toEqual(["older"]);
      expect(d.trace.exclusive).toContainEqual(
        expect.objectContaining({ key: "newer", eligible: false, rule: "exclusive" }),
      );
    }
    const busy = candidate({ ...older.config, status: "away" });
    expect(decide(lead(), plan({}), [newer, busy], 0, NOW)).toMatchObject({ unassigned: true });
  });
});

describe("a category over time", () => {
  it("stops at a day cap and takes leads again after the recipient's local midnight", () => {
    const tz = "America/Los_Angeles";
    const everyDay: Schedule = {
      timezone: tz,
      hours: Object.fromEntries(
        ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]),
      ),
    };
    const store = new SimulatedStore([recipient("west", { caps: { day: 1 }, schedule: everyDay })]);
    const p = plan({});
    expect(store.route(lead({ id: "l1" }), p, at("2026-11-23T07:30:00Z")).assignments).toHaveLength(1); // 23:30 local
    const blocked = store.route(lead({ id: "l2" }), p, at("2026-11-23T07:45:00Z"));
    expect(blocked).toMatchObject({ unassigned: true, retryAt: at("2026-11-23T08:00:00Z") });
    expect(store.route(lead({ id: "l3" }), p, at("2026-11-23T08:10:00Z")).assignments).toHaveLength(1);
  });
});
