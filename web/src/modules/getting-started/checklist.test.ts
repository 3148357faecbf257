import { describe, expect, it } from "vitest";
import { allDone, checklist, focusCategory, nextStep, testLead, type SetupState } from "./checklist";

const empty: SetupState = { categories: [], sources: [], recipients: [], plan: null, lastLead: null };
const windows = { key: "windows", name: "Windows" };

describe("the Getting started checklist", () => {
  it("starts with nothing ticked, pointing at the category", () => {
    const steps = checklist(empty);
    expect(steps.map((s) => [s.id, s.done])).toEqual([
      ["category", false],
      ["source", false],
      ["recipients", false],
      ["plan", false],
      ["lead", false],
    ]);
    expect(nextStep(steps)?.href).toBe("/categories");
    expect(allDone(steps)).toBe(false);
  });

  it("ticks each step from what exists, following the category of the first source", () => {
    const state: SetupState = {
      categories: [{ key: "roofing", name: "Roofing" }, windows],
      sources: [{ key: "web", name: "Landing page", category: "windows", intakeKey: "k" }],
      recipients: [
        { key: "ann", name: "Ann", categories: ["windows"] },
        { key: "old", name: "Old", categories: ["windows"], status: "retired" },
        { key: "rob", name: "Rob", categories: ["roofing"] },
      ],
      plan: { version: 2, tiers: [{}, {}] },
      lastLead: null,
    };
    expect(focusCategory(state)).toBe("windows");
    const steps = checklist(state);
    expect(steps.filter((s) => s.done).map((s) => s.id)).toEqual([
      "category",
      "source",
      "recipients",
      "plan",
    ]);
    expect(steps[2]!.detail).toBe("1 recipient can take Windows leads.");
    expect(steps[3]!.detail).toBe("Version 2 is live, with 2 tiers.");
    expect(nextStep(steps)).toMatchObject({ id: "lead", action: "Send a test lead" });
  });

  it("does not count a recipient of another category, nor a plan without tiers", () => {
    const steps = checklist({
      ...empty,
      categories: [windows],
      recipients: [{ key: "rob", name: "Rob", categories: ["roofing"] }],
      plan: { version: 1, tiers: [] },
    });
    expect(steps.find((s) => s.id === "recipients")!.done).toBe(false);
    expect(steps.find((s) => s.id === "plan")!.done).toBe(false);
  });

  it("is all done once a lead came in, and links the last step to that lead", () => {
    const steps = checklist({
      categories: [windows],
      sources: [{ key: "web", name: "Landing page", category: "windows", intakeKey: "k" }],
      recipients: [{ key: "ann", name: "Ann", categories: ["windows"] }],
      plan: { version: 1, tiers: [{}] },
      lastLead: { id: "lead_9", firstName: "Test", lastName: "Lead", status: "assigned" },
    });
    expect(allDone(steps)).toBe(true);
    expect(steps[4]).toMatchObject({ href: "/leads/lead_9", detail: "Test Lead came in and is assigned." });
  });

  it("makes a test lead a recipient covers, unique each time, with every required field", () => {
    const lead = testLead(
      {
        fields: [
          { key: "product", type: "enum", required: true, options: ["double-hung", "bay"] },
          { key: "homeowner", type: "boolean", required: true },
          { key: "notes", type: "string" },
        ],
      },
      { key: "ann", name: "Ann", categories: ["windows"], territory: { states: ["IA"] } },
      1000,
    );
    expect(lead).toEqual({
      firstName: "Test",
      lastName: "Lead",
      email: "test.lead.rs@example.com",
      state: "IA",
      product: "double-hung",
      homeowner: true,
    });
    expect(testLead({}, undefined, 2000)["email"]).not.toBe(lead["email"]);
  });
});
