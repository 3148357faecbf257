export type CountdownTone = "calm" | "amber" | "red";

/** The share of an offer's SLA still left, from 1 (just offered) to 0 (expired). */
export function shareLeft(createdAt: string, expiresAt: string, now: number): number {
  const start = Date.parse(createdAt);
  const end = Date.parse(expiresAt);
  if (!(end > start)) return 0;
  return Math.min(1, Math.max(0, (end - now) / (end - start)));
}

/** Amber at a quarter of the SLA left, red at a tenth. */
export function countdownTone(share: number): CountdownTone {
  if (share <= 0.1) return "red";
  if (share <= 0.25) return "amber";
  return "calm";
}
