import { mailSender } from "../../services/mail-sender.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { MailSenderView, mailSenderView } from "../template-schemas.js";

export default function settingsMailGet(app: App, deps: Deps): void {
  app.get(
    "/api/v1/settings/mail",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Who nurture emails come from, and the postal address their footer shows",
        security: bearer,
        response: { 200: MailSenderView, ...errors(401, 403) },
      },
    },
    async () => mailSenderView(await mailSender(deps.store)),
  );
}
