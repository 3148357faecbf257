import type { App, Deps } from "../app.js";
import { deliveryPauseRoute } from "../delivery-pause.js";

export default function recipientDeliveryPause(app: App, deps: Deps): void {
  deliveryPauseRoute(app, deps, "pause");
}
