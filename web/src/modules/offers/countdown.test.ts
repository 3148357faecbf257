import { describe, expect, it } from "vitest";
import { countdownTone, shareLeft } from "./countdown";

const offeredAt = "2026-01-01T10:00:00.000Z";
const expiresAt = "2026-01-01T10:01:40.000Z"; // a 100 s SLA
const at = (seconds: number) => Date.parse(offeredAt) + seconds * 1000;

describe("an offer's countdown", () => {
  it("starts full and empties as the SLA runs out, never below zero or above one", () => {
    expect(shareLeft(offeredAt, expiresAt, at(0))).toBe(1);
    expect(shareLeft(offeredAt, expiresAt, at(25))).toBe(0.75);
    expect(shareLeft(offeredAt, expiresAt, at(100))).toBe(0);
    expect(shareLeft(offeredAt, expiresAt, at(500))).toBe(0);
    expect(shareLeft(offeredAt, expiresAt, at(-5))).toBe(1);
  });

  it("stays calm above a quarter left, turns amber at 25% and red at 10%", () => {
    expect(countdownTone(shareLeft(offeredAt, expiresAt, at(74)))).toBe("calm");
    expect(countdownTone(shareLeft(offeredAt, expiresAt, at(75)))).toBe("amber");
    expect(countdownTone(shareLeft(offeredAt, expiresAt, at(89)))).toBe("amber");
    expect(countdownTone(shareLeft(offeredAt, expiresAt, at(90)))).toBe("red");
    expect(countdownTone(0)).toBe("red");
  });

  it("reads an offer with no time at all as expired", () => {
    expect(shareLeft(offeredAt, offeredAt, at(0))).toBe(0);
  });
});
