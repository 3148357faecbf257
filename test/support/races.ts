import { expect } from "vitest";

/** The answers of a race: exactly one 200, and 409 for every other contender. */
export function expectOneWinner(statuses: readonly number[], race: string): void {
  expect(
    statuses.filter((s) => s === 200),
    `${race}: ${statuses.join(" ")}`,
  ).toHaveLength(1);
  expect(
    statuses.filter((s) => s === 409),
    `${race}: ${statuses.join(" ")}`,
  ).toHaveLength(statuses.length - 1);
}
