import { unsubscribeState } from "../../services/email-tracking.js";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { preferencePage, sendPage, TokenParams, withToken } from "../tracking.js";

export default function unsubscribeGetRoute(app: App, deps: Deps): void {
  app.get(
    "/u/*",
    {
      schema: {
        tags: ["nurture"],
        summary: "A nurture email's preference page",
        description:
          "No credentials: the signed token in the path names the address. An HTML page (no script) with " +
          "one form that unsubscribes the address from all nurture email; loading it changes nothing, so " +
          "a mail scanner that follows links unsubscribes nobody. A token this server did not sign is refused (404).",
        params: TokenParams,
        response: errors(400, 404, 429),
      },
    },
    async (request, reply) => {
      const state = await withToken(deps, request, (token) => unsubscribeState(deps.store, token));
      return sendPage(reply, preferencePage(state));
    },
  );
}
