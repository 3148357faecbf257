import { describe, expect, it } from "vitest";
import { keyFromName } from "./key-from-name";

describe("a key suggested from a name", () => {
  it("is lower case, with dashes for anything but letters and digits, and no accents", () => {
    expect(keyFromName("Home improvement")).toBe("home-improvement");
    expect(keyFromName("  Auto Insurance (Iowa) ")).toBe("auto-insurance-iowa");
    expect(keyFromName("Crème brûlée")).toBe("creme-brulee");
  });
});
