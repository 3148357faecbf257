import { BENCH_FIELDS, type BenchField } from "./lead-bodies.js";

const text = (maxLength: number) => ({ type: "string", maxLength });

/**
 * A JSON schema that checks what Carousel's intake checks for the benchmark's category:
 * types, lengths, email/phone/zip shapes, enum options, the consent object, the utm
 * fields, no unknown fields, and an email or a phone. The ceilings validate with it so
 * they do the same validation work in compiled form, and nothing else.
 */
export const LEAD_SCHEMA = {
  type: "object",
  additionalProperties: false,
  anyOf: [{ required: ["email"] }, { required: ["phone"] }],
  properties: {
    firstName: text(200),
    lastName: text(200),
    email: {
      type: "string",
      maxLength: 254,
      pattern: '^[^\\s@"<>(),;:\\\\\\[\\]]+@[^\\s@"<>(),;:\\\\\\[\\]]+\\.[A-Za-z]{2,}$',
    },
    phone: { type: "string", maxLength: 40, pattern: "^[0-9+().\\s-]{7,40}$" },
    address: text(1000),
    city: text(200),
    state: text(60),
    zip: { type: "string", pattern: "^\\d{5}(-?\\d{4})?$" },
    country: { type: "string", pattern: "^[A-Za-z]{2}$" },
    consent: {
      type: "object",
      additionalProperties: false,
      required: ["text"],
      properties: {
        text: text(4000),
        at: { anyOf: [{ type: "string" }, { type: "number" }] },
        pageUrl: { type: "string", maxLength: 2048, pattern: "^https?://\\S+$" },
      },
    },
    utmSource: text(200),
    utmMedium: text(200),
    utmCampaign: text(200),
    utmTerm: text(200),
    utmContent: text(200),
    ...Object.fromEntries(BENCH_FIELDS.map((f) => [f.key, fieldSchema(f)])),
  },
} as const;

function fieldSchema(field: BenchField): Record<string, unknown> {
  switch (field.type) {
    case "enum":
      return { type: "string", enum: field.options };
    case "number":
      return { type: "number" };
    case "boolean":
      return { type: "boolean" };
    case "string":
      return text(1000);
  }
}
