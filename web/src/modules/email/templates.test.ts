import { describe, expect, it } from "vitest";
import { partsBody, previewOf, renderable } from "./templates";

describe("the template editor's parts", () => {
  it("leaves an empty text part to be made from the HTML", () => {
    expect(partsBody({ subject: "Hi", html: "<p>x</p>", text: "  " })).toEqual({
      subject: "Hi",
      html: "<p>x</p>",
      text: null,
    });
    expect(partsBody({ subject: "Hi", html: "<p>x</p>", text: "x" }).text).toBe("x");
  });

  it("renders only once there is a subject and some HTML", () => {
    expect(renderable({ subject: "Hi", html: "", text: "" })).toBe(false);
    expect(renderable({ subject: " ", html: "<p>x</p>", text: "" })).toBe(false);
    expect(renderable({ subject: "Hi", html: "<p>x</p>", text: "" })).toBe(true);
  });

  it("fills the preview from a stored lead, a category's sample, or a plain sample", () => {
    expect(previewOf({ kind: "lead", leadId: " lead_1 " })).toEqual({ leadId: "lead_1" });
    expect(previewOf({ kind: "lead", leadId: "" })).toEqual({});
    expect(previewOf({ kind: "sample", category: "windows" })).toEqual({ category: "windows" });
    expect(previewOf({ kind: "sample", category: "" })).toEqual({});
  });
});
