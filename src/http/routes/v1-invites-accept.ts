import type { App, Deps } from "../app.js";
import { passwordLinkRoute } from "../session-schemas.js";

export default function acceptInviteRoute(app: App, deps: Deps): void {
  passwordLinkRoute(app, deps, {
    url: "/api/v1/invites/:token/accept",
    summary: "Accept an invite: choose a password and sign in",
    description: "The token is the last part of the invite link. It works once and expires after 7 days.",
    use: (d, token, password) => d.onboarding.acceptInvite(token, password),
  });
}
