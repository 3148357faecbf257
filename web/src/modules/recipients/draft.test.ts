import { describe, expect, it } from "vitest";
import { createBody, draftFrom, patchBody, valuesFrom } from "./draft";
import type { Recipient } from "./recipient";

const stored = (over: Partial<Recipient> = {}): Recipient => ({
  key: "des-moines",
  name: "Des Moines Windows",
  kind: "partner",
  status: "available",
  categories: ["windows"],
  territory: { states: ["IA"], zips: ["68101"], radius: { zip: "50309", lat: 41.6, lon: -93.6, miles: 25 } },
  filters: [{ field: "product", op: "in", value: ["vinyl", "wood"] }],
  caps: { day: 5 },
  budget: null,
  schedule: { timezone: "America/Chicago", hours: { mon: [["09:00", "17:00"]] } },
  awayPeriods: [{ from: "2026-12-24T06:00:00.000Z", to: "2026-12-27T06:00:00.000Z" }],
  weight: 2,
  priority: 0,
  price: { default: 40, rules: [{ when: [{ field: "product", op: "eq", value: "wood" }], price: 55 }] },
  exclusive: true,
  slaSeconds: null,
  capacity: null,
  tags: ["gold"],
  delivery: {
    channel: "http",
    url: "https://crm.example/leads",
    format: "json",
    auth: { type: "bearer", redacted: true },
    headers: { "X-A": "1" },
  },
  createdAt: "2026-12-01T00:00:00.000Z",
  updatedAt: "2026-12-01T00:00:00.000Z",
  ...over,
});

describe("the recipient editor's draft", () => {
  it("creates a recipient with only what was set", () => {
    const draft = draftFrom(null, "America/Chicago");
    draft.key = "ames";
    draft.name = " Ames Roofing ";
    draft.categories = ["roofing"];
    draft.states = ["NE", "IA"];
    draft.caps.day = "3";
    draft.schedule.mode = "hours";
    draft.price = "25.5";
    draft.tags = "gold, gold, new";
    const { values, problems } = valuesFrom(draft);
    expect(problems).toEqual([]);
    expect(createBody(draft, values)).toEqual({
      key: "ames",
      kind: "agent",
      name: "Ames Roofing",
      categories: ["roofing"],
      status: "available",
      territory: { states: ["IA", "NE"] },
      exclusive: false,
      caps: { day: 3 },
      weight: 1,
      priority: 0,
      price: 25.5,
      tags: ["gold", "new"],
      schedule: {
        timezone: "America/Chicago",
        hours: Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"]]])),
      },
    });
  });

  it("patches nothing when nothing changed, price rules and credentials included", () => {
    const r = stored();
    const before = valuesFrom(draftFrom(r)).values;
    expect(valuesFrom(draftFrom(r)).problems).toEqual([]);
    expect(patchBody(before, valuesFrom(draftFrom(r)).values)).toEqual({ body: {}, problems: [] });
  });

  it("patches only the cap that changed, keeping the price rules under a new default price", () => {
    const draft = draftFrom(stored());
    const before = valuesFrom(draft).values;
    draft.caps.day = "8";
    draft.caps.week = "";
    draft.price = "45";
    expect(patchBody(before, valuesFrom(draft).values).body).toEqual({
      caps: { day: 8 },
      price: { default: 45, rules: stored().price && (stored().price as { rules: unknown }).rules },
    });
  });

  it("clears a setting with null: no caps, no territory", () => {
    const draft = draftFrom(stored());
    const before = valuesFrom(draft).values;
    draft.caps.day = "";
    draft.states = [];
    draft.zipText = "";
    draft.radiusZip = "";
    draft.radiusMiles = "";
    expect(patchBody(before, valuesFrom(draft).values).body).toEqual({ caps: null, territory: null });
  });

  it("refuses to change delivery while the stored credentials cannot be sent back", () => {
    const draft = draftFrom(stored());
    const before = valuesFrom(draft).values;
    draft.delivery.url = "https://crm.example/v2";
    expect(patchBody(before, valuesFrom(draft).values).problems).toHaveLength(1);
    draft.delivery.auth = "bearer";
    draft.delivery.token = "t0ken";
    expect(patchBody(before, valuesFrom(draft).values)).toEqual({
      body: {
        delivery: {
          headers: { "X-A": "1" },
          channel: "http",
          url: "https://crm.example/v2",
          method: "POST",
          format: "json",
          auth: { type: "bearer", token: "t0ken" },
        },
      },
      problems: [],
    });
  });

  it("reads filter values by their field's type", () => {
    const draft = draftFrom(null);
    draft.filters = [
      { field: "sqft", op: "gte", value: "1200" },
      { field: "product", op: "in", value: "vinyl, wood" },
      { field: "owner", op: "eq", value: "true" },
      { field: "phone", op: "exists", value: "" },
    ];
    expect(valuesFrom(draft, { owner: "boolean" }).values.filters).toEqual([
      { field: "sqft", op: "gte", value: 1200 },
      { field: "product", op: "in", value: ["vinyl", "wood"] },
      { field: "owner", op: "eq", value: true },
      { field: "phone", op: "exists" },
    ]);
  });

  it("says in words what keeps a draft from being saved", () => {
    const draft = draftFrom(null);
    draft.caps.hour = "-1";
    draft.weight = "0";
    draft.radiusZip = "50309";
    draft.delivery.channel = "http";
    draft.filters = [{ field: "", op: "eq", value: "" }];
    expect(valuesFrom(draft).problems).toEqual([
      "Name: give the recipient a name.",
      "Categories: choose at least one.",
      "Territory: A radius needs miles between 0 and 3,000.",
      "Cap per hour: give a whole number 0 or more.",
      "Filter 1: choose a field.",
      "Weight: give a number above 0.",
      "Delivery: the URL starts with http:// or https://.",
    ]);
  });
});
