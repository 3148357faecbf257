import { Type } from "typebox";
import { logCall } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { EventView, eventView } from "../work-views.js";

const LeadParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Text = Type.String({ minLength: 1, maxLength: 5000 });

export default function leadCallsCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/calls",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Log a call to the lead (the first call is its first contact)",
        security: bearer,
        params: LeadParams,
        body: Type.Object(
          {
            outcome: Type.String({
              pattern: "^[a-z][a-z0-9_]{0,63}$",
              description: "e.g. connected, no_answer, voicemail, busy, wrong_number",
            }),
            durationSeconds: Type.Integer({ minimum: 0, maximum: 86_400 }),
            notes: Type.Optional(Text),
          },
          { additionalProperties: false },
        ),
        response: { 201: EventView, ...errors(401, 404, 422) },
      },
    },
    async (request, reply) => {
      const event = await logCall(deps.store, request.params.id, request.body, principalOf(request));
      return reply.status(201).send(eventView(event));
    },
  );
}
