import { Type } from "typebox";
import { recordBehavior } from "../../services/behavior.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors, EventType } from "../schemas.js";
import { EventView, eventView } from "../work-views.js";

export default function leadEventsRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/events",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["work"],
        summary:
          "Record what a lead did (email_opened, email_clicked, page_visit, form_fill, call_connected, ...)",
        description:
          "Adds the event to the lead's timeline and rescores the lead: its field score plus the " +
          "decayed points of its category's behavioral rules; the priority band follows the score. " +
          "The type is one every category takes or one its behavioral rules name; a type Carousel " +
          "writes itself (received, offered, call, ...) is 422 `reserved`, any other 422 `unknown`.",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            type: EventType,
            data: Type.Optional(Type.Object({}, { additionalProperties: true, maxProperties: 50 })),
          },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({
            event: EventView,
            score: Type.Number(),
            priority: Type.String(),
            fieldScore: Type.Number(),
            behaviorScore: Type.Number(),
          }),
          ...errors(401, 403, 404, 422),
        },
      },
    },
    async (request, reply) => {
      const { type, data } = request.body;
      const scored = await recordBehavior(
        deps.store,
        request.params.id,
        { type, data: data as Record<string, unknown> | undefined },
        principalOf(request),
      );
      return reply.status(201).send({ ...scored, event: eventView(scored.event) });
    },
  );
}
