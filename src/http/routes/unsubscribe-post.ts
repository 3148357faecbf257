import { unsubscribeByLink } from "../../services/email-tracking.js";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { preferencePage, sendPage, TokenParams, withToken } from "../tracking.js";

export default function unsubscribePostRoute(app: App, deps: Deps): void {
  app.register(async (scope: App) => {
    // RFC 8058 lets a mail client post its one-click body as multipart/form-data; the body says
    // nothing the token does not, so it is not read.
    scope.addContentTypeParser("multipart/form-data", (_request, _payload, done) => done(null, undefined));
    scope.post(
      "/u/*",
      {
        schema: {
          tags: ["nurture"],
          summary: "One-click unsubscribe (RFC 8058), and the preference page's form",
          description:
            "No credentials: the signed token in the path names the lead, the message and the address. " +
            "The address goes on the suppression list and the lead's timeline gets `unsubscribed` (once per " +
            "message), which ends its nurture sequences. Any body (`List-Unsubscribe=One-Click`, the page's " +
            "form, none) is accepted and not read. Answers 200 with a page saying so, again on a repeat. A " +
            "token this server did not sign is refused (404) and changes nothing.",
          params: TokenParams,
          response: errors(400, 404, 429),
        },
      },
      async (request, reply) => {
        const state = await withToken(deps, request, (token) => unsubscribeByLink(deps.store, token));
        return sendPage(reply, preferencePage(state));
      },
    );
  });
}
