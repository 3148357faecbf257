/**
 * The tie-break between recipients whose turn is equal: a hash of (lead, recipient), so no one is
 * favoured by when they were created or where they sit in a list, and a lead always breaks the
 * tie the same way. FNV-1a, then murmur3's finaliser: plain FNV orders keys that differ only in
 * their last character far from evenly.
 */
export function turnHash(leadId: string, recipientKey: string): number {
  return turnHashFrom(turnSeed(leadId), recipientKey);
}

/** The hash state after the lead's id: the part of `turnHash` that every candidate of a decision shares. */
export function turnSeed(leadId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < leadId.length; i++) h = Math.imul(h ^ leadId.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ 0, 0x01000193);
}

/** `turnHash(leadId, recipientKey)` from `turnSeed(leadId)`. */
export function turnHashFrom(seed: number, recipientKey: string): number {
  let h = seed;
  for (let i = 0; i < recipientKey.length; i++) h = Math.imul(h ^ recipientKey.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface InTurn {
  key: string;
  lastServed: number;
  turnHash: number;
}

/** Least recently served first; equal turns by the hash, then by key so the order is total. */
export function compareInTurn(a: InTurn, b: InTurn): number {
  return (
    a.lastServed - b.lastServed || a.turnHash - b.turnHash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
