import { encodeBody, mapFields, toForm, type Body, type Fields } from "../../domain/delivery/payload.js";
import { judgeResponse } from "../../domain/delivery/response.js";
import type { DeliverySettings } from "../../domain/recipient.js";
import { errorText, excerpt, type DeliveryChannel, type ReceivedAnswer, type SendResult } from "./channel.js";

export const DEFAULT_TIMEOUT_SECONDS = 10;
/** The most of a response body that is read; enough for any rule, bounded for a misbehaving receiver. */
const READ_LIMIT = 256 * 1024;

/**
 * HTTP delivery: JSON, XML or name-value pairs by POST or PUT, or name-value pairs in the query
 * of a GET; the receiver's answer is judged by the recipient's success and reject rules. SMS,
 * voice and fax gateways are HTTP receivers like any other.
 */
export const httpChannel: DeliveryChannel = {
  render(fields: Fields, settings: DeliverySettings): Body {
    const mapped = mapFields(fields, settings.fields);
    if ((settings.method ?? "POST") === "GET")
      return { contentType: "application/x-www-form-urlencoded", body: toForm(mapped) };
    return encodeBody(settings.format ?? "json", mapped);
  },

  async send(payload: unknown, settings: DeliverySettings, idempotencyKey: string): Promise<SendResult> {
    const { contentType, body } = payload as Body;
    const method = settings.method ?? "POST";
    const url =
      method === "GET" && body
        ? `${settings.url}${settings.url?.includes("?") ? "&" : "?"}${body}`
        : settings.url;
    const headers: Record<string, string> = {
      "user-agent": "Carousel",
      ...(method === "GET" ? {} : { "content-type": contentType }),
      ...lowerCased(settings.headers),
      ...authorization(settings),
      "idempotency-key": idempotencyKey,
    };
    const request = { method, url: url ?? "", headers: masked(headers), body: method === "GET" ? "" : body };
    if (!url)
      return {
        request,
        response: noAnswer("no url is configured", 0),
        outcome: { kind: "give_up", reason: "no url is configured" },
      };
    const timeoutMs = (settings.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
    const started = performance.now();
    let response: ReceivedAnswer;
    try {
      const res = await fetch(url, {
        method,
        headers,
        ...(method === "GET" ? {} : { body }),
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await readLimited(res);
      response = {
        status: res.status,
        headers: Object.fromEntries(res.headers),
        body: text,
        error: null,
        durationMs: Math.round(performance.now() - started),
      };
    } catch (error) {
      const reason =
        error instanceof Error && error.name === "TimeoutError"
          ? `no answer within ${timeoutMs / 1000} s`
          : errorText(error);
      const answer = noAnswer(reason, Math.round(performance.now() - started));
      return { request, response: answer, outcome: { kind: "retry", reason } };
    }
    const outcome = judgeResponse({ status: response.status!, body: response.body }, settings);
    return { request, response: { ...response, body: excerpt(response.body) }, outcome };
  },
};

export function authorization(settings: DeliverySettings): Record<string, string> {
  const auth = settings.auth;
  if (!auth) return {};
  if (auth.type === "bearer") return { authorization: `Bearer ${auth.token}` };
  return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString("base64")}` };
}

export function lowerCased(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = v;
  return out;
}

/** Credentials stay out of the record: the scheme is kept, the secret is not. */
function masked(headers: Record<string, string>): Record<string, string> {
  const out = { ...headers };
  if (out["authorization"]) out["authorization"] = `${out["authorization"].split(" ")[0]} ***`;
  return out;
}

function noAnswer(error: string, durationMs: number): ReceivedAnswer {
  return { status: null, headers: {}, body: "", error, durationMs };
}

export async function readLimited(res: Response): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size >= READ_LIMIT) {
      await reader.cancel();
      break;
    }
  }
  return Buffer.concat(chunks).toString("utf8");
}
