import { describe, expect, it } from "vitest";
import { figures, fillHours, formatSpeed, funnel, nowFigures, periodWindows, type Totals } from "./figures";

const totals = (t: Partial<Totals>): Totals => ({
  leads: 0,
  assigned: 0,
  accepted: 0,
  contacted: 0,
  contactedWithin5Minutes: 0,
  qualified: 0,
  won: 0,
  revenue: 0,
  medianSecondsToContact: null,
  p90SecondsToContact: null,
  ...t,
});

const JUNE_1 = new Date(2026, 5, 1);

describe("the dashboard's figures", () => {
  it("compares today with yesterday at the same time, faster speed to lead being good news", () => {
    const [received, median, p90, within, acceptance, won, revenue] = figures(
      totals({
        leads: 1200,
        assigned: 1000,
        accepted: 750,
        contactedWithin5Minutes: 600,
        won: 30,
        revenue: 4500,
        medianSecondsToContact: 150,
        p90SecondsToContact: 900,
      }),
      totals({
        leads: 1000,
        assigned: 1000,
        accepted: 800,
        contactedWithin5Minutes: 600,
        won: 30,
        revenue: 5000,
        medianSecondsToContact: 300,
        p90SecondsToContact: 600,
      }),
      "today",
      JUNE_1,
    );
    expect(received).toMatchObject({ value: "1,200", change: "+200 vs yesterday", trend: "up" });
    expect(median).toMatchObject({ value: "3 min", change: "5 min yesterday", trend: "up" });
    expect(p90).toMatchObject({ value: "15 min", change: "10 min yesterday", trend: "down" });
    expect(within).toMatchObject({ value: "50%", change: "60% yesterday", trend: "down" });
    expect(acceptance).toMatchObject({ value: "75%", change: "80% yesterday", trend: "down" });
    expect(won).toMatchObject({ value: "30", change: "same as yesterday", trend: "flat" });
    expect(revenue).toMatchObject({ value: "$4,500.00", change: "$5,000.00 yesterday", trend: "down" });
  });

  it("links every figure to the leads table filtered to what it counts", () => {
    const all = figures(totals({}), totals({}), "week", JUNE_1);
    expect(all.map((f) => f.href)).toEqual([
      "/leads?from=2026-06-01",
      "/leads?from=2026-06-01",
      "/leads?from=2026-06-01",
      "/leads?from=2026-06-01",
      "/leads?from=2026-06-01&status=assigned",
      "/leads?from=2026-06-01&stage=won",
      "/leads?from=2026-06-01&stage=won",
    ]);
    expect(all[0]!.change).toBe("same as last week");
    const now = nowFigures({ held: 4, offered: 2, pooled: 1, unassigned: 3, failedDeliveries: 0 });
    expect(now.map((f) => [f.label, f.value, f.href])).toEqual([
      ["Held", "4", "/leads?status=assigned"],
      ["Offered", "2", "/leads?status=offered"],
      ["In the pool", "1", "/leads?status=pooled"],
      ["Unassigned now", "3", "/leads?status=unassigned"],
      ["Failed deliveries", "0", "/attention"],
    ]);
    expect(now[3]!.trend).toBe("down");
  });

  it("shows a dash, not zero, when no lead was reached yet", () => {
    const row = figures(totals({}), totals({}), "today", JUNE_1);
    expect(row[1]).toMatchObject({ value: "—", change: null });
    expect(row[3]).toMatchObject({ value: "—", change: null });
    expect(formatSpeed(38)).toBe("38 s");
    expect(formatSpeed(3900)).toBe("1 h 5 min");
  });

  it("starts today at midnight and this week at midnight Monday, each against the period before", () => {
    const now = new Date(2026, 5, 3, 15, 30); // a Wednesday
    expect(periodWindows(now, "today")).toEqual({
      from: new Date(2026, 5, 3),
      beforeFrom: new Date(2026, 5, 2),
      days: 1,
    });
    expect(periodWindows(now, "week")).toEqual({ from: JUNE_1, beforeFrom: new Date(2026, 4, 25), days: 7 });
  });
});

describe("the funnel and the volume by hour", () => {
  it("gives each step of the funnel its share of the leads received", () => {
    const steps = funnel(
      totals({ leads: 200, assigned: 180, accepted: 150, contacted: 100, qualified: 40, won: 10 }),
    );
    expect(steps.map((s) => [s.label, s.count, s.share])).toEqual([
      ["Received", 200, 1],
      ["Assigned", 180, 0.9],
      ["Accepted", 150, 0.75],
      ["Contacted", 100, 0.5],
      ["Qualified", 40, 0.2],
      ["Won", 10, 0.05],
    ]);
    expect(funnel(totals({}))[5]!.share).toBe(0);
  });

  it("has a point for every hour, zero where no lead came, matching the report's keys by their instant", () => {
    const from = new Date(Date.UTC(2026, 5, 1, 5));
    const hours = fillHours([{ key: "2026-06-01T02:00-05:00", leads: 12 }], from, 4);
    expect(hours.map((h) => h.leads)).toEqual([0, 0, 12, 0]);
    expect(hours[2]!.at).toBe(Date.UTC(2026, 5, 1, 7));
  });
});
