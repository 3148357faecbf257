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

export function renderLeadForm(
  source: Source,
  category: Category,
  redirect: string | undefined,
  state: FormState = { values: {}, errors: [] },
): string {
  const shown = new Set([...CONTACT.map((f) => f.key), ...category.fields.map((f) => f.key)]);
  const field = fieldState(state);
  const contactInputs = CONTACT.map((f) => {
    const { value, error, aria } = field(f.key);
    return `<label>${esc(f.label)}<input name="${f.key}" type="${f.type}" autocomplete="${f.autocomplete}"${value === undefined ? "" : ` value="${esc(value)}"`}${f.required ? " required" : ""}${aria}>${error}</label>`;
  }).join("\n      ");
  const customInputs = category.fields.map((f) => customInput(f, field(f.key))).join("\n      ");
  const elsewhere = state.errors.filter((e) => !shown.has(e.field));
  const summary =
    state.errors.length === 0
      ? ""
      : `<div class="problems" role="alert"><p>Please check the ${state.errors.length === 1 ? "field" : "fields"} marked below.</p>${
          elsewhere.length === 0
            ? ""
            : `<ul>${elsewhere.map((e) => `<li>${esc(e.message)}</li>`).join("")}</ul>`
        }</div>`;
  return page(
    category.name,
    `<form method="post" action="/api/v1/leads" enctype="application/x-www-form-urlencoded">
    <h1>${esc(category.name)}</h1>
    ${summary}
    <input type="hidden" name="intakeKey" value="${esc(source.intakeKey)}">
    ${redirect ? `<input type="hidden" name="redirect" value="${esc(redirect)}">` : ""}
    <input type="hidden" name="consentText" value="${esc(CONSENT_TEXT)}">
      ${contactInputs}
      ${customInputs}
    <label class="check"><input type="checkbox" required> ${esc(CONSENT_TEXT)}</label>
    <button type="submit">Send</button>
  </form>`,
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

function page(title: string, main: string): string {
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
  /** The field's error message element, or "". */
  error: string;
  /** The attributes that tie the input to its error, or "". */
  aria: string;
}

function fieldState(state: FormState): (key: string) => FieldView {
  return (key) => {
    const raw = state.values[key];
    const value = typeof raw === "string" ? raw : Array.isArray(raw) ? raw.map(String).join(", ") : undefined;
    const messages = state.errors.filter((e) => e.field === key).map((e) => e.message);
    if (messages.length === 0) return { value, error: "", aria: "" };
    return {
      value,
      error: `<span class="error" id="error-${esc(key)}">${esc(messages.join("; "))}</span>`,
      aria: ` aria-invalid="true" aria-describedby="error-${esc(key)}"`,
    };
  };
}

function customInput(f: FieldSpec, { value, error, aria }: FieldView): string {
  const label = esc(f.label ?? humanize(f.key));
  const required = f.required ? " required" : "";
  const valueAttr = value === undefined ? "" : ` value="${esc(value)}"`;
  const option = (v: string, text: string) =>
    `<option value="${esc(v)}"${value === v ? " selected" : ""}>${esc(text)}</option>`;
  switch (f.type) {
    case "enum":
      return `<label>${label}<select name="${f.key}"${required}${aria}><option value=""></option>${(
        f.options ?? []
      )
        .map((o) => option(o, o))
        .join("")}</select>${error}</label>`;
    case "boolean":
      // Not a checkbox: a hidden "false" beside it would post both values once it is ticked.
      return `<label>${label}<select name="${f.key}"${required}${aria}><option value=""></option>${option("true", "Yes")}${option("false", "No")}</select>${error}</label>`;
    case "number":
      return `<label>${label}<input name="${f.key}" type="number" step="any"${valueAttr}${required}${aria}>${error}</label>`;
    case "string":
      return `<label>${label}<input name="${f.key}" type="text"${f.pattern ? ` pattern="${esc(f.pattern)}"` : ""}${valueAttr}${required}${aria}>${error}</label>`;
  }
}

const humanize = (key: string): string =>
  key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .replace(/^./, (c) => c.toUpperCase());

function esc(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}
