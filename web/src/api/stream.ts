import { keys, queryClient } from "./query";

/**
 * What an event changes, as query keys to refetch. A change to a lead can move it in or out of
 * the offers, the pool, a worklist and the tables, so each refetches (only the queries on screen
 * do so at once); the staff's counters, which follow changes at most every two seconds, refresh
 * the dashboard's figures (so a busy hour refetches them at that pace, not once per lead); a
 * reset refetches everything.
 */
export function keysFor(type: string, data: unknown): (readonly unknown[])[] {
  if (type === "counters") return [["summary"]];
  const leadId = leadIdOf(data);
  if (type === "reset" || !leadId) return [[]];
  return [keys.offers, keys.pool, keys.myLeads, keys.myTasks, keys.callList, ["leads"], keys.lead(leadId)];
}

function leadIdOf(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const id = (data as { leadId?: unknown }).leadId;
  return typeof id === "string" ? id : undefined;
}

/**
 * Opens the one live connection of a signed-in tab. Every event only invalidates what it touches,
 * so the screens refetch through the same cache the API calls fill: there is one source of truth.
 * EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed across drops.
 */
export function openStream(onStatus?: (live: boolean) => void): () => void {
  if (typeof EventSource === "undefined") return () => {};
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let dropped = false;
  let everOpen = false;
  const handle = (event: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = event.data ? JSON.parse(event.data) : undefined;
    } catch {
      data = undefined;
    }
    const type =
      typeof data === "object" && data !== null && "type" in data
        ? String((data as { type: unknown }).type)
        : event.type;
    if (type === "counters") queryClient.setQueryData(keys.counters, data);
    for (const key of keysFor(type, data)) void queryClient.invalidateQueries({ queryKey: key });
  };
  const open = () => {
    source = new EventSource("/api/v1/stream", { withCredentials: true });
    source.addEventListener("message", handle);
    source.addEventListener("open", () => {
      everOpen = true;
      onStatus?.(true);
      // Whatever happened while the connection was down, the screens catch up now.
      if (dropped) void queryClient.invalidateQueries();
      dropped = false;
    });
    source.addEventListener("error", () => {
      dropped = true;
      // Only a connection that was live can be reconnecting; a first try that fails retries quietly.
      if (everOpen) onStatus?.(false);
      // The browser retries a dropped connection itself, but gives up on an error answer.
      if (source?.readyState === EventSource.CLOSED) retry = setTimeout(open, 5000);
    });
  };
  open();
  return () => {
    clearTimeout(retry);
    source?.close();
  };
}
