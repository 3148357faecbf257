import type { FastifyReply, FastifyRequest } from "fastify";
import { Type } from "typebox";
import { MAX_TOKEN_LENGTH } from "../domain/signed-link.js";
import type { UnsubscribeState } from "../services/email-tracking.js";
import type { Deps } from "./app.js";
import { esc, page } from "./lead-form-page.js";

/*
 * The public addresses a nurture email's links lead to. A token is the whole authority: the
 * caller needs no credentials, and a token this server did not sign is refused (404) and counts
 * as a failed authentication of the caller's address, as a wrong postback URL does.
 */

/** The token is the rest of the path: a click token carries its target, past a path part's limit. */
export const TokenParams = Type.Object({
  "*": Type.String({ maxLength: MAX_TOKEN_LENGTH, pattern: "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$" }),
});

/** Runs `use` on the token unless the caller's address has failed too often; a refusal counts as a failure. */
export async function withToken<T>(
  deps: Deps,
  request: FastifyRequest<{ Params: { "*": string } }>,
  use: (token: string) => Promise<T>,
): Promise<T> {
  deps.limits.failedAuth.check(request.ip);
  try {
    return await use(request.params["*"]);
  } catch (error) {
    deps.limits.failedAuth.failed(request.ip);
    throw error;
  }
}

/** No script, no outside resource; the form posts back here only. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";

/** Sends a tracking page: never cached, never indexed, and no token leaks as a Referer. */
export function sendPage(reply: FastifyReply, html: string): FastifyReply {
  return reply
    .type("text/html; charset=utf-8")
    .header("content-security-policy", PAGE_CSP)
    .header("cache-control", "no-store")
    .header("referrer-policy", "no-referrer")
    .header("x-robots-tag", "noindex")
    .send(html);
}

/** The preference page: whose address, from whom, and one button that unsubscribes it from all. */
export function preferencePage(state: UnsubscribeState): string {
  const from = state.senderName ? ` from ${esc(state.senderName)}` : "";
  if (state.unsubscribed)
    return page(
      "You are unsubscribed",
      `<main><h1>You are unsubscribed</h1><p><strong>${esc(state.email)}</strong> gets no more emails${from}.</p></main>`,
    );
  return page(
    "Unsubscribe",
    `<main><h1>Unsubscribe</h1>
  <p>Stop all emails${from} to <strong>${esc(state.email)}</strong>?</p>
  <form method="post">
    <input type="hidden" name="List-Unsubscribe" value="One-Click">
    <button type="submit">Unsubscribe from all</button>
  </form></main>`,
  );
}
