import { recordClick } from "../../services/email-tracking.js";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { TokenParams, withToken } from "../tracking.js";

export default function trackingClickRoute(app: App, deps: Deps): void {
  app.get(
    "/t/c/*",
    {
      schema: {
        tags: ["nurture"],
        summary: "A nurture email's signed click link",
        description:
          "No credentials: the signed token in the path names the lead, the message and the address the " +
          "link leads to. Records `email_clicked` (once per message and address) and redirects (302) there. " +
          "Only a signed address is ever redirected to: a token this server did not sign is refused (404), " +
          "changes nothing, and counts as a failed authentication of the caller's address.",
        params: TokenParams,
        response: errors(400, 404, 429),
      },
    },
    async (request, reply) => {
      const url = await withToken(deps, request, (token) => recordClick(deps.store, token));
      return reply
        .header("cache-control", "no-store")
        .header("referrer-policy", "no-referrer")
        .redirect(url, 302);
    },
  );
}
