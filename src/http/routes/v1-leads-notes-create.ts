import { Type } from "typebox";
import { addNote } from "../../services/work.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";
import { EventView, eventView } from "../work-views.js";

const LeadParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
const Text = Type.String({ minLength: 1, maxLength: 5000 });

export default function leadNotesCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads/:id/notes",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "Add a note to a lead's timeline",
        security: bearer,
        params: LeadParams,
        body: Type.Object({ text: Text }, { additionalProperties: false }),
        response: { 201: EventView, ...errors(401, 404, 422) },
      },
    },
    async (request, reply) => {
      const event = await addNote(deps.store, request.params.id, request.body.text, principalOf(request));
      return reply.status(201).send(eventView(event));
    },
  );
}
