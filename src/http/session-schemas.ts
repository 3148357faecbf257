import { Type, type Static } from "typebox";
import { ROLES } from "../domain/user.js";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../services/passwords.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import { signedIn, type SignedIn } from "../services/sessions.js";
import { getRecipient } from "../services/recipients.js";
import type { User } from "../domain/user.js";
import type { App, Deps } from "./app.js";
import { errors } from "./schemas.js";
import { setSessionCookie } from "./session-cookie.js";

export const Email = Type.String({ pattern: "^[^\\s@]+@[^\\s@]+$", maxLength: 254 });

/** A password being set; checking one accepts anything up to the longest a password may be. */
export const NewPassword = Type.String({
  minLength: MIN_PASSWORD_LENGTH,
  maxLength: MAX_PASSWORD_LENGTH,
  description: `${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
});

export const Role = Type.Union([
  Type.Literal(ROLES[0]),
  Type.Literal(ROLES[1]),
  Type.Literal(ROLES[2]),
  Type.Literal(ROLES[3]),
]);

/** The signed-in user, as the web app learns who it is. */
export const SessionView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  recipient: Type.Union([Type.String(), Type.Null()]),
  actsFor: Type.Union(
    [
      Type.Object({
        key: Type.String(),
        name: Type.String(),
        kind: Type.Union([Type.Literal("agent"), Type.Literal("partner"), Type.Literal("buyer")]),
      }),
      Type.Null(),
    ],
    { description: "the recipient the user acts for, so screens speak a buyer's or a partner's language" },
  ),
  csrfToken: Type.String({
    description:
      "send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie",
  }),
});

export async function sessionView(deps: Deps, s: SignedIn): Promise<Static<typeof SessionView>> {
  const recipient = s.user.recipient ? await getRecipient(deps.store, s.user.recipient) : undefined;
  return {
    id: s.user.id,
    email: s.user.email,
    name: s.user.name,
    role: s.user.role,
    recipient: s.user.recipient,
    actsFor: recipient ? { key: recipient.key, name: recipient.name, kind: recipient.kind } : null,
    csrfToken: s.csrfToken,
  };
}

/** A one-time token from an invite or reset link, as it appears in the path. */
export const LinkToken = Type.String({ pattern: "^[A-Za-z0-9_-]{20,100}$" });

/** Signs the caller in to a session just opened: sets its cookie and answers the session's view. */
export async function startSession(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  opened: { user: User; sessionId: string },
): Promise<Static<typeof SessionView>> {
  setSessionCookie(request, reply, opened.sessionId);
  return sessionView(deps, signedIn(opened.user, opened.sessionId));
}

/** A link from an email (an invite or a password reset) whose token sets a password and signs in. */
export function passwordLinkRoute(
  app: App,
  deps: Deps,
  route: {
    url: string;
    summary: string;
    description: string;
    use: (deps: Deps, token: string, password: string) => Promise<{ user: User; sessionId: string }>;
  },
): void {
  app.post(
    route.url,
    {
      schema: {
        tags: ["session"],
        summary: route.summary,
        description: route.description,
        params: Type.Object({ token: LinkToken }),
        body: Type.Object({ password: NewPassword }, { additionalProperties: false }),
        response: { 200: SessionView, ...errors(404, 422) },
      },
    },
    async (request, reply) =>
      startSession(deps, request, reply, await route.use(deps, request.params.token, request.body.password)),
  );
}
