import { describe, expect, it } from "vitest";
import { homeOf, menuFor } from "./menu";

describe("the menu of each role", () => {
  it("lands admins and managers on the dashboard, agents and partners on their work", () => {
    expect(homeOf("admin")).toBe("/dashboard");
    expect(homeOf("manager")).toBe("/dashboard");
    expect(homeOf("agent")).toBe("/work");
    expect(homeOf("partner")).toBe("/work");
  });

  it("fits an agent's menu in a phone's bottom bar of at most four items", () => {
    expect(menuFor("agent").length).toBeLessThanOrEqual(4);
    expect(menuFor("agent")[0]).toEqual({ href: "/work", label: "Work" });
  });

  it("shows staff screens only to staff", () => {
    for (const role of ["agent", "partner"] as const)
      expect(menuFor(role).map((i) => i.href)).not.toContain("/leads");
  });

  it("offers an admin the getting-started checklist until every step is done", () => {
    expect(menuFor("admin").map((i) => i.href)).toContain("/getting-started");
    expect(menuFor("admin", { setupDone: true }).map((i) => i.href)).not.toContain("/getting-started");
    expect(menuFor("manager").map((i) => i.href)).not.toContain("/getting-started");
  });

  it("speaks a buyer's language: it lands on the leads it bought and shows its spend, returns and figures", () => {
    expect(homeOf("partner", { buyer: true })).toBe("/leads-bought");
    expect(menuFor("partner", { buyer: true }).map((i) => i.label)).toEqual([
      "Leads bought",
      "Deliveries & spend",
      "Returns",
      "Our performance",
    ]);
  });

  it("keeps a partner's offers, pool, leads and tasks, with its returns and figures", () => {
    expect(menuFor("partner").map((i) => i.label)).toEqual([
      "Offers & pool",
      "Call list",
      "Our leads",
      "Tasks",
      "Returns",
      "Our performance",
    ]);
  });
});
