import type { Category, FieldSpec } from "../domain/category.js";
import type { ErrorDetail } from "../domain/errors.js";
import type { Source } from "../domain/source.js";

/** No script at all, inline or not: the pages work with plain HTML forms. */
export const FORM_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action *";

/** What a person typed, and what was wrong with it, when the form comes back to them. */
export interface FormState {
  values: Record<string, unknown>;
  errors: ErrorDetail[];
}

const CONTACT: { key: string; label: string; type: string; autocomplete: string; required?: boolean }[] = [
  { key: "firstName", label: "First name", type: "text", autocomplete: "given-name", required: true },
  { key: "lastName", label: "Last name", type: "text", autocomplete: "family-name", required: true },
  { key: "email", label: "Email", type: "email", autocomplete: "email", required: true },
  { key: "phone", label: "Phone", type: "tel", autocomplete: "tel" },
  { key: "address", label: "Street address", type: "text", autocomplete: "street-address" },
  { key: "zip", label: "ZIP code", type: "text", autocomplete: "postal-code" },
];

const CONSENT_TEXT =
  "By submitting this form I agree to be contacted about my request by phone, text or email, " +
  "including by automated means. Consent is not a condition of purchase.";

/** Where the form posts and returns to; the defaults suit the form page served by Carousel itself. */
export interface FormOptions {
  /** The intake URL: absolute when the form sits on another site. */
  action?: string;
  redirect?: string | undefined;
  state?: FormState;
  /** h1 on the form's own page; h2 inside a host's page, below its own title. */
  heading?: "h1" | "h2";
}

export function renderLeadForm(
  source: Source,
  category: Category,
  redirect: string | undefined,
  state: FormState = { values: {}, errors: [] },
): string {
  return page(category.name, toHtml(leadForm(source, category, { redirect, state })));
}

/**
 * The lead form as a tree of elements, built once: the form page and the HTML snippet serialize it
 * as markup (every text and attribute escaped), the script embed builds it with DOM calls.
 */
export function leadForm(source: Source, category: Category, options: FormOptions = {}): Element {
  const state = options.state ?? { values: {}, errors: [] };
  const shown = new Set([...CONTACT.map((f) => f.key), ...category.fields.map((f) => f.key)]);
  const field = fieldState(state);
  const contactInputs = CONTACT.map((f) => {
    const { value, error, aria } = field(f.key);
    return h(
      "label",
      {},
      f.label,
      h("input", {
        name: f.key,
        type: f.type,
        autocomplete: f.autocomplete,
        ...(value === undefined ? {} : { value }),
        ...(f.required ? { required: true } : {}),
        ...aria,
      }),
      ...error,
    );
  });
  const customInputs = category.fields.map((f) => customInput(f, field(f.key)));
  const elsewhere = state.errors.filter((e) => !shown.has(e.field));
  const summary =
    state.errors.length === 0
      ? []
      : [
          h(
            "div",
            { class: "problems", role: "alert" },
            h("p", {}, `Please check the ${state.errors.length === 1 ? "field" : "fields"} marked below.`),
            ...(elsewhere.length === 0 ? [] : [h("ul", {}, ...elsewhere.map((e) => h("li", {}, e.message)))]),
          ),
        ];
  return h(
    "form",
    {
      class: "carousel-form",
      method: "post",
      action: options.action ?? "/api/v1/leads",
      enctype: "application/x-www-form-urlencoded",
    },
    h(options.heading ?? "h1", {}, category.name),
    ...summary,
    h("input", { type: "hidden", name: "intakeKey", value: source.intakeKey }),
    ...(options.redirect ? [h("input", { type: "hidden", name: "redirect", value: options.redirect })] : []),
    h("input", { type: "hidden", name: "consentText", value: CONSENT_TEXT }),
    ...contactInputs,
    ...customInputs,
    h("label", { class: "check" }, h("input", { type: "checkbox", required: true }), ` ${CONSENT_TEXT}`),
    h("button", { type: "submit" }, "Send"),
  );
}

/** The answer a person sees once the lead is stored (or was stored before). */
export function renderThanks(duplicate: boolean): string {
  const text = duplicate
    ? "We already have your request, so there is no need to send it again. We will be in touch soon."
    : "We received your request and will be in touch soon.";
  return page("Thank you", `<main><h1>Thank you</h1><p>${esc(text)}</p></main>`);
}

/** A refusal that is not about the fields (an unknown or disabled form, a limit): said plainly. */
export function renderProblem(message: string): string {
  return page(
    "Your request was not sent",
    `<main><h1>Your request was not sent</h1><p>${esc(message)}</p></main>`,
  );
}

/** A small public page of Carousel's (a form, an unsubscribe): plain HTML, no script. */
export function page(title: string, main: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <style>
    body { font: 16px/1.4 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1d2330; }
    form { max-width: 32rem; display: grid; gap: .75rem; }
    label { display: grid; gap: .25rem; font-weight: 600; }
    label.check { display: flex; gap: .5rem; font-weight: 400; font-size: .85rem; }
    input, select { font: inherit; padding: .5rem; border: 1px solid #b8bfcc; border-radius: 4px; }
    button { font: inherit; padding: .65rem 1rem; background: #2350d8; color: #fff; border: 0; border-radius: 4px; }
    .error { color: #b00020; font-weight: 400; font-size: .9rem; }
    [aria-invalid="true"] { border-color: #b00020; }
    .problems { border: 1px solid #b00020; border-radius: 4px; padding: .5rem .75rem; color: #b00020; }
  </style>
</head>
<body>
  ${main}
</body>
</html>
`;
}

interface FieldView {
  /** The value to show again, or undefined for none. */
  value: string | undefined;
  /** The field's error message element, if it has one. */
  error: Element[];
  /** The attributes that tie the input to its error. */
  aria: Record<string, string>;
}

function fieldState(state: FormState): (key: string) => FieldView {
  return (key): FieldView => {
    const raw = state.values[key];
    const value = typeof raw === "string" ? raw : Array.isArray(raw) ? raw.map(String).join(", ") : undefined;
    const messages = state.errors.filter((e) => e.field === key).map((e) => e.message);
    if (messages.length === 0) return { value, error: [], aria: {} };
    return {
      value,
      error: [h("span", { class: "error", id: `error-${key}` }, messages.join("; "))],
      aria: { "aria-invalid": "true", "aria-describedby": `error-${key}` },
    };
  };
}

function customInput(f: FieldSpec, { value, error, aria }: FieldView): Element {
  const label = f.label ?? humanize(f.key);
  const required: Attributes = f.required ? { required: true } : {};
  const option = (v: string, text: string) =>
    h("option", { value: v, ...(value === v ? { selected: true } : {}) }, text);
  const select = (...options: Element[]) =>
    h(
      "label",
      {},
      label,
      h("select", { name: f.key, ...required, ...aria }, h("option", { value: "" }), ...options),
      ...error,
    );
  const input = (attrs: Attributes) =>
    h(
      "label",
      {},
      label,
      h("input", { name: f.key, ...attrs, ...(value === undefined ? {} : { value }), ...required, ...aria }),
      ...error,
    );
  switch (f.type) {
    case "enum":
      return select(...(f.options ?? []).map((o) => option(o, o)));
    case "boolean":
      // Not a checkbox: a hidden "false" beside it would post both values once it is ticked.
      return select(option("true", "Yes"), option("false", "No"));
    case "number":
      return input({ type: "number", step: "any" });
    case "string":
      return input({ type: "text", ...(f.pattern ? { pattern: f.pattern } : {}) });
  }
}

const humanize = (key: string): string =>
  key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .replace(/^./, (c) => c.toUpperCase());

/** An attribute's value, or `true` for a boolean attribute that is simply present. */
type Attributes = Record<string, string | true>;

/** An element of a form: a tag Carousel chose, attributes and text that may carry anything. */
export interface Element {
  tag: string;
  attrs: Attributes;
  children: (Element | string)[];
}

const h = (tag: string, attrs: Attributes, ...children: (Element | string)[]): Element => ({
  tag,
  attrs,
  children,
});

const VOID = new Set(["input"]);

/** The element as markup, every text and attribute value escaped. */
export function toHtml(node: Element | string): string {
  if (typeof node === "string") return esc(node);
  const attrs = Object.entries(node.attrs)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${esc(value)}"`))
    .join("");
  if (VOID.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${node.children.map(toHtml).join("")}</${node.tag}>`;
}

export function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

/** The form as a snippet to paste into a page: one child of the form a line, so it reads and diffs. */
export function toSnippet(form: Element): string {
  const open = toHtml({ ...form, children: [] }).replace(/<\/form>$/, "");
  return `${open}\n${form.children.map((c) => `  ${toHtml(c)}`).join("\n")}\n</form>\n`;
}

/**
 * A script that builds the form with DOM calls where its own `<script>` tag stands (or into the
 * element named by its `data-target`): no markup is parsed and nothing is evaluated, so it runs
 * under a host page's strict CSP and Trusted Types. `data-redirect` sends the person back to the
 * host's own thank-you page.
 */
export function toScript(form: Element): string {
  // Escaped so the data stays data even if someone pastes the script inline.
  const data = JSON.stringify(form)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `/* A Carousel lead form: it appears where the script tag that loads this file stands. */
(function () {
  "use strict";
  var me = document.currentScript;
  function build(node) {
    if (typeof node === "string") return document.createTextNode(node);
    var el = document.createElement(node.tag);
    Object.keys(node.attrs).forEach(function (name) {
      var value = node.attrs[name];
      el.setAttribute(name, value === true ? "" : value);
    });
    node.children.forEach(function (child) {
      el.appendChild(build(child));
    });
    return el;
  }
  var form = build(${data});
  var redirect = me && me.getAttribute("data-redirect");
  if (redirect) {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "redirect";
    input.value = redirect;
    form.insertBefore(input, form.firstChild);
  }
  var target = me && me.getAttribute("data-target");
  var into = target ? document.getElementById(target) : null;
  if (into) into.appendChild(form);
  else if (me && me.parentNode) me.parentNode.insertBefore(form, me.nextSibling);
})();
`;
}
