import { describe, expect, it } from "vitest";
import { fileProblem, percentDone, progressSentence, reasonsOf } from "./progress";

const running = { status: "running" as const, rowsTotal: 6, rowsDone: 3, accepted: 2, refused: 1 };

describe("the import's progress", () => {
  it("is the share of rows done, reaching 100% only when every row is", () => {
    expect(percentDone(running)).toBe(50);
    expect(percentDone({ ...running, rowsTotal: 1000, rowsDone: 999 })).toBe(99);
    expect(percentDone({ ...running, rowsDone: 6 })).toBe(100);
  });

  it("says what was read, imported and refused", () => {
    expect(progressSentence(running, "leads")).toBe("3 rows of 6 read: 2 leads imported; 1 row refused");
    expect(progressSentence({ ...running, status: "done", rowsDone: 6, refused: 0 }, "recipients")).toBe(
      "Done: 2 recipients imported.",
    );
    expect(progressSentence({ ...running, status: "failed", accepted: 1 }, "leads")).toBe(
      "Stopped after 3 rows: 1 lead imported; 1 row refused.",
    );
  });

  it("names the field of each reason, or none for the row as a whole", () => {
    expect(
      reasonsOf([
        { field: "email", message: "email is not a valid address" },
        { field: null, message: "duplicate of lead_1" },
      ]),
    ).toBe("email: email is not a valid address; duplicate of lead_1");
  });

  it("refuses an empty file and one over the limit before sending it", () => {
    expect(fileProblem({ name: "a.csv", size: 0 })).toBe("a.csv is empty.");
    expect(fileProblem({ name: "b.csv", size: 10 * 1024 * 1024 })).toMatch(/10\.0 MB; the limit is 4 MB/);
    expect(fileProblem({ name: "c.csv", size: 2000 })).toBeNull();
  });
});
