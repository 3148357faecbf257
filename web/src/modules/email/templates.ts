import type { paths } from "../../api/schema";

export type Template =
  paths["/api/v1/templates/{key}"]["get"]["responses"][200]["content"]["application/json"];

export type Rendered =
  paths["/api/v1/templates/preview"]["post"]["responses"][200]["content"]["application/json"];

/** A template's parts as the editor holds them: an empty text part means "made from the HTML". */
export interface Parts {
  subject: string;
  html: string;
  text: string;
}

/** The parts as the API takes them: `text: null` when the text part is left to the HTML. */
export const partsBody = (parts: Parts) => ({
  subject: parts.subject,
  html: parts.html,
  text: parts.text.trim() === "" ? null : parts.text,
});

/** Whether the parts can be rendered at all: the API needs a subject and some HTML. */
export const renderable = (parts: Parts) => parts.subject.trim() !== "" && parts.html.trim() !== "";

/** A first template for a new one to start from, with the variables most templates use. */
export const STARTER: Parts = {
  subject: "{{ lead.firstName }}, your quote is ready",
  html:
    "<p>Hi {{ lead.firstName }},</p>\n<p>Thanks for asking about {{ lead.category }}. " +
    "We will call you shortly.</p>\n<p>{{ sender.name }}</p>",
  text: "",
};

/** Where the preview's data comes from: a sample for a category's fields, or a stored lead. */
export type PreviewSource = { kind: "sample"; category: string } | { kind: "lead"; leadId: string };

export const previewOf = (source: PreviewSource) =>
  source.kind === "lead"
    ? source.leadId.trim()
      ? { leadId: source.leadId.trim() }
      : {}
    : source.category
      ? { category: source.category }
      : {};
