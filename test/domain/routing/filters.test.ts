import { describe, expect, it } from "vitest";
import { firstFailingFilter, matchesFilter } from "../../../src/domain/routing/filters.js";
import type { Filter } from "../../../src/domain/routing/types.js";
import { lead } from "./fixtures.js";

const subject = lead({
  score: 72,
  priority: "warm",
  fields: {
    creditScore: 640,
    product: "Solar",
    email: "a@b.co",
    owner: true,
    income: "85000",
    note: "",
    closing: "2026-12-01",
  },
});
const holds = (f: Filter) => matchesFilter(f, subject);

describe("filters", () => {
  it("eq compares text without regard to case and numbers with numeric text", () => {
    expect(holds({ field: "product", op: "eq", value: "solar" })).toBe(true);
    expect(holds({ field: "income", op: "eq", value: 85000 })).toBe(true);
    expect(holds({ field: "creditScore", op: "eq", value: "640" })).toBe(true);
    expect(holds({ field: "owner", op: "eq", value: "true" })).toBe(true);
    expect(holds({ field: "product", op: "eq", value: "wind" })).toBe(false);
  });

  it("neq holds for a different value and for a missing field", () => {
    expect(holds({ field: "product", op: "neq", value: "wind" })).toBe(true);
    expect(holds({ field: "missing", op: "neq", value: "wind" })).toBe(true);
    expect(holds({ field: "product", op: "neq", value: "SOLAR" })).toBe(false);
  });

  it("in holds when the value is one of the list", () => {
    expect(holds({ field: "product", op: "in", value: ["wind", "solar"] })).toBe(true);
    expect(holds({ field: "product", op: "in", value: ["wind"] })).toBe(false);
    expect(holds({ field: "product", op: "in", value: "solar" })).toBe(false);
  });

  it("gte and lte compare numbers, numeric text and ordered text", () => {
    expect(holds({ field: "creditScore", op: "gte", value: 620 })).toBe(true);
    expect(holds({ field: "creditScore", op: "gte", value: 640 })).toBe(true);
    expect(holds({ field: "creditScore", op: "gte", value: 641 })).toBe(false);
    expect(holds({ field: "income", op: "lte", value: 90000 })).toBe(true);
    expect(holds({ field: "closing", op: "lte", value: "2026-12-31" })).toBe(true);
    expect(holds({ field: "closing", op: "gte", value: "2027-01-01" })).toBe(false);
  });

  it("a comparison on a missing or non-numeric field does not hold", () => {
    expect(holds({ field: "missing", op: "gte", value: 0 })).toBe(false);
    expect(holds({ field: "owner", op: "gte", value: 0 })).toBe(false);
    expect(holds({ field: "missing", op: "eq", value: null })).toBe(false);
  });

  it("exists holds for a present, non-empty value, and exists false for an absent one", () => {
    expect(holds({ field: "email", op: "exists" })).toBe(true);
    expect(holds({ field: "note", op: "exists" })).toBe(false);
    expect(holds({ field: "phone", op: "exists" })).toBe(false);
    expect(holds({ field: "phone", op: "exists", value: false })).toBe(true);
  });

  it("score and priority come from the lead itself, not from its fields", () => {
    expect(holds({ field: "score", op: "gte", value: 70 })).toBe(true);
    expect(holds({ field: "priority", op: "eq", value: "warm" })).toBe(true);
    expect(
      matchesFilter({ field: "score", op: "gte", value: 70 }, lead({ score: 10, fields: { score: 99 } })),
    ).toBe(false);
  });

  it("names the first filter that fails", () => {
    const filters: Filter[] = [
      { field: "creditScore", op: "gte", value: 600 },
      { field: "product", op: "eq", value: "wind" },
      { field: "owner", op: "eq", value: false },
    ];
    expect(firstFailingFilter(filters, subject)).toBe(filters[1]);
    expect(firstFailingFilter([], subject)).toBeUndefined();
  });
});
