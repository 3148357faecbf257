import { describe, expect, it } from "vitest";
import { levelOf, retestWords, signedPoints, stopWords, verdictWords } from "./words";

const arms = [{ name: "Arm A" }, { name: "Arm B" }] as Parameters<typeof verdictWords>[0]["arms"];
const verdict = (
  winner: number | null,
  c: Partial<Parameters<typeof verdictWords>[0]["verdict"]["comparisons"][number]>,
) => ({
  metric: "win" as const,
  method: "msprt" as const,
  alpha: 0.05,
  alphaPerComparison: 0.05,
  winner,
  statement: "",
  comparisons: [
    {
      arm: 1,
      against: 0,
      difference: 0.051,
      interval: [0.012, 0.09] as [number, number],
      pValue: 0.004,
      significant: true,
      ...c,
    },
  ],
});

describe("an experiment's verdict in words", () => {
  it("names the winner, the metric, the difference in points and its interval", () => {
    const words = verdictWords({ arms, verdict: verdict(1, {}) });
    expect(words.headline).toBe("Arm B wins on win rate by +5.1 points (95% interval +1.2 to +9.0).");
    expect(words.comparisons[0]).toContain("p-value 0.004, under 0.05: the difference is real.");
  });

  it("says there is no difference yet while the p-value is over the bar, and why", () => {
    const words = verdictWords({
      arms,
      verdict: verdict(null, {
        difference: -0.02,
        interval: [-0.08, 0.04],
        pValue: 0.41,
        significant: false,
      }),
    });
    expect(words.headline).toBe("No difference in win rate yet.");
    expect(words.comparisons[0]).toBe(
      "Arm B against Arm A: −2.0 points in win rate (95% interval −8.0 to +4.0); p-value 0.410, over 0.05: it may still be chance.",
    );
  });

  it("says so when no lead has an outcome yet", () => {
    const words = verdictWords({
      arms,
      verdict: verdict(null, { difference: null, interval: null, pValue: 1 }),
    });
    expect(words.headline).toBe("No difference yet: not enough leads with outcomes.");
  });

  it("names the control when every challenger does worse", () => {
    const words = verdictWords({ arms, verdict: verdict(0, { difference: -0.06, interval: [-0.1, -0.02] }) });
    expect(words.headline).toBe("Arm A wins on win rate: every other arm does worse.");
  });

  it("gives the interval's level, points with their sign, the stop condition and a re-test's outcome", () => {
    expect(levelOf(0.025)).toBe("97.5%");
    expect(signedPoints(0)).toBe("+0.0");
    expect(stopWords({ endsAt: null, maxLeads: 2000 })).toBe("after 2,000 leads");
    expect(stopWords({ endsAt: null, maxLeads: null })).toBe("until stopped");
    expect(retestWords("still_wins", false)).toBe(
      "The promoted plan still wins against the plan it replaced.",
    );
    expect(retestWords(null, true)).toBeNull();
  });
});
