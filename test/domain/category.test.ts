import { describe, expect, it } from "vitest";
import { checkFieldSpecs } from "../../src/domain/category.js";

describe("a category's field definitions", () => {
  it("are accepted when well formed", () => {
    expect(checkFieldSpecs([{ key: "product", type: "enum", options: ["solar", "roof repair"] }])).toEqual(
      [],
    );
  });

  it("refuse enum options with spaces at either end, which no posted value could match", () => {
    expect(checkFieldSpecs([{ key: "product", type: "enum", options: ["solar ", "roof"] }])).toEqual([
      "fields[0].options may not start or end with spaces",
    ]);
  });

  it("refuse reserved names, duplicates, enums without options and broken patterns", () => {
    const problems = checkFieldSpecs([
      { key: "email", type: "string" },
      { key: "size", type: "number" },
      { key: "size", type: "number" },
      { key: "kind", type: "enum" },
      { key: "code", type: "string", pattern: "(" },
    ]);
    expect(problems).toHaveLength(4);
  });
});
