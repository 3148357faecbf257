import { describe, expect, it } from "vitest";
import { batches, parseSuppressionList } from "./suppression-list";

describe("an imported suppression list", () => {
  it("sorts a pasted list or CSV into addresses and numbers, skipping headers, quotes and repeats", () => {
    const csv =
      'email,phone\n"Ann@Example.com","+1 515 555 0100"\nbo@example.com;515-555-0101\n\nann@example.com\n';
    expect(parseSuppressionList(csv)).toEqual({
      emails: ["ann@example.com", "bo@example.com"],
      phones: ["+1 515 555 0100", "515-555-0101"],
    });
    expect(parseSuppressionList("  \n")).toEqual({ emails: [], phones: [] });
  });

  it("sends a long list in batches the API takes", () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 2)).toEqual([]);
  });
});
