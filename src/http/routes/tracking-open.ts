import { Type } from "typebox";
import { recordOpen } from "../../services/email-tracking.js";
import type { App, Deps } from "../app.js";
import { errors } from "../schemas.js";
import { TokenParams, withToken } from "../tracking.js";

/** A transparent 1×1 GIF. */
const PIXEL = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export default function trackingOpenRoute(app: App, deps: Deps): void {
  app.get(
    "/t/o/*",
    {
      schema: {
        tags: ["nurture"],
        summary: "A nurture email's open pixel",
        description:
          "No credentials: the signed token in the path is the authority. Answers a 1×1 GIF and records " +
          "`email_opened` on the lead's timeline once per message. A token this server did not sign is " +
          "refused (404), changes nothing, and counts as a failed authentication of the caller's address.",
        params: TokenParams,
        response: {
          200: Type.Unsafe<Buffer>({
            description: "a transparent 1×1 GIF",
            type: "string",
            format: "binary",
          }),
          ...errors(400, 404, 429),
        },
      },
    },
    async (request, reply) => {
      await withToken(deps, request, (token) => recordOpen(deps.store, token));
      return reply
        .type("image/gif")
        .header("cache-control", "no-store")
        .header("cross-origin-resource-policy", "cross-origin")
        .send(PIXEL);
    },
  );
}
