import { Liquid } from "liquidjs";
import { AppError, type ErrorDetail } from "../errors.js";
import type { Lead } from "../lead.js";
import { htmlToText } from "./html-to-text.js";

/** An email template as a manager writes it: Liquid in each part, the text part optional. */
export interface TemplateParts {
  subject: string;
  html: string;
  /** Made from the HTML when absent. */
  text: string | null;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** Who sends: shown in the footer every nurture email carries. */
export interface Sender {
  name: string;
  postalAddress: string;
}

/** What a template may read: the lead's contact and fields, the sender, and the links. */
export interface TemplateContext {
  lead: Record<string, unknown>;
  sender: Sender;
  /** The signed one-click unsubscribe link; null in a preview or a test send. */
  unsubscribeUrl: string | null;
}

export const TEMPLATE_LIMITS = { subject: 500, html: 60_000, text: 30_000 } as const;

// A template runs no code, reads no file (no template may be included or rendered by name, and
// there is no file system behind them), sees only an object's own properties, and is stopped
// when it takes too long or builds too much.
const SANDBOX = {
  templates: {},
  ownPropertyOnly: true,
  strictFilters: true,
  parseLimit: TEMPLATE_LIMITS.html,
  renderLimit: 250,
  memoryLimit: 10_000_000,
  cache: false,
} as const;
const htmlEngine = new Liquid({ ...SANDBOX, outputEscape: "escape" });
const textEngine = new Liquid(SANDBOX);
// The tags that name another template (a file, in other settings) do not parse, so a template
// that tries one is refused when it is saved, not when its first email goes out.
for (const engine of [htmlEngine, textEngine])
  for (const tag of ["include", "render", "layout"])
    engine.registerTag(tag, {
      parse() {
        throw new Error(`{% ${tag} %} is not allowed: a template cannot read another template or a file`);
      },
      render() {
        return "";
      },
    });

const PARTS = ["subject", "html", "text"] as const;

/** Each part that does not parse, with the parser's reason; none when the template is sound. */
export function templateProblems(parts: TemplateParts): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  for (const part of PARTS) {
    const source = parts[part];
    if (source === null) continue;
    try {
      (part === "html" ? htmlEngine : textEngine).parse(source);
    } catch (error) {
      problems.push({ field: part, code: "template", message: reasonOf(error) });
    }
  }
  return problems;
}

/**
 * The email a lead receives: each part rendered from the lead's own data (the HTML part
 * escapes every value), the text part made from the HTML when the template has none, and a
 * footer with the sender's postal address and the unsubscribe link added to each part that
 * does not already show them.
 */
export function renderEmail(parts: TemplateParts, context: TemplateContext): RenderedEmail {
  const subject = oneLine(render(textEngine, "subject", parts.subject, context));
  const html = render(htmlEngine, "html", parts.html, context);
  const text = parts.text === null ? htmlToText(html) : render(textEngine, "text", parts.text, context);
  return { subject, ...withFooter({ html, text }, context) };
}

/** What a footer shows: who sends, and the unsubscribe link (null: a preview's note instead). */
export type FooterOf = Pick<TemplateContext, "sender" | "unsubscribeUrl">;

/**
 * Both parts with the footer every nurture email carries (the sender's name and postal address,
 * the unsubscribe link) added to each part that does not already show them; a part that shows
 * them is left as it is, so adding the footer twice adds it once.
 */
export function withFooter(
  parts: { html: string; text: string },
  footer: FooterOf,
): { html: string; text: string } {
  return { html: withHtmlFooter(parts.html, footer), text: withTextFooter(parts.text, footer) };
}

/** A one-part text template (an SMS, a gateway parameter) rendered as plain text, sandboxed the same way. */
export function renderPlain(source: string, scope: object, part = "text"): string {
  return render(textEngine, part, source, scope);
}

/** Whether a one-part text template parses; its parser's reason when not. */
export function plainProblem(source: string): string | undefined {
  try {
    textEngine.parse(source);
    return undefined;
  } catch (error) {
    return reasonOf(error);
  }
}

/** The fields of a lead a template reads as `lead.*`; custom fields under `lead.fields`. */
export function leadScope(lead: Lead): Record<string, unknown> {
  const { lat: _lat, lon: _lon, ...contact } = lead.contact;
  return {
    ...contact,
    fields: { ...lead.fields },
    category: lead.category,
    source: lead.source,
    stage: lead.stage,
    score: lead.score,
    priority: lead.priority,
    tags: [...lead.tags],
  };
}

function render(engine: Liquid, part: string, source: string, scope: object): string {
  try {
    return engine.parseAndRenderSync(source, scope) as string;
  } catch (error) {
    throw new AppError("validation_failed", `the template's ${part} could not be rendered`, [
      { field: part, code: "template", message: reasonOf(error) },
    ]);
  }
}

/** A subject is one header line: no line break may end it early or add a header. */
const oneLine = (text: string): string => text.replace(/[\r\n\t]+/g, " ").trim();

const UNSUBSCRIBE_LATER = "You can unsubscribe with the link in every email we send.";

function withHtmlFooter(html: string, context: FooterOf): string {
  const lines: string[] = [];
  const { postalAddress, name } = context.sender;
  if (postalAddress && !html.includes(escapeHtml(postalAddress)))
    lines.push(`${escapeHtml(name)}, ${escapeHtml(postalAddress)}`);
  if (context.unsubscribeUrl === null) lines.push(escapeHtml(UNSUBSCRIBE_LATER));
  else if (!html.includes(escapeHtml(context.unsubscribeUrl)))
    lines.push(`<a href="${escapeHtml(context.unsubscribeUrl)}">Unsubscribe</a>`);
  if (lines.length === 0) return html;
  const footer = `<p style="font-size:12px;color:#666">${lines.join("<br>")}</p>`;
  return /<\/body\s*>/i.test(html) ? html.replace(/<\/body\s*>/i, `${footer}</body>`) : `${html}\n${footer}`;
}

function withTextFooter(text: string, context: FooterOf): string {
  const lines: string[] = [];
  const { postalAddress, name } = context.sender;
  if (postalAddress && !text.includes(postalAddress)) lines.push(`${name}, ${postalAddress}`);
  if (context.unsubscribeUrl === null) lines.push(UNSUBSCRIBE_LATER);
  else if (!text.includes(context.unsubscribeUrl)) lines.push(`Unsubscribe: ${context.unsubscribeUrl}`);
  return lines.length === 0 ? text : `${text}\n\n--\n${lines.join("\n")}`;
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The parser's own words, without the template's text echoed back at length.
  return message.split("\n")[0]!.slice(0, 300);
}
