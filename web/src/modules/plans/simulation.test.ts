import { describe, expect, it } from "vitest";
import { compare, periodRange, signed, type Simulation } from "./simulation";

const run = (recipients: Simulation["recipients"], rest: Partial<Simulation> = {}): Simulation => ({
  total: 10,
  assigned: recipients.reduce((n, r) => n + r.leads, 0),
  pooled: 0,
  unassigned: 0,
  truncated: false,
  recipients,
  ...rest,
});

describe("now against the draft", () => {
  it("compares each recipient's leads and margin, the biggest change first", () => {
    const now = run(
      [
        { recipient: "acme", leads: 5, revenue: 50, margin: 30 },
        { recipient: "beta", leads: 5, revenue: 50, margin: 30 },
        { recipient: "idle", leads: 0, revenue: 0, margin: 0 },
      ],
      { unassigned: 0 },
    );
    const draft = run(
      [
        { recipient: "acme", leads: 5, revenue: 50, margin: 30 },
        { recipient: "beta", leads: 1, revenue: 10, margin: 6.1 },
        { recipient: "cove", leads: 2, revenue: 20, margin: 12.2 },
      ],
      { unassigned: 2 },
    );
    const c = compare(now, draft);
    expect(
      c.recipients.map((r) => [r.recipient, r.now.leads, r.draft.leads, r.leads, r.margin, r.changed]),
    ).toEqual([
      ["beta", 5, 1, -4, -23.9, true],
      ["cove", 0, 2, 2, 12.2, true],
      ["acme", 5, 5, 0, 0, false],
    ]);
    expect(c.unassigned).toEqual({ now: 0, draft: 2, change: 2 });
  });

  it("compares with zero when the category has no live plan", () => {
    const c = compare(null, run([{ recipient: "acme", leads: 3, revenue: 0, margin: 0 }], { unassigned: 7 }));
    expect(c.recipients[0]).toMatchObject({ now: { leads: 0 }, draft: { leads: 3 }, leads: 3 });
    expect(c.unassigned).toEqual({ now: 0, draft: 7, change: 7 });
  });

  it("writes a change with its sign", () => {
    expect(signed(3)).toBe("+3");
    expect(signed(-2)).toBe("−2");
    expect(signed(0)).toBe("no change");
    expect(signed(-1.5, (n) => `$${n.toFixed(2)}`)).toBe("−$1.50");
  });

  it("starts a period that many days before now, or not at all for every stored lead", () => {
    const now = Date.parse("2026-12-07T12:00:00Z");
    expect(periodRange("7d", now)).toEqual({ from: "2026-11-30T12:00:00.000Z" });
    expect(periodRange("all", now)).toEqual({});
  });
});
