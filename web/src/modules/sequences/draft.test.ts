import { describe, expect, it } from "vitest";
import { definitionOf, draftOf, durationOf, move, newDraft, type Sequence } from "./draft";

const stored: Sequence = {
  key: "drip",
  name: "Drip",
  version: 3,
  enroll: {
    categories: ["windows"],
    scoreMin: 10,
    priorities: ["hot"],
    reenroll: "after_end",
    reenrollAfterDays: 30,
  },
  exit: { stages: ["won"], reply: false },
  window: { days: ["mon", "fri"], from: "09:00", to: "17:30", timeZone: "America/Chicago" },
  dailyLimit: 200,
  steps: [
    { type: "email", template: "hello" },
    { type: "wait", seconds: 172_800 },
    { type: "wait", until: "10:00" },
    { type: "branch", if: { clicked: "1" }, then: "call", else: "end" },
    { type: "set", stage: "nurtured", score: 5, addTag: "warmed" },
    { id: "call", type: "task", title: "Call now", dueInMinutes: 15 },
    { type: "webhook", url: "https://example.com/hook" },
    { type: "branch", if: { field: "roof", in: ["flat", "tile"] }, then: "end" },
    {
      type: "sms",
      text: "Hi {{ lead.firstName }}",
      gateway: {
        url: "https://sms.example.com/send",
        format: "form",
        headers: { Authorization: "Basic abc" },
        params: { To: "{{ lead.phone }}", Body: "{{ text }}" },
      },
    },
  ],
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-02T00:00:00.000Z",
};

describe("the sequence editor's draft", () => {
  it("gives back a stored sequence's definition unchanged, every kind of step included", () => {
    const { definition, problems } = definitionOf(draftOf(stored));
    expect(problems).toEqual([]);
    const { key: _key, name: _name, version: _v, createdAt: _c, updatedAt: _u, ...rest } = stored;
    expect(definition).toEqual(rest);
  });

  it("keeps each step's id when the steps are reordered, so branches still reach the same step", () => {
    const draft = draftOf(stored);
    const swapped = { ...draft, steps: move(draft.steps, 0, 1) };
    const steps = definitionOf(swapped).definition.steps;
    expect(steps[0]).toEqual({ id: "2", type: "wait", seconds: 172_800 });
    expect(steps[1]).toEqual({ id: "1", type: "email", template: "hello" });
  });

  it("shows a wait in the largest unit that divides it", () => {
    expect(durationOf(172_800)).toEqual({ amount: "2", unit: "days" });
    expect(durationOf(5400)).toEqual({ amount: "90", unit: "minutes" });
    expect(durationOf(61)).toEqual({ amount: "61", unit: "seconds" });
  });

  it("names what is not a number, or a gateway line without its value, at the API's own paths", () => {
    const draft = newDraft();
    draft.dailyLimit = "lots";
    draft.steps[1]!.amount = "2.5";
    draft.steps.push({ ...draft.steps[0]!, uid: "x", id: "4", kind: "sms", params: "To" });
    expect(definitionOf(draft).problems.map((p) => p.field)).toEqual([
      "dailyLimit",
      "steps.1.seconds",
      "steps.3.gateway.params",
    ]);
  });

  it("starts a new sequence with an email, a wait of two days and another email, on weekdays", () => {
    const { definition } = definitionOf(newDraft());
    expect(definition.steps.map((s) => s.type)).toEqual(["email", "wait", "email"]);
    expect(definition.window).toMatchObject({ days: ["mon", "tue", "wed", "thu", "fri"] });
    expect(definition.dailyLimit).toBeNull();
  });
});
