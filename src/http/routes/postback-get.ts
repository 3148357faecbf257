import type { App, Deps } from "../app.js";
import { postbackRoute } from "../postback.js";

export default function postbackGet(app: App, deps: Deps): void {
  postbackRoute(app, deps, "GET");
}
