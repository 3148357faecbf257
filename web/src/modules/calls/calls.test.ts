import { describe, expect, it } from "vitest";
import { heldBackSummary, localInputToIso, outcomeLabel } from "./calls";

describe("the call list's wording", () => {
  it("groups the held-back leads by why, the largest group first, in the plural where it counts", () => {
    expect(
      heldBackSummary([
        { leadId: "a", reason: "no_phone", until: null },
        { leadId: "b", reason: "outside_hours", until: "2026-12-07T14:00:00.000Z" },
        { leadId: "c", reason: "outside_hours", until: "2026-12-07T14:00:00.000Z" },
      ]),
    ).toEqual(["2 outside their calling hours", "1 no phone number"]);
    expect(heldBackSummary([])).toEqual([]);
  });

  it("names each outcome as its button does", () => {
    expect(outcomeLabel("do_not_call")).toBe("Do not call");
    expect(outcomeLabel("busy")).toBe("busy");
  });

  it("reads a callback time typed in local time as an instant, and nothing as nothing", () => {
    expect(localInputToIso("")).toBeNull();
    expect(localInputToIso("not a time")).toBeNull();
    expect(localInputToIso("2026-12-07T14:30")).toBe(new Date(2026, 11, 7, 14, 30).toISOString());
  });
});
