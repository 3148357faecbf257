import { describe, expect, it } from "vitest";
import { isRole, kindsFor } from "./roles";

describe("roles and the recipients they act for", () => {
  it("binds an agent to an agent recipient and a partner to a partner or buyer, staff to none", () => {
    expect(kindsFor("agent")).toEqual(["agent"]);
    expect(kindsFor("partner")).toEqual(["partner", "buyer"]);
    expect(kindsFor("manager")).toEqual([]);
    expect(kindsFor("admin")).toEqual([]);
  });

  it("knows the four roles and nothing else", () => {
    expect(isRole("manager")).toBe(true);
    expect(isRole("owner")).toBe(false);
  });
});
