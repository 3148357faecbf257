import { describe, expect, it } from "vitest";
import { compilePattern, patternProblem } from "../../src/domain/patterns.js";

const pattern = (source: string) => {
  const compiled = compilePattern(source);
  if (!compiled.ok) throw new Error(compiled.problem);
  return compiled.pattern;
};

describe("user-written patterns", () => {
  it("matches anywhere in the text, as a JavaScript RegExp's test does", () => {
    expect(pattern("\\d{5}").test("zip 50309 here")).toBe(true);
    expect(pattern("^\\d{5}$").test("zip 50309 here")).toBe(false);
    expect(pattern("^R\\d+$").test("R42")).toBe(true);
  });

  it("answers a nested quantifier over a long non-matching text without backtracking", () => {
    expect(pattern("^(a+)+$").test(`${"a".repeat(10_000)}!`)).toBe(false);
    expect(pattern("^(a|a)*$").test(`${"a".repeat(10_000)}!`)).toBe(false);
  });

  it("reads the first group of the first match, or the whole match without a group", () => {
    expect(pattern("id=(\\d+)").firstGroup("x id=42 y")).toBe("42");
    expect(pattern("id=\\d+").firstGroup("x id=42 y")).toBe("id=42");
    expect(pattern("id=(\\d+)?x").firstGroup("id=x")).toBe("id=x");
    expect(pattern("nothing").firstGroup("x id=42 y")).toBeUndefined();
  });

  it("compiles each distinct pattern once", () => {
    expect(compilePattern("^[A-Z]{2}$")).toBe(compilePattern("^[A-Z]{2}$"));
  });

  it("refuses what needs backtracking, what does not parse, and what expands too far", () => {
    expect(patternProblem("(?=a)a")).toMatch(/linear time/);
    expect(patternProblem("(a)\\1")).toMatch(/linear time/);
    expect(patternProblem("([a-z]")).toMatch(/not a valid regular expression/);
    expect(patternProblem("^[a-z]{1,300}$")).toMatch(/too large/);
    expect(patternProblem("^[A-Z0-9]{17}$")).toBeUndefined();
  });
});
