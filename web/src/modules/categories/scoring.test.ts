import { describe, expect, it } from "vitest";
import { behaviorFrom, ruleDrafts, scoringFrom } from "./scoring";

describe("the scoring editor's drafts", () => {
  it("turns rules and bands as typed into what the API takes, numbers typed by the category's fields", () => {
    const { scoring, problems } = scoringFrom(
      [{ when: [{ field: "sqft", op: "gte", value: "1200" }], points: "20" }],
      [
        { name: "hot", min: "50" },
        { name: "cold", min: "0" },
      ],
      { sqft: "number" },
    );
    expect(problems).toEqual([]);
    expect(scoring).toEqual({
      rules: [{ when: [{ field: "sqft", op: "gte", value: 1200 }], points: 20 }],
      bands: [
        { name: "hot", min: 50 },
        { name: "cold", min: 0 },
      ],
    });
  });

  it("names what is missing, rule by rule", () => {
    const { problems } = scoringFrom(
      [{ when: [{ field: "", op: "eq", value: "" }], points: "" }],
      [{ name: " ", min: "x" }],
      {},
    );
    expect(problems).toEqual([
      "Rule 1, condition 1: choose a field.",
      "Rule 1: give its points.",
      "Band 1: give it a name.",
      "Band 1: give the score it starts at.",
    ]);
  });

  it("reads the stored rules back as drafts", () => {
    expect(ruleDrafts([{ when: [{ field: "state", op: "in", value: ["IA", "NE"] }], points: 5 }])).toEqual([
      { when: [{ field: "state", op: "in", value: "IA, NE" }], points: "5" },
    ]);
  });

  it("keeps points that never fade without a half-life, and refuses a half-life of 0", () => {
    expect(behaviorFrom([{ event: "email_clicked", points: "10", halfLifeDays: "" }])).toEqual({
      rules: [{ event: "email_clicked", points: 10 }],
      problems: [],
    });
    expect(behaviorFrom([{ event: "reply", points: "5", halfLifeDays: "0" }]).problems).toEqual([
      "Event rule 1: a half-life is a number of days above 0.",
    ]);
  });
});
