import { useEffect, useState } from "react";
import { exactTime, relativeTime } from "./format";

/** A ticking "now", shared by the components that show relative times or countdowns. */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/**
 * "4 min ago", with the exact time on hover. A time that changes (a row that just moved on) is
 * measured afresh: against the last tick, a moment that just passed would read as still to come.
 */
export function RelativeTime({ at }: { at: string | null | undefined }) {
  if (!at) return <span>—</span>;
  return <Relative key={at} at={at} />;
}

function Relative({ at }: { at: string }) {
  const now = useNow(30_000);
  return (
    <time dateTime={at} title={exactTime(at)}>
      {relativeTime(at, now)}
    </time>
  );
}
