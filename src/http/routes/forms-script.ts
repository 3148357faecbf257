import { Type } from "typebox";
import type { App, Deps } from "../app.js";
import { leadForm, toScript } from "../lead-form-page.js";
import { publicOriginOf } from "../session-cookie.js";
import { formOf } from "./forms-get.js";

export default function leadFormScriptRoute(app: App, deps: Deps): void {
  app.get(
    "/forms/:sourceKey.js",
    {
      schema: {
        tags: ["forms"],
        summary: "A script that renders a source's lead form into any page that loads it",
        description:
          'Embed with `<script src="https://carousel.example.com/forms/{sourceKey}.js" async></script>`: ' +
          "the form appears where the tag stands (or in the element whose id is in `data-target`) and posts " +
          "to the public intake; `data-redirect` names the page a person lands on after sending it.",
        params: Type.Object({ sourceKey: Type.String({ maxLength: 64 }) }),
      },
    },
    async (request, reply) => {
      const { source, category } = await formOf(deps, request.params.sourceKey);
      const form = leadForm(source, category, {
        action: `${publicOriginOf(deps.publicUrl, request)}/api/v1/leads`,
        heading: "h2",
      });
      return reply
        .type("text/javascript; charset=utf-8")
        .header("cache-control", "no-cache")
        .header("x-content-type-options", "nosniff")
        .header("cross-origin-resource-policy", "cross-origin")
        .send(toScript(form));
    },
  );
}
