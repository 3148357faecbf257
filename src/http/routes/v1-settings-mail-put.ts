import { putMailSender } from "../../services/mail-sender.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { MailSenderBody, MailSenderView, mailSenderView } from "../template-schemas.js";

export default function settingsMailPut(app: App, deps: Deps): void {
  app.put(
    "/api/v1/settings/mail",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Set who nurture emails come from and the postal address their footer shows",
        security: bearer,
        body: MailSenderBody,
        response: { 200: MailSenderView, ...errors(401, 403, 422) },
      },
    },
    async (request) =>
      mailSenderView(
        await putMailSender(deps.store, principalOf(request), {
          ...request.body,
          replyTo: request.body.replyTo ?? null,
        }),
      ),
  );
}
