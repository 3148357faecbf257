import { Type } from "typebox";
import { getCategory, getSource } from "../../services/catalog.js";
import { notFound } from "../../domain/errors.js";
import type { Category } from "../../domain/category.js";
import type { Source } from "../../domain/source.js";
import type { App, Deps } from "../app.js";
import { FORM_PAGE_CSP, renderLeadForm } from "../lead-form-page.js";

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
      const { source, category } = await formOf(deps, request.params.sourceKey);
      return reply
        .type("text/html; charset=utf-8")
        .header("Content-Security-Policy", FORM_PAGE_CSP)
        .send(renderLeadForm(source, category, request.query.redirect));
    },
  );
}

/** The enabled source behind a form and its category; 404 for any other. */
export async function formOf(deps: Deps, sourceKey: string): Promise<{ source: Source; category: Category }> {
  const source = await getSource(deps.store, sourceKey);
  if (!source || !source.enabled) throw notFound(`form ${sourceKey}`);
  const category = await getCategory(deps.store, source.category);
  if (!category) throw notFound(`form ${sourceKey}`);
  return { source, category };
}
