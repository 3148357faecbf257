import { Type } from "typebox";
import { listSubscriptions } from "../../services/delivery/webhooks.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, STAFF } from "../auth.js";
import { WebhookView, webhookView } from "../delivery-view.js";

const View = WebhookView;
const Items = Type.Object({ items: Type.Array(View) });

export default function webhooksList(app: App, deps: Deps): void {
  app.get(
    "/api/v1/webhooks",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["webhooks"],
        summary: "Webhook subscriptions",
        security: bearer,
        response: { 200: Items },
      },
    },
    async () => ({ items: (await listSubscriptions(deps.store)).map((s) => webhookView(s)) }),
  );
}
