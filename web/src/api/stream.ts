import { keys, queryClient } from "./query";

/** What each kind of event changes, as query keys to refetch. */
export function keysFor(type: string, data: unknown): (readonly unknown[])[] {
  const leadId = leadIdOf(data);
  const lead = leadId ? [keys.lead(leadId)] : [];
  if (type.startsWith("offer") || type.startsWith("assignment"))
    return [keys.offers, keys.myLeads, ["leads"], ["summary"], ...lead];
  if (type.startsWith("pool")) return [keys.pool, keys.myLeads, ...lead];
  if (type.startsWith("task")) return [keys.myTasks, ...lead];
  if (type.startsWith("lead")) return [["leads"], keys.myLeads, ["summary"], ...lead];
  if (type.startsWith("recipient") || type.startsWith("availability")) return [["recipient"]];
  return [[]];
}

function leadIdOf(data: unknown): string | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const id =
    d["leadId"] ??
    (typeof d["lead"] === "object" && d["lead"] ? (d["lead"] as { id?: unknown }).id : undefined);
  return typeof id === "string" ? id : undefined;
}

const EVENT_NAMES = [
  "offer",
  "offer.created",
  "offer.accepted",
  "offer.rejected",
  "offer.expired",
  "offer.withdrawn",
  "pool",
  "pool.added",
  "pool.claimed",
  "pool.removed",
  "lead",
  "lead.created",
  "lead.updated",
  "lead.stage",
  "task",
  "recipient",
  "counters",
];

/**
 * Opens the one live connection of a signed-in tab. Every event only invalidates what it touches,
 * so the screens refetch through the same cache the API calls fill: there is one source of truth.
 * EventSource reconnects by itself and sends Last-Event-ID, so nothing is missed across drops.
 */
export function openStream(onStatus?: (live: boolean) => void): () => void {
  if (typeof EventSource === "undefined") return () => {};
  const source = new EventSource("/api/v1/stream", { withCredentials: true });
  const handle = (event: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = event.data ? JSON.parse(event.data) : undefined;
    } catch {
      data = undefined;
    }
    const type =
      event.type === "message" && typeof data === "object" && data && "type" in data
        ? String((data as { type: unknown }).type)
        : event.type;
    for (const key of keysFor(type, data)) void queryClient.invalidateQueries({ queryKey: key });
  };
  source.addEventListener("message", handle);
  for (const name of EVENT_NAMES) source.addEventListener(name, handle);
  source.addEventListener("open", () => onStatus?.(true));
  source.addEventListener("error", () => onStatus?.(false));
  return () => source.close();
}
