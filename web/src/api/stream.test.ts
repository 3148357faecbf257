import { describe, expect, it } from "vitest";
import { keysFor } from "./stream";

describe("what a live event refetches", () => {
  it("refetches every list a lead's change can move it in or out of, and the lead itself", () => {
    const keys = keysFor("claimed", { leadId: "lead_1", type: "claimed" });
    expect(keys).toContainEqual(["offers"]);
    expect(keys).toContainEqual(["pool"]);
    expect(keys).toContainEqual(["my-leads"]);
    expect(keys).toContainEqual(["call-list"]);
    expect(keys).toContainEqual(["lead", "lead_1"]);
    expect(keys).not.toContainEqual(["summary"]);
  });

  it("refreshes only the dashboard's figures on counters, and everything on a reset", () => {
    expect(keysFor("counters", { type: "counters", unassigned: 3 })).toEqual([["summary"]]);
    expect(keysFor("reset", { type: "reset" })).toEqual([[]]);
  });
});
