import { Type } from "typebox";
import { explainScore } from "../../services/score-explanation.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors, Json, Nullable } from "../schemas.js";

const iso = (ms: number) => new Date(ms).toISOString();

export default function leadsScore(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id/score",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["work"],
        summary: "A lead's score now, explained: which fields and which events gave which points",
        description:
          "The score is the field score intake gave plus each scored event's points, decayed by " +
          "its rule's half-life to now; the band follows. `fields` are the category's field " +
          "rules the lead meets (a part with `when: null` is what rules since changed gave at " +
          "intake). `events` give each event's points when it happened and what they are worth " +
          "now. `history` is every change of the score: intake (`fields`), an `event`, or " +
          "`decay` crossing a band. For staff, and for the agent or partner that holds the lead.",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({
            leadId: Type.String(),
            score: Type.Number(),
            band: Type.String(),
            fieldScore: Type.Number(),
            behaviorScore: Type.Number(),
            fields: Type.Array(
              Type.Object({
                when: Nullable(
                  Type.Array(
                    Type.Object({ field: Type.String(), op: Type.String(), value: Type.Optional(Json) }),
                  ),
                ),
                points: Type.Number(),
              }),
            ),
            events: Type.Array(
              Type.Object({
                id: Type.String(),
                type: Type.String(),
                at: Type.String(),
                points: Type.Number(),
                pointsNow: Type.Number(),
                halfLifeDays: Nullable(Type.Number()),
              }),
            ),
            history: Type.Array(
              Type.Object({
                at: Type.String(),
                score: Type.Number(),
                band: Type.String(),
                cause: Type.Union([
                  Type.Literal("fields"),
                  Type.Literal("event"),
                  Type.Literal("decay"),
                  Type.Literal("rules"),
                  Type.Literal("sequence"),
                ]),
                event: Nullable(Type.Object({ id: Type.String(), type: Type.String() })),
                /** The nurture sequence and step that set the score (cause `sequence`). */
                sequence: Nullable(Type.Object({ key: Type.String(), step: Type.String() })),
              }),
            ),
            nextBandChangeAt: Nullable(Type.String()),
          }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => {
      const s = await explainScore(deps.store, request.params.id, principalOf(request));
      return {
        ...s,
        events: s.events.map((e) => ({ ...e, at: iso(e.at) })),
        history: s.history.map((h) => ({ ...h, at: iso(h.at) })),
        nextBandChangeAt: s.nextBandChangeAt === null ? null : iso(s.nextBandChangeAt),
      };
    },
  );
}
