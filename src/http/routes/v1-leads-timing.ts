import { Type } from "typebox";
import { leadTiming } from "../../services/reports.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const seconds = (from: number, to: number | null) => (to === null ? null : (to - from) / 1000);

const Seconds = Type.Union([Type.Number(), Type.Null()]);

export default function leadsTiming(app: App, deps: Deps): void {
  app.get(
    "/api/v1/leads/:id/timing",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["reports"],
        summary: "A lead's speed to lead: received, first offered, first accepted, first contact",
        security: bearer,
        params: Type.Object({ id: Type.String({ maxLength: 64 }) }),
        response: {
          200: Type.Object({
            leadId: Type.String(),
            receivedAt: Type.String(),
            firstOfferedAt: Type.Union([Type.String(), Type.Null()]),
            firstAcceptedAt: Type.Union([Type.String(), Type.Null()]),
            firstContactAt: Type.Union([Type.String(), Type.Null()]),
            secondsToOffer: Seconds,
            secondsToAccept: Seconds,
            secondsToContact: Seconds,
          }),
          ...errors(401, 404),
        },
      },
    },
    async (request) => {
      const t = await leadTiming(deps.store, request.params.id, principalOf(request));
      return {
        leadId: t.leadId,
        receivedAt: iso(t.receivedAt)!,
        firstOfferedAt: iso(t.firstOfferedAt),
        firstAcceptedAt: iso(t.firstAcceptedAt),
        firstContactAt: iso(t.firstContactAt),
        secondsToOffer: seconds(t.receivedAt, t.firstOfferedAt),
        secondsToAccept: seconds(t.receivedAt, t.firstAcceptedAt),
        secondsToContact: seconds(t.receivedAt, t.firstContactAt),
      };
    },
  );
}
