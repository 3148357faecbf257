import { Type } from "typebox";
import type { Category, FieldSpec } from "../../domain/category.js";
import { notFound } from "../../domain/errors.js";
import type { Source } from "../../domain/source.js";
import { getCategory } from "../../store/queries/categories.js";
import { getSource } from "../../store/queries/sources.js";
import type { App, Deps } from "../app.js";

export default function leadFormRoute(app: App, deps: Deps): void {
  app.get(
    "/forms/:sourceKey",
    {
      schema: {
        tags: ["forms"],
        summary: "An embeddable HTML form for a source, built from its category's fields",
        params: Type.Object({ sourceKey: Type.String({ maxLength: 64 }) }),
        querystring: Type.Object(
          { redirect: Type.Optional(Type.String({ maxLength: 2048, pattern: "^https?://" })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const source = await getSource(deps.store.db, request.params.sourceKey);
      if (!source || !source.enabled) throw notFound(`form ${request.params.sourceKey}`);
      const category = await getCategory(deps.store.db, source.category);
      if (!category) throw notFound(`form ${request.params.sourceKey}`);
      return reply
        .type("text/html; charset=utf-8")
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action *")
        .send(renderLeadForm(source, category, request.query.redirect));
    },
  );
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

export function renderLeadForm(source: Source, category: Category, redirect: string | undefined): string {
  const contactInputs = CONTACT.map(
    (f) =>
      `<label>${esc(f.label)}<input name="${f.key}" type="${f.type}" autocomplete="${f.autocomplete}"${f.required ? " required" : ""}></label>`,
  ).join("\n      ");
  const customInputs = category.fields.map(customInput).join("\n      ");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(category.name)}</title>
  <style>
    body { font: 16px/1.4 system-ui, sans-serif; margin: 0; padding: 1rem; color: #1d2330; }
    form { max-width: 32rem; display: grid; gap: .75rem; }
    label { display: grid; gap: .25rem; font-weight: 600; }
    label.check { display: flex; gap: .5rem; font-weight: 400; font-size: .85rem; }
    input, select { font: inherit; padding: .5rem; border: 1px solid #b8bfcc; border-radius: 4px; }
    button { font: inherit; padding: .65rem 1rem; background: #2350d8; color: #fff; border: 0; border-radius: 4px; }
  </style>
</head>
<body>
  <form method="post" action="/api/v1/leads" enctype="application/x-www-form-urlencoded">
    <h1>${esc(category.name)}</h1>
    <input type="hidden" name="intakeKey" value="${esc(source.intakeKey)}">
    ${redirect ? `<input type="hidden" name="redirect" value="${esc(redirect)}">` : ""}
    <input type="hidden" name="consentText" value="${esc(CONSENT_TEXT)}">
      ${contactInputs}
      ${customInputs}
    <label class="check"><input type="checkbox" required> ${esc(CONSENT_TEXT)}</label>
    <button type="submit">Send</button>
  </form>
</body>
</html>
`;
}

function customInput(f: FieldSpec): string {
  const label = esc(f.label ?? humanize(f.key));
  const required = f.required ? " required" : "";
  switch (f.type) {
    case "enum":
      return `<label>${label}<select name="${f.key}"${required}><option value=""></option>${(f.options ?? [])
        .map((o) => `<option value="${esc(o)}">${esc(o)}</option>`)
        .join("")}</select></label>`;
    case "boolean":
      // Not a checkbox: a hidden "false" beside it would post both values once it is ticked.
      return `<label>${label}<select name="${f.key}"${required}><option value=""></option><option value="true">Yes</option><option value="false">No</option></select></label>`;
    case "number":
      return `<label>${label}<input name="${f.key}" type="number" step="any"${required}></label>`;
    case "string":
      return `<label>${label}<input name="${f.key}" type="text"${f.pattern ? ` pattern="${esc(f.pattern)}"` : ""}${required}></label>`;
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
