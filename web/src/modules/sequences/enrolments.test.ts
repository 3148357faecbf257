import { describe, expect, it } from "vitest";
import { enrolmentStatus, nextStepName } from "./enrolments";

describe("an enrolment in words", () => {
  it("says whether the lead is in the sequence, finished it, or left it and why", () => {
    expect(enrolmentStatus({ status: "active", exitReason: null }).text).toBe("In the sequence");
    expect(enrolmentStatus({ status: "completed", exitReason: null }).text).toBe("Finished");
    expect(enrolmentStatus({ status: "exited", exitReason: "removed" }).text).toBe("Left: removed by hand");
    expect(enrolmentStatus({ status: "exited", exitReason: "unsubscribed" }).text).toBe("Left: unsubscribed");
  });

  it("names the next step as the editor does when it runs the version shown, else by its id", () => {
    const sequence = {
      version: 2,
      steps: [
        { type: "email" as const, template: "hello" },
        { id: "call", type: "task" as const, title: "Call" },
      ],
    };
    const name = (key: string) => (key === "hello" ? "Hello" : key);
    expect(nextStepName({ nextStep: "1", version: 2 }, sequence, name)).toBe("step 1 · Send Hello");
    expect(nextStepName({ nextStep: "call", version: 2 }, sequence, name)).toBe("step call · Create a task");
    expect(nextStepName({ nextStep: "1", version: 1 }, sequence, name)).toBe("step 1");
    expect(nextStepName({ nextStep: null, version: 2 }, sequence, name)).toBeNull();
  });
});
