import { formatMoney, humanize } from "../../ui/format";
import type { LeadEvent } from "./lead";

const str = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : "");

/**
 * One line of the timeline, in words: "Moved to Won ($1,200.00)", "Call: no answer", "Offered ·
 * Dealer A" (`nameOf` turns a recipient's key into its name).
 */
export function describeEvent(
  e: Pick<LeadEvent, "type" | "data">,
  nameOf: (key: string) => string = (key) => key,
): string {
  const d = e.data ?? {};
  switch (e.type) {
    case "stage_changed":
    case "stage": {
      const revenue = typeof d["revenue"] === "number" ? ` (${formatMoney(d["revenue"])})` : "";
      return `Moved to ${humanize(str(d["to"] ?? d["stage"]))}${revenue}`;
    }
    case "note":
    case "note_added":
      return `Note: ${str(d["text"])}`;
    case "call":
    case "call_logged":
      return `Call: ${humanize(str(d["outcome"])).toLowerCase()}${d["notes"] ? ` — ${str(d["notes"])}` : ""}`;
    case "task":
    case "task_created":
      return `Task: ${str(d["title"])}`;
    default: {
      const who = str(d["recipient"]);
      return `${humanize(e.type)}${who ? ` · ${nameOf(who)}` : ""}`;
    }
  }
}
