import { Type, type Static } from "typebox";
import { TEMPLATE_LIMITS } from "../domain/templates/render.js";
import type { EmailTemplate, MailSender } from "../domain/templates/template.js";
import { Key, Name } from "./schemas.js";
import { Email } from "./session-schemas.js";

const Subject = Type.String({ minLength: 1, maxLength: TEMPLATE_LIMITS.subject });
const Html = Type.String({ minLength: 1, maxLength: TEMPLATE_LIMITS.html });
const Text = Type.Union([Type.String({ maxLength: TEMPLATE_LIMITS.text }), Type.Null()]);

/** An email template's parts as a client sends them; Liquid in each, `text` made from `html` when null. */
export const TemplateParts = {
  subject: Subject,
  html: Html,
  text: Type.Optional(Text),
};

export const TemplateBody = Type.Object(
  { key: Key, name: Name, ...TemplateParts },
  { additionalProperties: false },
);

export const TemplatePatch = Type.Object(
  {
    name: Type.Optional(Name),
    subject: Type.Optional(Subject),
    html: Type.Optional(Html),
    text: Type.Optional(Text),
  },
  { additionalProperties: false },
);

/** Whose data fills a preview: a stored lead, a sample for a category's fields, or a plain sample. */
export const PreviewOf = {
  leadId: Type.Optional(Type.String({ maxLength: 64 })),
  category: Type.Optional(Type.String({ maxLength: 64 })),
};

export const TemplateView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  subject: Type.String(),
  html: Type.String(),
  text: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const templateView = (t: EmailTemplate): Static<typeof TemplateView> => ({
  key: t.key,
  name: t.name,
  subject: t.subject,
  html: t.html,
  text: t.text,
  createdAt: new Date(t.createdAt).toISOString(),
  updatedAt: new Date(t.updatedAt).toISOString(),
});

export const RenderedEmailView = Type.Object({
  subject: Type.String(),
  html: Type.String(),
  text: Type.String(),
});

export const MailSenderBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Email,
    postalAddress: Type.String({ minLength: 5, maxLength: 500 }),
    replyTo: Type.Optional(Type.Union([Email, Type.Null()])),
  },
  { additionalProperties: false },
);

export const MailSenderView = Type.Object({
  name: Type.String(),
  email: Type.String(),
  postalAddress: Type.String(),
  replyTo: Type.Union([Type.String(), Type.Null()]),
  /** Whether nurture emails can go out: false until an address and a postal address are set. */
  ready: Type.Boolean(),
});

export const mailSenderView = (s: MailSender): Static<typeof MailSenderView> => ({
  name: s.name,
  email: s.email,
  postalAddress: s.postalAddress,
  replyTo: s.replyTo,
  ready: Boolean(s.email && s.postalAddress),
});
