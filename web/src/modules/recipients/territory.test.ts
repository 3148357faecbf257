import { describe, expect, it } from "vitest";
import { parseZips, territoryFrom, territorySummary, zipsText } from "./territory";

describe("zips pasted as text", () => {
  it("reads zips, ZIP+4 and prefixes separated by commas, spaces and lines", () => {
    expect(parseZips("50309, 50310-1234\n503 681*;  50309")).toEqual({
      zips: ["50309", "50310"],
      zipPrefixes: ["503", "681"],
      invalid: [],
    });
  });

  it("keeps what it cannot read apart", () => {
    expect(parseZips("5030a 123456 Iowa").invalid).toEqual(["5030a", "123456", "Iowa"]);
  });

  it("writes a territory's zips back as text that reads the same", () => {
    const text = zipsText({ zips: ["50309"], zipPrefixes: ["681"] });
    expect(text).toBe("50309, 681*");
    expect(parseZips(text)).toEqual({ zips: ["50309"], zipPrefixes: ["681"], invalid: [] });
  });
});

describe("a territory from the editor", () => {
  const empty = { states: [], zipText: "", radiusZip: "", radiusMiles: "" };

  it("is everywhere when nothing is chosen", () => {
    expect(territoryFrom(empty)).toEqual({ territory: null, problems: [] });
  });

  it("joins states, zips and a radius", () => {
    expect(
      territoryFrom({ states: ["NE", "IA"], zipText: "68101 503", radiusZip: "50309", radiusMiles: "25" }),
    ).toEqual({
      territory: {
        states: ["IA", "NE"],
        zips: ["68101"],
        zipPrefixes: ["503"],
        radius: { zip: "50309", miles: 25 },
      },
      problems: [],
    });
  });

  it("says what is wrong with a radius or a pasted zip", () => {
    expect(territoryFrom({ ...empty, radiusZip: "503", radiusMiles: "10" }).problems).toEqual([
      "A radius needs a 5-digit zip.",
    ]);
    expect(territoryFrom({ ...empty, radiusZip: "50309" }).problems).toEqual([
      "A radius needs miles between 0 and 3,000.",
    ]);
    expect(territoryFrom({ ...empty, zipText: "50309 abc" }).problems).toEqual([
      "Not a zip or a zip prefix: abc",
    ]);
  });

  it("sums a territory up for the list", () => {
    expect(territorySummary(null)).toBe("Everywhere");
    expect(
      territorySummary({
        states: ["NE", "IA"],
        zips: ["1", "2", "3"],
        zipPrefixes: ["50"],
        radius: { zip: "50309", miles: 25 },
      }),
    ).toBe("IA, NE · 3 zips · 1 prefix · 25 mi of 50309");
    expect(
      territorySummary({ states: ["IA", "NE", "MO", "KS", "IL", "MN", "WI"], zipPrefixes: ["1", "2"] }),
    ).toBe("IA, IL, KS, MN, MO +2 · 2 prefixes");
  });
});
