import { describe, expect, it } from "vitest";
import { dayWindows, figures, fillDays, formatSpeed, type Totals } from "./figures";

const totals = (t: Partial<Totals>): Totals => ({
  leads: 0,
  accepted: 0,
  contacted: 0,
  won: 0,
  revenue: 0,
  medianSecondsToContact: null,
  ...t,
});

describe("the dashboard's figures", () => {
  it("compares today with yesterday at the same time, faster speed to lead being good news", () => {
    const [received, speed, accepted, won, revenue] = figures(
      totals({ leads: 1200, accepted: 900, won: 30, revenue: 4500, medianSecondsToContact: 150 }),
      totals({ leads: 1000, accepted: 800, won: 30, revenue: 5000, medianSecondsToContact: 300 }),
    );
    expect(received).toMatchObject({ value: "1,200", change: "+200 vs yesterday", trend: "up" });
    expect(speed).toMatchObject({ value: "3 min", change: "5 min yesterday", trend: "up" });
    expect(accepted).toMatchObject({ value: "75%", change: "80% yesterday", trend: "down" });
    expect(won).toMatchObject({ value: "30", change: "same as yesterday", trend: "flat" });
    expect(revenue).toMatchObject({ value: "$4,500.00", change: "−500 vs yesterday", trend: "down" });
  });

  it("shows a dash, not zero, when no lead was reached yet", () => {
    expect(figures(totals({}), totals({}))[1]).toMatchObject({ value: "—", change: null });
    expect(formatSpeed(38)).toBe("38 s");
    expect(formatSpeed(3900)).toBe("1 h 5 min");
  });

  it("starts today and yesterday at midnight, and ends yesterday 24 hours before now", () => {
    const now = new Date(2026, 5, 1, 15, 30);
    const w = dayWindows(now);
    expect(w.today).toEqual(new Date(2026, 5, 1));
    expect(w.yesterday).toEqual(new Date(2026, 4, 31));
    expect(w.sameTimeYesterday).toEqual(new Date(2026, 4, 31, 15, 30));
  });
});

describe("the week's volume", () => {
  it("has a point for every day, zero where no lead came", () => {
    const days = fillDays([{ key: "2026-06-03", leads: 12, won: 2 }], new Date(2026, 5, 1), 7);
    expect(days.map((d) => d.day)).toEqual([
      "2026-06-01",
      "2026-06-02",
      "2026-06-03",
      "2026-06-04",
      "2026-06-05",
      "2026-06-06",
      "2026-06-07",
    ]);
    expect(days[2]).toEqual({ day: "2026-06-03", leads: 12, won: 2 });
    expect(days[0]).toEqual({ day: "2026-06-01", leads: 0, won: 0 });
  });
});
