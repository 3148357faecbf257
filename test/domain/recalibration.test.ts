import { describe, expect, it } from "vitest";
import { recalibrate } from "../../src/domain/recalibration.js";
import { noOutcomes, sourceQualities, type SourceOutcomeCounts } from "../../src/domain/source-quality.js";

/** A category of two sources, measured together; answers the recommendation for `judged`. */
function judge(judged: Partial<SourceOutcomeCounts>, peer: Partial<SourceOutcomeCounts> = {}) {
  const [q] = sourceQualities([
    { ...noOutcomes("judged", "solar"), ...judged },
    {
      ...noOutcomes("peer", "solar"),
      leads: 200,
      contacted: 100,
      won: 20,
      returned: 20,
      costCents: 200_000,
      salesCents: 300_000,
      ...peer,
    },
  ]);
  return recalibrate(q!);
}

describe("re-calibrating a source's spend", () => {
  it("holds a source with too few leads to judge, saying so", () => {
    const r = judge({ leads: 5, returned: 5, costCents: 5000 });
    expect(r.recommendation).toBe("hold");
    expect(r.rule).toBe("5 leads in the window, fewer than the 20 needed to judge");
  });

  it("pauses a source whose leads mostly come back", () => {
    const r = judge({ leads: 200, returned: 150, contacted: 20, costCents: 200_000, salesCents: 60_000 });
    expect(r.recommendation).toBe("pause");
    expect(r.rule).toMatch(/^return rate 6\d\.\d% is at or above 50%$/);
    expect(r.evidence).toMatchObject({ leads: 200, cost: 2000, sales: 600, margin: -1400, roi: -0.7 });
  });

  it("pauses a source that loses more than half of what it costs", () => {
    const r = judge({
      leads: 100,
      contacted: 50,
      won: 10,
      returned: 10,
      costCents: 100_000,
      salesCents: 40_000,
    });
    expect(r.recommendation).toBe("pause");
    expect(r.rule).toMatch(/^margin per lead \$-\d+\.\d\d is below \$0 and ROI -60% is at or below -50%$/);
  });

  it("spends less on a source that loses a little", () => {
    const r = judge({
      leads: 100,
      contacted: 50,
      won: 10,
      returned: 10,
      costCents: 100_000,
      salesCents: 70_000,
    });
    expect(r.recommendation).toBe("spend_less");
    expect(r.rule).toMatch(/^margin per lead \$-\d+\.\d\d is below \$0$/);
  });

  it("spends more on a profitable source at least as good as its category", () => {
    const r = judge({
      leads: 200,
      contacted: 120,
      won: 30,
      returned: 10,
      costCents: 200_000,
      salesCents: 500_000,
    });
    expect(r.recommendation).toBe("spend_more");
    expect(r.evidence.roi).toBe(1.5);
    expect(r.rule).toMatch(/^ROI 150% is at or above 50% and quality \d+ is at least the category's 50$/);
  });

  it("holds a source that makes money but no more than the rules ask", () => {
    const r = judge({
      leads: 200,
      contacted: 100,
      won: 20,
      returned: 20,
      costCents: 200_000,
      salesCents: 250_000,
    });
    expect(r.recommendation).toBe("hold");
  });
});
