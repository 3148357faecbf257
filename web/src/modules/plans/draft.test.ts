import { describe, expect, it } from "vitest";
import {
  apiFieldErrors,
  describeHow,
  describeWho,
  draftFromTiers,
  moveTier,
  newTier,
  removeTier,
  sameAs,
  tiersFromDraft,
  updateTier,
  type Tier,
} from "./draft";

const hybrid: Tier[] = [
  {
    select: { kind: "agent", tags: ["north", "south"] },
    method: "round_robin",
    mode: "push",
    slaSeconds: 300,
    attempts: 3,
  },
  { select: {}, method: "least_loaded", mode: "pull", poolSeconds: 3600, catchUpLimit: 2 },
];

describe("a draft plan in the tier editor", () => {
  it("reads a plan into editable tiers and gives back the same plan", () => {
    const draft = draftFromTiers(hybrid);
    expect(draft[0]).toMatchObject({ kind: "agent", tags: "north, south", slaSeconds: "300", attempts: "3" });
    expect(tiersFromDraft(draft)).toEqual({ tiers: hybrid, errors: { tiers: {}, plan: [] } });
    expect(sameAs(draft, hybrid)).toBe(true);
  });

  it("keeps a least-loaded tier's catch-up limit, and drops it when the tier changes method", () => {
    const draft = draftFromTiers(hybrid);
    expect(draft[1]).toMatchObject({ catchUpLimit: "2" });
    const roundRobin = updateTier(draft, 1, { method: "round_robin" });
    expect(tiersFromDraft(roundRobin).tiers[1]).toEqual({
      select: {},
      method: "round_robin",
      mode: "pull",
      poolSeconds: 3600,
    });
  });

  it("splits tags and keys on commas and spaces, and leaves empty selections out", () => {
    const draft = updateTier([newTier()], 0, { tags: " solar,roofing  ", keys: "acme beta,", kind: "buyer" });
    expect(tiersFromDraft(draft).tiers[0]!.select).toEqual({
      kind: "buyer",
      tags: ["solar", "roofing"],
      keys: ["acme", "beta"],
    });
    expect(tiersFromDraft([newTier()]).tiers[0]!.select).toEqual({});
  });

  it("keeps only the settings its mode and method take, so switching an offer to a pool drops its SLA", () => {
    const pooled = updateTier(draftFromTiers(hybrid), 0, { mode: "pull", poolSeconds: "600" });
    expect(tiersFromDraft(pooled).tiers[0]).toEqual({
      select: { kind: "agent", tags: ["north", "south"] },
      method: "round_robin",
      mode: "pull",
      poolSeconds: 600,
    });
    const broadcast = updateTier([newTier()], 0, { method: "broadcast", mode: "direct", maxRecipients: "4" });
    expect(tiersFromDraft(broadcast).tiers[0]).toEqual({
      select: {},
      method: "broadcast",
      mode: "direct",
      maxRecipients: 4,
    });
    expect(sameAs(pooled, hybrid)).toBe(false);
  });

  it("refuses a number that is not a whole number above zero, next to its field", () => {
    const draft = updateTier([newTier()], 0, { slaSeconds: "2.5", attempts: "0" });
    expect(tiersFromDraft(draft).errors.tiers[0]).toEqual({
      slaSeconds: "Enter a whole number above 0.",
      attempts: "Enter a whole number above 0.",
    });
    expect(tiersFromDraft([]).errors.plan).toEqual(["A plan needs at least one tier."]);
  });

  it("moves a tier up and down, never past either end, and removes one", () => {
    const [a, b, c] = [newTier(), newTier(), newTier()];
    const draft = [a!, b!, c!];
    expect(moveTier(draft, 2, -1).map((t) => t.id)).toEqual([a!.id, c!.id, b!.id]);
    expect(moveTier(draft, 0, 1).map((t) => t.id)).toEqual([b!.id, a!.id, c!.id]);
    expect(moveTier(draft, 0, -1).map((t) => t.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(moveTier(draft, 2, 1).map((t) => t.id)).toEqual([a!.id, b!.id, c!.id]);
    expect(removeTier(draft, 1).map((t) => t.id)).toEqual([a!.id, c!.id]);
  });

  it("places the API's validation errors next to the tier and field they name", () => {
    const errors = apiFieldErrors([
      { field: "tiers.1.mode", message: "a broadcast tier delivers directly (mode direct)" },
      { field: "tiers.0.select.keys.1", message: "recipient ghost does not exist" },
      { field: "plan.tiers.2.slaSeconds", message: "plan.tiers.2.slaSeconds must be <= 604800" },
      { field: "plan.tiers", message: "plan.tiers must NOT have more than 20 items" },
    ]);
    expect(errors.tiers).toEqual({
      0: { keys: "Recipient ghost does not exist" },
      1: { mode: "A broadcast tier delivers directly (mode direct)" },
      2: { slaSeconds: "Must be <= 604800" },
    });
    expect(errors.plan).toEqual(["Plan.tiers must NOT have more than 20 items"]);
  });
});

describe("a tier in words", () => {
  it("says who it selects", () => {
    expect(describeWho({})).toBe("Everyone");
    expect(describeWho({ kind: "buyer", tags: ["solar", "roofing"] })).toBe("Buyers tagged solar or roofing");
    expect(describeWho({ keys: ["acme", "beta"], kind: "partner" })).toBe("acme, beta (partners only)");
  });

  it("says how it hands out a lead", () => {
    expect(describeHow(hybrid[0]!)).toBe("Offer, round robin: 5 min each, at most 3");
    expect(describeHow(hybrid[1]!)).toBe("Pool, least loaded: 1 h in the pool");
    expect(describeHow({ select: {}, method: "round_robin", mode: "pull" })).toBe(
      "Pool, round robin: until claimed",
    );
    expect(describeHow({ select: {}, method: "broadcast", mode: "direct", maxRecipients: 3 })).toBe(
      "Direct, broadcast: up to 3 recipients",
    );
  });
});
