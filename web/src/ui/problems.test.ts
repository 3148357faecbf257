import { describe, expect, it } from "vitest";
import { ApiError } from "../api/client";
import { problemAt, problemsLeft, problemsOf } from "./problems";

const failed = (details: unknown) => new ApiError(422, "validation_failed", "2 fields are invalid", details);

describe("the problems a failed save names", () => {
  it("reads each detail's field and message, and nothing from an error without details", () => {
    const problems = problemsOf(
      failed([
        { field: "fields.0.key", code: "pattern", message: "fields.0.key must match pattern" },
        { nonsense: true },
      ]),
    );
    expect(problems).toEqual([{ field: "fields.0.key", message: "fields.0.key must match pattern" }]);
    expect(problemsOf(new Error("offline"))).toEqual([]);
    expect(problemsOf(new ApiError(409, "conflict", "exists"))).toEqual([]);
  });

  it("puts a problem next to the input it names, or one of the input's parts", () => {
    const problems = [
      { field: "fields.1.options.0", message: "options.0 is too long" },
      { field: "fields.1.options", message: "options may not start with spaces" },
      { field: "fields.10.key", message: "fields.10.key is reserved" },
    ];
    expect(problemAt(problems, "fields.1.options")).toBe(
      "options.0 is too long; options may not start with spaces",
    );
    expect(problemAt(problems, "fields.1.key")).toBeUndefined();
    expect(problemAt(problems, "fields.10.key")).toBe("fields.10.key is reserved");
  });

  it("leaves to the row what no input of the row shows", () => {
    const problems = [
      { field: "fields.2", message: "fields[2] of type enum needs options" },
      { field: "fields.2.key", message: "fields.2.key is reserved" },
      { field: "fields.2.secret", message: "fields.2.secret is not a known field" },
    ];
    expect(problemsLeft(problems, "fields.2", ["fields.2.key", "fields.2.type"])).toEqual([
      "fields[2] of type enum needs options",
      "fields.2.secret is not a known field",
    ]);
    expect(problemsLeft(problems, "", ["fields"])).toEqual([]);
    expect(problemsLeft([{ field: "body", message: "body must be object" }], "", ["fields"])).toEqual([
      "body must be object",
    ]);
  });
});
