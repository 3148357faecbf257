const numberFormat = new Intl.NumberFormat("en-US");

/** A count with thousands separators: 12,480. */
export const formatNumber = (n: number) => numberFormat.format(n);

/** An amount with its currency: $1,250.00. */
export const formatMoney = (amount: number, currency = "USD") =>
  new Intl.NumberFormat("en-US", { style: "currency", currency }).format(amount);

/** A share as a whole percentage: 0.734 → "73%". */
export const formatPercent = (share: number) => `${Math.round(share * 100)}%`;

/** "just now", "4 min ago", "3 h ago", "2 days ago"; or "in 4 min" for a time to come. */
export function relativeTime(at: Date | string | number, now: number = Date.now()): string {
  const ms = new Date(at).getTime() - now;
  const future = ms > 0;
  const s = Math.round(Math.abs(ms) / 1000);
  let text: string;
  if (s < 45) return future ? "in a moment" : "just now";
  else if (s < 3600) text = `${Math.round(s / 60)} min`;
  else if (s < 86_400) text = `${Math.round(s / 3600)} h`;
  else {
    const days = Math.round(s / 86_400);
    text = `${days} day${days === 1 ? "" : "s"}`;
  }
  return future ? `in ${text}` : `${text} ago`;
}

/** The exact time, for a hover: "Dec 6, 2026, 9:41:07 PM". */
export const exactTime = (at: Date | string | number) =>
  new Date(at).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "medium" });

/** A duration in seconds as a countdown reads it: "4:05", "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.ceil(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/** "New", "Qualified": an API key as a person reads it. */
export const humanize = (key: string) =>
  key ? key.charAt(0).toUpperCase() + key.slice(1).replace(/[_-]+/g, " ") : key;
