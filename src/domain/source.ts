import type { AutoPauseRule, SourcePause } from "./auto-pause.js";

export interface SourceAttributes {
  campaign?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmTerm?: string;
  utmContent?: string;
}

/** Where leads come from: a web form, a landing page, an affiliate, a campaign. */
export interface Source {
  key: string;
  name: string;
  category: string;
  intakeKey: string;
  costPerLeadCents: number;
  attributes: SourceAttributes;
  enabled: boolean;
  /** Leads a minute its intake key may post; null takes the server's default. */
  rateLimitPerMinute: number | null;
  /** Pauses the source when too many of its last leads come back; null without one. */
  /** Its own rule; "none" opts out of its category's default; null takes that default. */
  autoPause: AutoPauseRule | "none" | null;
  /** Why its rule paused it, while it stays paused; null otherwise. */
  paused: SourcePause | null;
  /** The rule counts only leads created from this time on: the source's last resume. */
  autoPauseSince: number;
  createdAt: number;
}
