import { describe, expect, it } from "vitest";
import { checkAutoPauseRule, judgeAutoPause } from "../../src/domain/auto-pause.js";

const rule = { maxReturnRate: 40, lastLeads: 10, minLeads: 5 };

describe("an auto-pause rule", () => {
  it("acts only on a return rate above its limit, not at it", () => {
    expect(judgeAutoPause(rule, { leads: 10, returned: 4 }, 0)).toBeNull();
    expect(judgeAutoPause(rule, { leads: 10, returned: 5 }, 7)).toEqual({
      at: 7,
      rule,
      leads: 10,
      returned: 5,
      returnRate: 50,
      reason: "5 of the last 10 leads came back (50%), more than 40%",
    });
  });

  it("does not judge on fewer leads than its minimum, nor on none", () => {
    expect(judgeAutoPause(rule, { leads: 4, returned: 4 }, 0)).toBeNull();
    expect(
      judgeAutoPause({ ...rule, minLeads: 1, maxReturnRate: 0 }, { leads: 0, returned: 0 }, 0),
    ).toBeNull();
    expect(judgeAutoPause(rule, { leads: 5, returned: 3 }, 0)?.returnRate).toBe(60);
  });

  it("may not judge on more leads than it reads", () => {
    expect(checkAutoPauseRule({ ...rule, minLeads: 11 })).toEqual([
      expect.objectContaining({ field: "autoPause.minLeads" }),
    ]);
    expect(checkAutoPauseRule(rule)).toEqual([]);
  });
});
