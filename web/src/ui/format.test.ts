import { describe, expect, it } from "vitest";
import { formatDuration, formatMoney, formatNumber, humanize, relativeTime } from "./format";

const now = Date.parse("2026-06-01T12:00:00.000Z");
const ago = (seconds: number) => now - seconds * 1000;

describe("formatting for people", () => {
  it("says how long ago, in the largest unit that fits", () => {
    expect(relativeTime(ago(10), now)).toBe("just now");
    expect(relativeTime(ago(4 * 60), now)).toBe("4 min ago");
    expect(relativeTime(ago(3 * 3600), now)).toBe("3 h ago");
    expect(relativeTime(ago(86_400), now)).toBe("1 day ago");
    expect(relativeTime(ago(5 * 86_400), now)).toBe("5 days ago");
    expect(relativeTime(now + 10 * 60_000, now)).toBe("in 10 min");
  });

  it("shows a countdown as minutes and seconds, hours when it is long, never negative", () => {
    expect(formatDuration(65)).toBe("1:05");
    expect(formatDuration(3723)).toBe("1:02:03");
    expect(formatDuration(0.2)).toBe("0:01");
    expect(formatDuration(-3)).toBe("0:00");
  });

  it("separates thousands and carries the currency", () => {
    expect(formatNumber(12480)).toBe("12,480");
    expect(formatMoney(1250)).toBe("$1,250.00");
  });

  it("turns keys into words", () => {
    expect(humanize("not_my_area")).toBe("Not my area");
    expect(humanize("won")).toBe("Won");
  });
});
