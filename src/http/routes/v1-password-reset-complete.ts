import type { App, Deps } from "../app.js";
import { passwordLinkRoute } from "../session-schemas.js";

export default function completePasswordResetRoute(app: App, deps: Deps): void {
  passwordLinkRoute(app, deps, {
    url: "/api/v1/password-reset/:token",
    summary: "Set a new password from a reset link and sign in",
    description: "Every other session of the user ends. The token works once.",
    use: (d, token, password) => d.onboarding.resetPassword(token, password),
  });
}
