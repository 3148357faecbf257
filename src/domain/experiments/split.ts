import { hash32 } from "./prng.js";

/**
 * The arm a lead falls in: a hash of its id placed on the arms' shares laid end to end, so the
 * same lead always lands in the same arm while the shares stay the same. Shares sum to 1.
 */
export function armFor(leadId: string, shares: readonly number[]): number {
  const point = hash32(leadId) / 4294967296;
  let end = 0;
  for (let i = 0; i < shares.length; i++) {
    end += shares[i]!;
    if (point < end) return i;
  }
  return shares.length - 1;
}
