import { createSequence } from "../../services/sequences.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import { errors } from "../schemas.js";
import { SequenceBody, SequenceView, sequenceView } from "../sequence-schemas.js";

export default function sequencesCreate(app: App, deps: Deps): void {
  app.post(
    "/api/v1/sequences",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["nurture"],
        summary: "Create a nurture sequence",
        description:
          "Steps run in order: `wait` (seconds, or `until` a time of day in the lead's time zone), `email` (a template), " +
          "`branch` (to a later step id, or `end`, when a condition holds), `set` (stage, score, tags), `task` (for the " +
          "lead's holder), `webhook` and `sms` (an HTTP gateway). A step's `id` (its position from 1 by default) names it " +
          "for branches and for `opened`/`clicked` conditions. Emails and texts go out once each, inside `window`, within " +
          "`dailyLimit` and the server's sending rate; an unsubscribe, bounce or exit rule stops the lead before its next step.",
        security: bearer,
        body: SequenceBody,
        response: { 201: SequenceView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) => {
      const { window, dailyLimit, ...rest } = request.body;
      const sequence = await createSequence(deps.store, principalOf(request), {
        ...rest,
        window: window ?? null,
        dailyLimit: dailyLimit ?? null,
      });
      return reply.status(201).send(sequenceView(sequence));
    },
  );
}
