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
  createdAt: number;
}
