import { isDeepStrictEqual } from "node:util";
import { AppError, notFound } from "../domain/errors.js";
import { systemEvent, type SystemEvent } from "../domain/events.js";
import { readLink, isTrackableUrl, signLink, type SignedLink } from "../domain/signed-link.js";
import { suppressionValue } from "../domain/suppression.js";
import { decodeEntities } from "../domain/templates/html-to-text.js";
import { escapeHtml, withFooter } from "../domain/templates/render.js";
import type { Sender } from "../domain/templates/render.js";
import { getLead, insertEvent, listEventsOfType } from "../store/queries/leads.js";
import { serverSecret } from "../store/queries/outcomes.js";
import { insertSuppressions, suppressedAmong } from "../store/queries/suppressions.js";
import { lockLead } from "../store/queries/work.js";
import type { Store, Tx } from "../store/store.js";
import { rescore } from "./behavior.js";
import { mailSender } from "./mail-sender.js";

/** The server secret that signs the links of nurture emails (see `signed-link`). */
const LINK_SECRET = "email_links";

const linkSecret = (store: Store, now: number): Promise<string> => serverSecret(store, LINK_SECRET, now);

/** One nurture email about to go out: whose, which message, and where its links lead back to. */
export interface TrackedMessage {
  leadId: string;
  /** The message's stable id (its Message-ID): opens, clicks and unsubscribes name it. */
  messageId: string;
  /** The address it goes to, which its unsubscribe link takes off the list; the lead's own when absent. */
  email?: string | undefined;
  /** Where people reach this server (`CAROUSEL_PUBLIC_URL`), without a trailing slash. */
  publicUrl: string | undefined;
}

/** A tracked email's parts and the headers it must be sent with. */
export interface TrackedEmail {
  html: string;
  text: string;
  /** `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058 one-click unsubscribe). */
  headers: Record<string, string>;
  unsubscribeUrl: string;
}

/** The links of one message: whose it is, which message, and the address it goes to. */
export interface LinkedMessage {
  leadId: string;
  messageId: string;
  email: string;
}

/**
 * What makes nurture emails' links, built once from the link secret and the public URL: the
 * unsubscribe link a template may show, and the finished email. Pure, so a pass that sends
 * inside a transaction reads the secret once before it.
 */
export interface EmailTracker {
  unsubscribeUrl(message: LinkedMessage): string;
  track(message: LinkedMessage & { html: string; text: string; sender: Sender }): TrackedEmail;
}

/** The secret that signs nurture emails' links (made on first use). */
export const emailLinkSecret = linkSecret;

export function emailTracker(secret: string, publicUrl: string | undefined): EmailTracker {
  const base = baseUrl(publicUrl);
  const unsubscribeUrl = (message: LinkedMessage) =>
    `${base}/u/${signLink(secret, { kind: "unsubscribe", leadId: message.leadId, messageId: message.messageId, email: message.email })}`;
  return {
    unsubscribeUrl,
    track(message) {
      const of = { leadId: message.leadId, messageId: message.messageId };
      const unsubscribe = unsubscribeUrl(message);
      const footed = withFooter(message, { sender: message.sender, unsubscribeUrl: unsubscribe });
      const own = [`${base}/u/`, `${base}/t/`];
      const clickUrl = (url: string) => `${base}/t/c/${signLink(secret, { kind: "click", ...of, url })}`;
      const linked = footed.html.replace(LINK_TAG, (tag: string) =>
        tag.replace(HREF, (whole: string, before: string, ...quoted: (string | undefined)[]) => {
          const url = decodeEntities(quoted.slice(0, 3).find((v) => v !== undefined) ?? "").trim();
          if (!isTrackableUrl(url) || own.some((prefix) => url.startsWith(prefix))) return whole;
          return `${before}"${escapeHtml(clickUrl(url))}"`;
        }),
      );
      const pixel =
        `<img src="${escapeHtml(`${base}/t/o/${signLink(secret, { kind: "open", ...of })}`)}" ` +
        `width="1" height="1" alt="" style="display:block;width:1px;height:1px;border:0">`;
      const html = /<\/body\s*>/i.test(linked)
        ? linked.replace(/<\/body\s*>/i, `${pixel}</body>`)
        : `${linked}\n${pixel}`;
      return {
        html,
        text: footed.text,
        headers: {
          "List-Unsubscribe": `<${unsubscribe}>`,
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
        unsubscribeUrl: unsubscribe,
      };
    },
  };
}

/**
 * The message's one-click unsubscribe link. The same message always gets the same link, so a
 * template may show `{{ unsubscribeUrl }}` rendered from this and the footer is not added twice.
 */
export async function unsubscribeUrlFor(
  store: Store,
  message: TrackedMessage,
  now = Date.now(),
): Promise<string> {
  const [secret, email] = await Promise.all([linkSecret(store, now), addressOf(store, message)]);
  return emailTracker(secret, message.publicUrl).unsubscribeUrl({ ...message, email });
}

/**
 * A rendered nurture email made ready to send: the footer (the sender's name and postal
 * address, the unsubscribe link) added to each part that lacks it, every http(s) link of the
 * HTML part turned into a signed click link back to this server, an open pixel at its end, and
 * the RFC 8058 headers that let a mail client unsubscribe in one click. The text part's links
 * are left as written (a reader sees where they lead).
 */
export async function trackMessage(
  store: Store,
  message: TrackedMessage & { html: string; text: string; sender?: Sender | undefined },
  now = Date.now(),
): Promise<TrackedEmail> {
  baseUrl(message.publicUrl);
  const [secret, sender, email] = await Promise.all([
    linkSecret(store, now),
    message.sender ?? mailSender(store),
    addressOf(store, message),
  ]);
  return emailTracker(secret, message.publicUrl).track({ ...message, email, sender });
}

/** An `<a>` or `<area>` start tag, and the href in it (quoted either way, or bare). */
const LINK_TAG = /<(?:a|area)\b[^>]*>/gi;
const HREF = /(\shref\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

function baseUrl(publicUrl: string | undefined): string {
  if (!publicUrl)
    throw new AppError(
      "conflict",
      "CAROUSEL_PUBLIC_URL is not set: nurture emails need it for their unsubscribe and tracking links",
    );
  return publicUrl.replace(/\/+$/, "");
}

async function addressOf(store: Store, message: TrackedMessage): Promise<string> {
  const given = message.email ?? (await getLead(store, message.leadId))?.contact.email;
  const checked = suppressionValue("email", given ?? "");
  if (!checked.ok) throw new AppError("conflict", `lead ${message.leadId} has no email address to send to`);
  return checked.value;
}

/** What a token from a tracked email stands for, if this server signed it as a link of `kind`. */
export async function readTrackingLink<K extends SignedLink["kind"]>(
  store: Store,
  token: string,
  kind: K,
  now = Date.now(),
): Promise<Extract<SignedLink, { kind: K }>> {
  const link = readLink(await linkSecret(store, now), token, kind);
  if (!link) throw notFound("this link");
  return link;
}

/**
 * The open pixel was loaded: an `email_opened` event, once per message (a mail client loads the
 * pixel each time the email is shown), and the lead rescored. Answers whether it was the first.
 */
export async function recordOpen(store: Store, token: string, now = Date.now()): Promise<boolean> {
  const link = await readTrackingLink(store, token, "open", now);
  return store.transact((tx) =>
    recordOnce(tx, systemEvent("email_opened", link.leadId, now, null, { messageId: link.messageId })),
  );
}

/**
 * A click link was followed: an `email_clicked` event, once per message and address, and the
 * lead rescored. Answers the address the link leads to, which only a signed link can name.
 */
export async function recordClick(store: Store, token: string, now = Date.now()): Promise<string> {
  const link = await readTrackingLink(store, token, "click", now);
  const data = { messageId: link.messageId, url: link.url };
  await store.transact((tx) => recordOnce(tx, systemEvent("email_clicked", link.leadId, now, null, data)));
  return link.url;
}

/**
 * Writes a tracking event unless the lead has one of its type with the same data already (the
 * lead locked, so two at once write one), and rescores the lead. Answers whether it wrote it;
 * a lead that no longer exists gets nothing.
 */
async function recordOnce(
  tx: Tx,
  event: SystemEvent<"email_opened" | "email_clicked" | "unsubscribed">,
): Promise<boolean> {
  if (!(await lockLead(tx, event.leadId))) return false;
  const earlier = await listEventsOfType(tx, event.leadId, event.type);
  if (earlier.some((e) => isDeepStrictEqual(e.data, event.data))) return false;
  await insertEvent(tx, event);
  const lead = await getLead(tx, event.leadId);
  if (lead) await rescore(tx, lead, undefined, event.at, { event });
  return true;
}

/** What the preference page shows for an unsubscribe link. */
export interface UnsubscribeState {
  email: string;
  senderName: string;
  /** Whether the address is already on the suppression list. */
  unsubscribed: boolean;
}

export async function unsubscribeState(
  store: Store,
  token: string,
  now = Date.now(),
): Promise<UnsubscribeState> {
  const link = await readTrackingLink(store, token, "unsubscribe", now);
  const [listed, sender] = await Promise.all([
    suppressedAmong(store, "email", [link.email]),
    mailSender(store),
  ]);
  return { email: link.email, senderName: sender.name, unsubscribed: listed.has(link.email) };
}

/**
 * The address an unsubscribe link was sent to goes on the suppression list (no email reaches it
 * again, whoever holds the lead), and the lead's timeline gets an `unsubscribed` event once per
 * message, which ends its nurture sequences. Saying it twice changes nothing more.
 */
export async function unsubscribeByLink(
  store: Store,
  token: string,
  now = Date.now(),
): Promise<UnsubscribeState> {
  const link = await readTrackingLink(store, token, "unsubscribe", now);
  await store.transact(async (tx) => {
    await insertSuppressions(tx, [
      {
        kind: "email",
        value: link.email,
        reason: "unsubscribed",
        actor: `lead:${link.leadId}`,
        createdAt: now,
      },
    ]);
    await recordOnce(
      tx,
      systemEvent("unsubscribed", link.leadId, now, null, { messageId: link.messageId, email: link.email }),
    );
  });
  return { email: link.email, senderName: (await mailSender(store)).name, unsubscribed: true };
}
