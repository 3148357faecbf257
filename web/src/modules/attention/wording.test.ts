import { describe, expect, it } from "vitest";
import type { Lead } from "../leads/lead";
import { attentionRow, listOf, whyNot, type AttentionItem } from "./wording";

const lead: Lead = {
  id: "lead_1",
  category: "windows",
  source: "web",
  status: "unassigned",
  stage: "new",
  score: 10,
  priority: "warm",
  firstName: "Pam",
  lastName: "Byron",
  email: null,
  phone: null,
  city: "Des Moines",
  state: "IA",
  zip: "50309",
  fields: {},
  createdAt: "2026-12-07T00:00:00.000Z",
};

const item = (overrides: Partial<AttentionItem>): AttentionItem => ({
  lead,
  problem: "not_eligible",
  message: "",
  fix: "",
  retry: "when a recipient of its category or its plan is added or changed",
  since: "2026-12-07T00:00:00.000Z",
  candidates: [],
  deliveries: [],
  ...overrides,
});

describe("the rows of Needs attention", () => {
  it("names recipients in a list people read: two by name, more counted", () => {
    expect(listOf(["Ann"])).toBe("Ann");
    expect(listOf(["Ann", "Bob"])).toBe("Ann and Bob");
    expect(listOf(["Ann", "Bob", "Cy"])).toBe("Ann, Bob and Cy");
    expect(listOf(["Ann", "Bob", "Cy", "Di", "Ed"])).toBe("Ann, Bob and 3 others");
  });

  it("says 'all 3 capped' when every recipient shares the reason, and counts groups otherwise", () => {
    const capped = ["a", "b", "c"].map((r) => ({ recipient: r, reason: "cap: day cap 3 reached" }));
    expect(whyNot(capped)).toBe("all 3 capped (a, b and c)");
    expect(
      whyNot([
        ...capped,
        { recipient: "d", reason: "away: status away" },
        { recipient: "e", reason: "eligible now" },
      ]),
    ).toBe("3 capped, 1 away");
    expect(whyNot([{ recipient: "solo", reason: "capacity: 5 of 5 open leads" }])).toBe(
      "solo is at capacity",
    );
  });

  it("writes a lead no recipient may take as 'No eligible recipient' with the reasons and the fix", () => {
    const row = attentionRow(
      item({
        problem: "not_eligible",
        candidates: ["a", "b", "c"].map((r) => ({ recipient: r, reason: "cap: day cap 3 reached" })),
      }),
    );
    expect(row.problem).toBe("No eligible recipient: all 3 capped (a, b and c)");
    expect(row.fix).toContain("assign this lead by hand");
    expect(row.assign).toBe(true);
    expect(row.replay).toEqual([]);
    expect(row.link).toEqual({ href: "/recipients", label: "Recipients" });
    expect(row.about).toBe("windows · Des Moines, IA");
    expect(row.retry).toBe(
      "Routes again by itself when a recipient of its category or its plan is added or changed.",
    );
  });

  it("sends a category without a plan to the plans, and a lead nobody covers to the recipients", () => {
    const noPlan = attentionRow(item({ problem: "no_plan" }));
    expect(noPlan.problem).toBe("No plan: windows has no plan, so nobody is offered its leads");
    expect(noPlan.link?.href).toBe("/plans");
    const nobody = attentionRow(item({ problem: "no_recipient" }));
    expect(nobody.problem).toBe("No recipient covers IA 50309");
    expect(nobody.fix).toContain("covers IA 50309");
  });

  it("offers to replay each dead delivery, naming the receiver's last error", () => {
    const row = attentionRow(
      item({
        problem: "delivery_dead",
        retry: "only when the delivery is replayed",
        deliveries: [{ id: "d1", recipient: "dealer-b", attempts: 5, lastError: "connection refused" }],
      }),
    );
    expect(row.problem).toBe(
      "Delivery failed: sending it to dealer-b gave up after 5 attempts (connection refused)",
    );
    expect(row.replay).toEqual([
      { id: "d1", label: "Replay delivery to dealer-b", lastError: "connection refused" },
    ]);
    expect(row.retry).toBeNull();
  });

  it("falls back to the API's own sentence for a problem it does not know", () => {
    const row = attentionRow(item({ problem: "something_new", message: "it is stuck", fix: "do a thing" }));
    expect(row.problem).toBe("It is stuck");
    expect(row.fix).toBe("Do a thing.");
  });
});
