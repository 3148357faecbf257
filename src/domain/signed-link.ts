import { createHmac, timingSafeEqual } from "node:crypto";

/*
 * The links a nurture email carries back to Carousel: its open pixel, each link the reader may
 * click, and its unsubscribe link. Each is a token that says which lead and which message it is
 * for (and, for a click, where it leads), signed with the server's secret. The server keeps no
 * table of them: a token it signed is one it can read back, and any change to a token (another
 * lead, another message, another address to redirect to, another kind) breaks its signature.
 */

/** What a signed link stands for. */
export type SignedLink =
  | { kind: "open"; leadId: string; messageId: string }
  | { kind: "click"; leadId: string; messageId: string; url: string }
  | { kind: "unsubscribe"; leadId: string; messageId: string; email: string };

export type SignedLinkKind = SignedLink["kind"];

/** The longest token read at all: a click link's target is at most `MAX_TARGET_LENGTH`. */
export const MAX_TOKEN_LENGTH = 4096;
/** The longest address a click link may lead to. */
export const MAX_TARGET_LENGTH = 2048;

const KIND_CODES: Record<SignedLinkKind, string> = { open: "o", click: "c", unsubscribe: "u" };

/**
 * The token for `link`: its fields as base64url JSON, a dot, and their HMAC-SHA256 under `secret`.
 *
 * @example
 * signLink(secret, { kind: "open", leadId: "lead_1", messageId: "<m1@example.com>" });
 */
export function signLink(secret: string, link: SignedLink): string {
  const fields: Record<string, string> = { k: KIND_CODES[link.kind], l: link.leadId, m: link.messageId };
  if (link.kind === "click") fields["u"] = link.url;
  if (link.kind === "unsubscribe") fields["e"] = link.email;
  const payload = Buffer.from(JSON.stringify(fields)).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

/**
 * What `token` stands for, if this server signed it as a link of `kind`; undefined for anything
 * else (a changed byte, a token of another kind, a click target that is not http(s)).
 */
export function readLink<K extends SignedLinkKind>(
  secret: string,
  token: string,
  kind: K,
): Extract<SignedLink, { kind: K }> | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined;
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".")) return undefined;
  const payload = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(secret, payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  if (typeof fields !== "object" || fields === null) return undefined;
  const { k, l, m, u, e } = fields as Record<string, unknown>;
  if (k !== KIND_CODES[kind] || typeof l !== "string" || typeof m !== "string") return undefined;
  const base = { leadId: l, messageId: m };
  const link: SignedLink | undefined =
    kind === "open"
      ? { kind, ...base }
      : kind === "click"
        ? typeof u === "string" && isTrackableUrl(u)
          ? { kind, ...base, url: u }
          : undefined
        : typeof e === "string"
          ? { kind: "unsubscribe", ...base, email: e }
          : undefined;
  return link as Extract<SignedLink, { kind: K }> | undefined;
}

/** Whether a click link may lead to `url`: an absolute http(s) address of a sane length. */
export function isTrackableUrl(url: string): boolean {
  if (url.length > MAX_TARGET_LENGTH || !/^https?:\/\//i.test(url)) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}

const mac = (secret: string, payload: string): string =>
  createHmac("sha256", secret).update(`link:${payload}`).digest("base64url");
