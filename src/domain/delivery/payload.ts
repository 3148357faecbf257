import type { FieldValue, Lead } from "../lead.js";

/** The flat name → value record a delivery is made of: the lead's fields as a receiver sees them. */
export type Fields = Record<string, FieldValue>;

/**
 * One field of what a receiver gets: a lead field under another name (`from`), a constant
 * (`value`), or a template filled with the lead's fields (`template`, e.g. `"{{firstName}} {{lastName}}"`).
 */
export interface FieldMapping {
  name: string;
  from?: string;
  value?: string | number | boolean;
  template?: string;
}

export type BodyFormat = "json" | "xml" | "form";

/** A rendered body: what goes on the wire and how it is labelled. */
export interface Body {
  contentType: string;
  body: string;
}

/**
 * The lead as deliveries show it: its identity and routing facts, contact, consent, attribution
 * and custom fields, flat, without empty values. Carousel's own names win over a custom field
 * of the same name, so a lead cannot pose as another.
 */
export function leadFields(lead: Lead, assignment: { id: string; priceCents: number | null }): Fields {
  const out: Fields = { ...lead.fields };
  Object.assign(out, lead.contact, lead.attribution);
  if (lead.consent) {
    out["consentText"] = lead.consent.text;
    out["consentAt"] = new Date(lead.consent.at).toISOString();
    out["consentIp"] = lead.consent.ip;
    out["consentPageUrl"] = lead.consent.pageUrl;
  }
  Object.assign(out, {
    id: lead.id,
    category: lead.category,
    source: lead.source,
    score: lead.score,
    priority: lead.priority,
    receivedAt: new Date(lead.createdAt).toISOString(),
    assignmentId: assignment.id,
    price: assignment.priceCents === null ? null : assignment.priceCents / 100,
  });
  return withoutEmpty(out);
}

/**
 * What a lead shows someone who may take it but has not yet (a pooled lead, an offer's notice):
 * enough to choose, not enough to call.
 */
export function leadTeaser(lead: Lead) {
  return {
    id: lead.id,
    category: lead.category,
    source: lead.source,
    score: lead.score,
    priority: lead.priority,
    firstName: lead.contact.firstName,
    city: lead.contact.city,
    state: lead.contact.state,
    zip: lead.contact.zip,
    receivedAt: new Date(lead.createdAt).toISOString(),
  };
}

/**
 * An offer's notice: the lead's teaser and custom fields, and how to answer the offer. The
 * contact comes with the lead's own delivery once the offer is accepted.
 */
export function offerFields(lead: Lead, offer: { id: string; expiresAt: number | null }): Fields {
  return withoutEmpty({
    ...lead.fields,
    ...leadTeaser(lead),
    notice: "offer",
    offerId: offer.id,
    offerExpiresAt: offer.expiresAt === null ? null : new Date(offer.expiresAt).toISOString(),
    acceptPath: `/api/v1/assignments/${offer.id}/accept`,
    rejectPath: `/api/v1/assignments/${offer.id}/reject`,
  });
}

/** A follow-up task's notice: the task, and the lead it is about as its holder gets it. */
export function taskFields(
  lead: Lead,
  assignment: { id: string; priceCents: number | null },
  task: { id: string; title: string; dueAt: number },
): Fields {
  return {
    ...leadFields(lead, assignment),
    notice: "task_due",
    taskId: task.id,
    taskTitle: task.title,
    taskDueAt: new Date(task.dueAt).toISOString(),
  };
}

function withoutEmpty(fields: Fields): Fields {
  for (const key of Object.keys(fields))
    if (fields[key] === null || fields[key] === undefined) delete fields[key];
  return fields;
}

/** The fields a receiver gets: all of them under their own names, or exactly the mapped ones. */
export function mapFields(fields: Fields, mapping: readonly FieldMapping[] | undefined): Fields {
  if (!mapping || mapping.length === 0) return fields;
  const out: Fields = {};
  for (const m of mapping) {
    if (m.value !== undefined) out[m.name] = m.value;
    else if (m.template !== undefined) out[m.name] = fillTemplate(m.template, fields);
    else out[m.name] = fields[m.from ?? m.name] ?? null;
  }
  return out;
}

/** `{{name}}` replaced by the field's value (empty when it has none), each value passed through `escape`. */
export function fillTemplate(
  template: string,
  fields: Fields,
  escape: (s: string) => string = (s) => s,
): string {
  return template.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g, (_, name: string) => {
    const v = fields[name];
    return v === null || v === undefined ? "" : escape(String(v));
  });
}

export function encodeBody(format: BodyFormat, fields: Fields): Body {
  switch (format) {
    case "json":
      return { contentType: "application/json", body: JSON.stringify(fields) };
    case "xml":
      return { contentType: "application/xml", body: toXml(fields) };
    case "form":
      return { contentType: "application/x-www-form-urlencoded", body: toForm(fields) };
  }
}

/** Name-value pairs; a field without a value is sent empty, so the receiver still sees its name. */
export function toForm(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) params.append(k, v === null ? "" : String(v));
  return params.toString();
}

/** `<lead>` with one element per field; a field without a value is an empty element. */
function toXml(fields: Fields): string {
  const elements = Object.entries(fields).map(([k, v]) =>
    v === null ? `<${k}/>` : `<${k}>${escapeXml(String(v))}</${k}>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<lead>${elements.join("")}</lead>\n`;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

const XML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};
