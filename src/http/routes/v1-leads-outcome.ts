import { Type } from "typebox";
import { recordOutcome } from "../../services/outcomes.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { OutcomeFields, RecordedOutcome, recordedOutcome } from "../outcome-schemas.js";
import { errors } from "../schemas.js";

export default function leadsOutcome(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/outcome",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Say what became of a lead: contacted, sold (with an amount) or bad (with a reason)",
        description:
          "Staff, or the user of a recipient holding the lead (accepted, claimed or delivered). The " +
          "outcome goes on the lead's timeline (an `outcome` event) and into the reports: contacted is " +
          "the lead's first contact if it had none, sold counts as won and its amount replaces the " +
          "recipient's price in sales, bad counts like a return (without a credit). Saying the same " +
          "outcome again replaces its amount or reason. Staff name `recipient` when several hold the " +
          "lead. Buyers' systems can call the recipient's postback URL instead (docs/DELIVERY.md).",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          { ...OutcomeFields, recipient: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: RecordedOutcome, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const recorded = await recordOutcome(deps.store, request.params.id, request.body, {
        principal: principalOf(request),
      });
      if (recorded.pausedSource) deps.intake.configs.forget();
      return recordedOutcome(recorded.event);
    },
  );
}
