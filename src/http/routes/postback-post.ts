import type { App, Deps } from "../app.js";
import { postbackRoute } from "../postback.js";

export default function postbackPost(app: App, deps: Deps): void {
  postbackRoute(app, deps, "POST");
}
