import { describe, expect, it } from "vitest";
import { checkEligibility, earliestEligibleAt } from "../../../src/domain/routing/eligibility.js";
import type { Schedule } from "../../../src/domain/routing/types.js";
import { at, candidate, lead, recipient } from "./fixtures.js";

const NOW = at("2026-11-23T16:00:00Z"); // Monday 10:00 in Chicago
const OFFICE: Schedule = {
  timezone: "America/Chicago",
  hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]] },
};

describe("eligibility", () => {
  it("takes a recipient that passes every rule, with its price", () => {
    expect(checkEligibility(candidate(recipient("a", { price: 1200 })), lead(), NOW)).toEqual({
      eligible: true,
      priceCents: 1200,
    });
  });

  it("rules out a recipient that does not take the lead's category", () => {
    const c = candidate(recipient("a", { categories: ["roofing"] }));
    expect(checkEligibility(c, lead(), NOW)).toMatchObject({ eligible: false, rule: "category" });
  });

  it("rules out a recipient whose territory does not cover the lead", () => {
    const c = candidate(recipient("a", { territory: { states: ["NE"] } }));
    expect(checkEligibility(c, lead(), NOW)).toEqual({
      eligible: false,
      rule: "territory",
      detail: "lead in IA 50301",
    });
  });

  it("rules out a recipient with a filter the lead fails, naming that filter", () => {
    const c = candidate(
      recipient("a", {
        filters: [
          { field: "homeowner", op: "eq", value: true },
          { field: "creditScore", op: "gte", value: 620 },
        ],
      }),
    );
    expect(checkEligibility(c, lead({ fields: { homeowner: true, creditScore: 580 } }), NOW)).toEqual({
      eligible: false,
      rule: "filter",
      detail: "creditScore gte 620 (lead has 580)",
    });
  });

  it("rules out a recipient whose status is away", () => {
    expect(checkEligibility(candidate(recipient("a", { status: "away" })), lead(), NOW)).toMatchObject({
      eligible: false,
      rule: "away",
    });
  });

  it("rules out a recipient inside an away period, and not once it is over", () => {
    const c = candidate(recipient("a", { awayPeriods: [{ from: NOW - 1000, to: NOW + 1000 }] }));
    expect(checkEligibility(c, lead(), NOW)).toMatchObject({ eligible: false, rule: "away_period" });
    expect(checkEligibility(c, lead(), NOW + 1000).eligible).toBe(true);
  });

  it("rules out a recipient outside its hours, showing its own local time", () => {
    const c = candidate(recipient("a", { schedule: OFFICE }));
    expect(checkEligibility(c, lead(), at("2026-11-22T14:12:00Z"))).toEqual({
      eligible: false,
      rule: "schedule",
      detail: "closed (America/Chicago Sun 08:12)",
    });
    expect(checkEligibility(c, lead(), NOW).eligible).toBe(true);
  });

  it("rules out a recipient holding as many open leads as its capacity", () => {
    const config = recipient("a", { capacity: 5 });
    expect(checkEligibility(candidate(config, { openLeads: 5 }), lead(), NOW)).toEqual({
      eligible: false,
      rule: "capacity",
      detail: "5 of 5 open leads",
    });
    expect(checkEligibility(candidate(config, { openLeads: 4 }), lead(), NOW).eligible).toBe(true);
  });

  it("rules out a recipient that reached any of its caps, naming the window", () => {
    const config = recipient("a", { caps: { hour: 3, day: 20, month: 100 } });
    const counts = { hour: 1, day: 20, week: 40, month: 60 };
    expect(checkEligibility(candidate(config, { counts }), lead(), NOW)).toEqual({
      eligible: false,
      rule: "cap",
      detail: "day cap 20 reached",
    });
    expect(
      checkEligibility(candidate(config, { counts: { ...counts, day: 19 } }), lead(), NOW).eligible,
    ).toBe(true);
  });

  it("rules out a recipient whose remaining budget cannot pay the lead's price", () => {
    const config = recipient("a", { budgetCents: 10_000, price: 1500 });
    expect(checkEligibility(candidate(config, { spentCents: 8500 }), lead(), NOW).eligible).toBe(true);
    expect(checkEligibility(candidate(config, { spentCents: 8501 }), lead(), NOW)).toEqual({
      eligible: false,
      rule: "budget",
      detail: "price 1500 exceeds the 1499 left of the monthly budget 10000",
    });
  });

  it("prices by the first matching rule, so the budget check sees the real price", () => {
    const config = recipient("a", {
      budgetCents: 2000,
      price: { default: 1000, rules: [{ when: [{ field: "score", op: "gte", value: 80 }], price: 2500 }] },
    });
    expect(checkEligibility(candidate(config), lead({ score: 50 }), NOW)).toEqual({
      eligible: true,
      priceCents: 1000,
    });
    expect(checkEligibility(candidate(config), lead({ score: 90 }), NOW)).toMatchObject({ rule: "budget" });
  });

  it("reports the first rule in order: what the lead is before whether the recipient is free", () => {
    const config = recipient("a", {
      territory: { states: ["NE"] },
      status: "away",
      schedule: OFFICE,
      caps: { day: 0 },
    });
    expect(checkEligibility(candidate(config), lead(), at("2026-11-22T14:12:00Z"))).toMatchObject({
      rule: "territory",
    });
    const inTerritory = { ...config, territory: { states: ["IA"] } };
    expect(checkEligibility(candidate(inTerritory), lead(), at("2026-11-22T14:12:00Z"))).toMatchObject({
      rule: "away",
    });
    const available = { ...inTerritory, status: "available" as const };
    expect(checkEligibility(candidate(available), lead(), at("2026-11-22T14:12:00Z"))).toMatchObject({
      rule: "schedule",
    });
    expect(checkEligibility(candidate(available), lead(), NOW)).toMatchObject({ rule: "cap" });
  });
});

describe("earliest eligible time", () => {
  it("is the next local midnight for a recipient whose day cap is reached", () => {
    const c = candidate(
      recipient("a", {
        caps: { day: 2 },
        schedule: {
          timezone: "America/Los_Angeles",
          hours: { mon: [["00:00", "24:00"]], tue: [["00:00", "24:00"]] },
        },
      }),
      {
        counts: { hour: 0, day: 2, week: 2, month: 2 },
      },
    );
    expect(earliestEligibleAt(c, lead(), NOW)).toBe(at("2026-11-24T08:00:00Z"));
  });

  it("is the schedule opening after the cap resets when both hold a recipient back", () => {
    const c = candidate(recipient("a", { caps: { day: 2 }, schedule: OFFICE }), {
      counts: { hour: 0, day: 2, week: 2, month: 2 },
    });
    expect(earliestEligibleAt(c, lead(), NOW)).toBe(at("2026-11-24T15:00:00Z"));
  });

  it("is the latest reset of every cap reached", () => {
    const c = candidate(recipient("a", { caps: { hour: 1, week: 5 } }), {
      counts: { hour: 1, day: 5, week: 5, month: 5 },
    });
    expect(earliestEligibleAt(c, lead(), NOW)).toBe(at("2026-11-30T00:00:00Z"));
  });

  it("is the end of an away period, and the start of next month for a spent budget", () => {
    const away = candidate(recipient("a", { awayPeriods: [{ from: NOW - 1, to: NOW + 3_600_000 }] }));
    expect(earliestEligibleAt(away, lead(), NOW)).toBe(NOW + 3_600_000);
    const spent = candidate(recipient("b", { budgetCents: 1000, price: 600 }), { spentCents: 500 });
    expect(earliestEligibleAt(spent, lead(), NOW)).toBe(at("2026-12-01T00:00:00Z"));
  });

  it("is null when only a change of configuration, status or open leads could help", () => {
    const never = [
      recipient("territory", { territory: { states: ["NE"] } }),
      recipient("filter", { filters: [{ field: "x", op: "exists" }] }),
      recipient("away", { status: "away" }),
      recipient("price over whole budget", { budgetCents: 100, price: 200 }),
      recipient("cap of zero", { caps: { day: 0 } }),
      recipient("no hours", { schedule: { timezone: "UTC", hours: {} } }),
    ];
    for (const config of never)
      expect(earliestEligibleAt(candidate(config), lead(), NOW), config.key).toBeNull();
    const full = candidate(recipient("full", { capacity: 1 }), { openLeads: 1 });
    expect(earliestEligibleAt(full, lead(), NOW)).toBeNull();
  });
});
