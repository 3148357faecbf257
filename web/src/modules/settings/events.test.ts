import { describe, expect, it } from "vitest";
import { describeEvents, eventsFromForm } from "./events";

describe("a webhook's events from its form", () => {
  it("takes the ticked boxes and the other types typed in, once each", () => {
    expect(eventsFromForm(["received", "assigned"], "note, Assigned  won", false)).toEqual([
      "received",
      "assigned",
      "note",
      "won",
    ]);
  });

  it("subscribes to every event when that is chosen, whatever else is ticked", () => {
    expect(eventsFromForm(["received"], "note", true)).toEqual(["*"]);
  });

  it("answers nothing when nothing is chosen, so the form can say so", () => {
    expect(eventsFromForm([], "  ", false)).toEqual([]);
  });

  it("reads a subscription's events as words", () => {
    expect(describeEvents(["*"])).toBe("every event");
    expect(describeEvents(["received", "stage_changed"])).toBe("received, stage changed");
  });
});
