import { Type } from "typebox";
import { getCategory, getSource } from "../../services/catalog.js";
import { notFound } from "../../domain/errors.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { leadForm, toSnippet } from "../lead-form-page.js";
import { errors } from "../schemas.js";
import { publicOriginOf } from "../session-cookie.js";

const EmbedView = Type.Object({
  formUrl: Type.String({ description: "the form's own page, to link to or show in an iframe" }),
  scriptUrl: Type.String({ description: "the script that renders the form into a host page" }),
  script: Type.String({ description: "the `<script>` tag to paste into a page" }),
  html: Type.String({ description: "a plain HTML `<form>` to paste into a page; it posts to the intake" }),
});

export default function sourceEmbedRoute(app: App, deps: Deps): void {
  app.get(
    "/api/v1/sources/:key/embed",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary: "How to put the source's lead form on a site: its page, a script tag and a plain HTML form",
        description:
          "All three carry the source's intake key and the category's fields as they are now; the page " +
          "and the script follow later changes of the fields, the pasted HTML does not.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: EmbedView, ...errors(401, 403, 404) },
      },
    },
    async (request) => {
      const source = await getSource(deps.store, request.params.key);
      if (!source) throw notFound(`source ${request.params.key}`);
      const category = await getCategory(deps.store, source.category);
      if (!category) throw notFound(`category ${source.category}`);
      const origin = publicOriginOf(deps.publicUrl, request);
      const scriptUrl = `${origin}/forms/${source.key}.js`;
      return {
        formUrl: `${origin}/forms/${source.key}`,
        scriptUrl,
        script: `<script src="${scriptUrl}" async></script>\n`,
        html: toSnippet(leadForm(source, category, { action: `${origin}/api/v1/leads`, heading: "h2" })),
      };
    },
  );
}
