import { Type } from "typebox";
import { setDeliveriesPaused } from "../services/delivery/manage.js";
import type { App, Deps } from "./app.js";
import { allow, bearer, principalOf, STAFF } from "./auth.js";
import { errors, IsoOrNull } from "./schemas.js";

const View = Type.Object({
  recipient: Type.String(),
  paused: Type.Boolean(),
  pausedAt: IsoOrNull,
  waiting: Type.Integer({ description: "deliveries held back" }),
});

const pauseView = (s: { recipient: string; paused: boolean; pausedAt: number | null; waiting: number }) => ({
  ...s,
  pausedAt: s.pausedAt === null ? null : new Date(s.pausedAt).toISOString(),
});

/** `POST /api/v1/recipients/:key/delivery/pause` or `…/resume`: holds a recipient's deliveries back or lets them go. */
export function deliveryPauseRoute(app: App, deps: Deps, action: "pause" | "resume"): void {
  app.post(
    `/api/v1/recipients/:key/delivery/${action}`,
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["deliveries"],
        summary:
          action === "pause"
            ? "Hold the recipient's deliveries back; they wait and are sent after resume"
            : "Send the recipient's deliveries again, those that waited first",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        response: { 200: View, ...errors(401, 403, 404) },
      },
    },
    async (request) =>
      pauseView(
        await setDeliveriesPaused(deps.store, request.params.key, action === "pause", principalOf(request)),
      ),
  );
}
