import type { FieldSpec } from "../category.js";
import type { Sender, TemplateParts } from "./render.js";

/** A stored email template. */
export interface EmailTemplate extends TemplateParts {
  key: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** Who nurture emails come from: the From line and the postal address their footer shows. */
export interface MailSender extends Sender {
  email: string;
  replyTo: string | null;
}

/** The sender until a manager sets one: enough for a preview; a real send asks for a real one. */
export const UNSET_SENDER: MailSender = { name: "", email: "", postalAddress: "", replyTo: null };

/** Whether nurture emails may go out: a From address and a postal address are required by law. */
export const senderProblem = (sender: MailSender): string | undefined =>
  !sender.email
    ? "set the sender's email address in Settings, Email first"
    : !sender.postalAddress
      ? "set the sender's postal address in Settings, Email first"
      : undefined;

/**
 * A made-up lead for previews: plain contact details and a value for each of the category's
 * fields (an option of a choice, a round number, yes, or a sample text).
 */
export function sampleLead(fields: readonly FieldSpec[] = []): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of fields) {
    values[f.key] =
      f.type === "enum"
        ? (f.options?.[0] ?? "")
        : f.type === "number"
          ? 100
          : f.type === "boolean"
            ? true
            : `sample ${f.label ?? f.key}`;
  }
  return {
    firstName: "Alex",
    lastName: "Sample",
    email: "alex.sample@example.com",
    phone: "+15155550123",
    address: "1 Sample Street",
    city: "Des Moines",
    state: "IA",
    zip: "50309",
    country: "US",
    fields: values,
    category: "",
    source: "",
    stage: "new",
    score: 0,
    priority: "warm",
    tags: [],
  };
}
