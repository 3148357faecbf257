import { describe, expect, it } from "vitest";
import { blankField, dedupeText, draftsOf, moved, specsOf, stageDraftsOf, stagesOf } from "./editor";

describe("the category editor", () => {
  it("gives back the fields it was given, unchanged", () => {
    const fields = [
      { key: "product", type: "enum" as const, required: true, options: ["solar", "roofing"] },
      { key: "zipNote", type: "string" as const, required: false, pattern: "^[0-9]+$", label: "Note" },
      { key: "creditScore", type: "number" as const, required: false },
    ];
    expect(specsOf(draftsOf(fields))).toEqual(fields);
  });

  it("sends options only for a choice, one per line without blanks, and a pattern only for text", () => {
    const field = {
      ...blankField(),
      key: " product ",
      type: "enum" as const,
      options: " solar \n\nroofing\n",
    };
    expect(specsOf([field])).toEqual([
      { key: "product", type: "enum", required: false, options: ["solar", "roofing"] },
    ]);
    expect(specsOf([{ ...field, type: "number", pattern: "^x$" }])).toEqual([
      { key: "product", type: "number", required: false },
    ]);
  });

  it("keeps a choice without options as an empty list, for the API to name the problem", () => {
    expect(specsOf([{ ...blankField(), key: "product", type: "enum" }])[0]?.options).toEqual([]);
  });

  it("moves a field up or down, and leaves the list alone at its ends", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("says the dedupe policy in words", () => {
    expect(dedupeText({ keys: ["email", "phone"], windowDays: 30 })).toBe("Email and phone, 30 days");
    expect(dedupeText({ keys: ["phone"], windowDays: 1 })).toBe("Phone, 1 day");
    expect(dedupeText({ keys: [], windowDays: 30 })).toBe("Off");
  });

  it("makes a stage with an outcome terminal, keeps what a stored stage says, and drops an empty name", () => {
    const drafts = stageDraftsOf([
      { key: "new", name: "New", terminal: false, outcome: null, contact: false },
      { key: "won", name: "Won", terminal: true, outcome: "won", contact: true },
    ]);
    expect(
      stagesOf([...drafts, { id: 0, key: "lost", name: " ", outcome: "lost", terminal: false }]),
    ).toEqual([
      { key: "new", name: "New", terminal: false, contact: false },
      { key: "won", name: "Won", terminal: true, outcome: "won", contact: true },
      { key: "lost", terminal: true, outcome: "lost" },
    ]);
  });
});
