import type { SourceFigures } from "../source-quality.js";

/** Values a lead field may hold once intake has normalised it. */
export type FieldValue = string | number | boolean | null;

export type RecipientKind = "agent" | "partner" | "buyer";
/** `retired`: receives nothing more, for good; its history stays. */
export type RecipientStatus = "available" | "away" | "retired";
/** Why a recipient went away, as it said when it did. */
export const AWAY_REASONS = ["busy", "lunch", "meeting", "off_shift", "other"] as const;
export type AwayReason = (typeof AWAY_REASONS)[number];

export type FilterOp = "eq" | "neq" | "in" | "gte" | "lte" | "exists";

/** A condition on a lead: `score` and `priority` are the lead's own, any other name is a field. */
export interface Filter {
  field: string;
  op: FilterOp;
  value?: unknown;
}

export interface Radius {
  /** The store resolves a zip centre to lat/lon before routing; a radius without them matches nothing. */
  zip?: string;
  lat?: number;
  lon?: number;
  miles: number;
}

/** Any one listed criterion matching is enough; no criterion at all means everywhere. */
export interface Territory {
  states?: string[];
  zips?: string[];
  zipPrefixes?: string[];
  radius?: Radius;
}

export type CapWindow = "hour" | "day" | "week" | "month";
export const CAP_WINDOWS: readonly CapWindow[] = ["hour", "day", "week", "month"];

export type Caps = Partial<Record<CapWindow, number>>;

export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** Local wall-clock intervals `["09:00", "17:00"]`; an end before the start runs past midnight. */
export type TimeInterval = [string, string];

export interface Schedule {
  /** IANA time zone, e.g. `America/Chicago`. */
  timezone: string;
  hours: Partial<Record<Weekday, TimeInterval[]>>;
}

/** Epoch milliseconds, `from` inclusive, `to` exclusive. */
export interface AwayPeriod {
  from: number;
  to: number;
}

export interface PriceRule {
  when: Filter[];
  price: number;
}

/** Cents per lead: fixed, or the first rule whose conditions all hold, else the default. */
export type Price = number | { default: number; rules: PriceRule[] };

export interface RecipientConfig {
  key: string;
  name: string;
  kind: RecipientKind;
  categories: string[];
  territory?: Territory;
  filters?: Filter[];
  caps?: Caps;
  /** Money a recipient may spend per calendar month of its own time zone, in cents. */
  budgetCents?: number;
  schedule?: Schedule;
  awayPeriods?: AwayPeriod[];
  /** Why it is away, while its status is away. */
  awayReason?: AwayReason;
  weight?: number;
  /** Higher goes first. */
  priority?: number;
  price?: Price;
  exclusive?: boolean;
  slaSeconds?: number;
  /** Most open leads a recipient may hold at once. */
  capacity?: number;
  status: RecipientStatus;
  tags: string[];
  createdAt: number;
}

export interface RoutableLead {
  id: string;
  category: string;
  source: string;
  createdAt: number;
  state?: string;
  zip?: string;
  lat?: number;
  lon?: number;
  score: number;
  priority: string;
  costCents: number;
  /** Contact fields and custom fields, flat. */
  fields: Record<string, FieldValue>;
  /** Its source's quality as last measured (`source.quality` in conditions); unknown for a new source. */
  sourceFigures?: SourceFigures | undefined;
}

export type RoutingMethodName =
  "round_robin" | "weighted" | "priority" | "least_loaded" | "best_margin" | "bid_price" | "broadcast";
export const ROUTING_METHODS: readonly RoutingMethodName[] = [
  "round_robin",
  "weighted",
  "priority",
  "least_loaded",
  "best_margin",
  "bid_price",
  "broadcast",
];

export type DeliveryMode = "push" | "pull" | "direct";

/** Every given criterion must hold; `tags` holds when the recipient has any one of them. */
export interface TierSelect {
  kind?: RecipientKind;
  tags?: string[];
  keys?: string[];
}

export interface Tier {
  select: TierSelect;
  method: RoutingMethodName;
  mode: DeliveryMode;
  slaSeconds?: number;
  attempts?: number;
  poolSeconds?: number;
  maxRecipients?: number;
  /**
   * A `least_loaded` tier: a recipient with fewer open leads than the others (back from away,
   * say) gets at most this many leads in a row before someone else gets one.
   */
  catchUpLimit?: number;
  /** A `best_margin` tier that asks its buyers for bids before it assigns (ping-post). */
  pingPost?: PingPost;
}

/** Which lead fields a ping carries (no contact data), and how long bids are collected. */
export interface PingPost {
  fields: string[];
  deadlineMs: number;
}

/** A tier that pings: nobody is assigned yet; the buyers are asked for bids first. */
export interface AuctionPosting {
  tierIndex: number;
  /** The tier's eligible buyers, best configured margin first. */
  bidders: string[];
  pingPost: PingPost;
}

export interface Plan {
  version: number;
  tiers: Tier[];
}

export interface RotationState {
  /** The category sequence number at which the recipient was last served; 0 = never. */
  lastServed: number;
  /** Smooth weighted round robin accumulator. */
  currentWeight: number;
}

/** What the store knows about a recipient at decision time. */
export interface RecipientState {
  /** Assignments already counted in the recipient's current windows (see `windowKeys`). */
  counts: Record<CapWindow, number>;
  /** Spent in the recipient's current month. */
  spentCents: number;
  openLeads: number;
  rotation: RotationState;
}

export interface Candidate {
  config: RecipientConfig;
  state: RecipientState;
}

/** Counter keys of the windows that contain an instant, in one time zone. */
export interface WindowKeys {
  hour: string;
  day: string;
  week: string;
  month: string;
}

export type ExclusionRule =
  | "category"
  | "territory"
  | "filter"
  | "away"
  | "away_period"
  | "schedule"
  | "capacity"
  | "cap"
  | "budget"
  | "excluded"
  | "exclusive"
  | "retired";

export interface Exclusion {
  rule: ExclusionRule;
  detail?: string;
}

/** The value a method ranked an eligible candidate by. */
export type RankValue =
  | { by: "turn"; lastServed: number }
  | { by: "weight"; weight: number; currentWeight: number }
  | { by: "priority"; priority: number; lastServed: number }
  | {
      by: "open_leads";
      openLeads: number;
      lastServed: number;
      /** Held back: it got the tier's `catchUpLimit` leads in a row. */
      caughtUp?: true;
    }
  | { by: "margin"; marginCents: number; lastServed: number }
  | {
      by: "bid_price";
      marginCents: number;
      /** What a lead of the buyer's remaining capacity is worth to the later leads expected. */
      bidPriceCents: number;
      /** Margin minus bid price: what the method ranks by. */
      valueCents: number;
      lastServed: number;
    };

export type CandidateTrace =
  | { key: string; eligible: true; position: number; rank: RankValue; priceCents: number }
  | { key: string; eligible: false; rule: ExclusionRule; detail?: string };

export interface TierTrace {
  tierIndex: number;
  method: RoutingMethodName;
  mode: DeliveryMode;
  /** Candidates the index returned that this tier does not select (by kind, tags or keys). */
  notSelected: number;
  candidates: CandidateTrace[];
  chosen: string[];
  /** The method's own account of its choice, when it has one (bid prices, a catch-up limit). */
  note?: string;
}

export interface DecisionTrace {
  at: number;
  planVersion: number;
  /** The experiment whose arm's plan decided, when the category runs one. */
  experiment?: { id: string; arm: number };
  /** Recipients of the category the territory index ruled out without listing them. */
  prunedByIndex: number;
  exclusive: CandidateTrace[];
  tiers: TierTrace[];
}

export interface DecidedAssignment {
  recipientKey: string;
  /** `null` when an exclusive territory contract took the lead before any tier. */
  tierIndex: number | null;
  method: RoutingMethodName | "exclusive";
  mode: DeliveryMode;
  planVersion: number;
  priceCents: number;
  marginCents: number;
}

/** What the store adds to a recipient's counters when it commits the decision. */
export interface CounterIncrement {
  assignments: number;
  spentCents: number;
  openLeads: number;
  /** The window keys, in the recipient's time zone, whose counters the assignment consumes. */
  windows: WindowKeys;
}

export interface RecipientUpdate {
  key: string;
  rotation?: Partial<RotationState>;
  increment?: CounterIncrement;
}

/** In pull mode nobody is assigned yet: the lead is offered to a pool of eligible recipients. */
export interface PoolPosting {
  tierIndex: number;
  recipientKeys: string[];
  /** When the next tier should run if nobody has claimed it; `null` without `poolSeconds`. */
  until: number | null;
}

export interface Decision {
  leadId: string;
  planVersion: number;
  assignments: DecidedAssignment[];
  exclusive: boolean;
  pool: PoolPosting | null;
  /** Set when the deciding tier pings its buyers (see `auction.ts`). */
  auction?: AuctionPosting;
  /** The deciding tier's eligible recipients in the method's order, for offering one after another. */
  ordered: string[];
  unassigned: boolean;
  /** Earliest time an unassigned lead could find a recipient without any configuration change. */
  retryAt: number | null;
  /** The category's rotation sequence after this decision; the store persists it. */
  categorySequence: number;
  updates: RecipientUpdate[];
  trace: DecisionTrace;
}
