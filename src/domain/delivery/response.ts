import { compilePattern, type Pattern } from "../patterns.js";

/**
 * A test on a response body: a regular expression, or a JSON path (`$.result.status`,
 * `data.items[0].id`) whose value equals `equals` (or, without `equals`, is present and not
 * false, null or empty).
 */
export interface BodyMatch {
  regex?: string;
  jsonPath?: string;
  equals?: string | number | boolean;
}

/** Status codes and/or a body match. */
export interface ResponseRule {
  status?: number[];
  body?: BodyMatch;
}

/** Where in a response body a value is: a JSON path, or a regex whose first group (or match) is it. */
export interface ValueAt {
  jsonPath?: string;
  regex?: string;
}

/** How a receiver's answer is read. Absent rules are the defaults: 2xx delivers, 4xx rejects. */
export interface ResponseRules {
  /** Delivered when the status is one of these (default: any 2xx) and the body matches, if given. */
  success?: ResponseRule;
  /** The receiver declined the lead (e.g. "rejected", "duplicate"): when the status or the body matches. */
  reject?: ResponseRule & { reasonPath?: string };
  read?: { externalId?: ValueAt; price?: ValueAt };
}

export interface ReceivedResponse {
  status: number;
  body: string;
}

export type Verdict =
  | { kind: "delivered"; externalId?: string; priceCents?: number }
  | { kind: "rejected"; reason: string }
  | { kind: "retry"; reason: string };

/**
 * What an answer means. A reject rule's match is a rejection whatever the status; then the
 * success rule; then by status: 4xx is the receiver's rejection, except 408 and 429, which ask
 * to come back later; everything else (5xx, a 2xx that fails the success rule, 1xx, 3xx) is tried again.
 */
export function judgeResponse(response: ReceivedResponse, rules: ResponseRules): Verdict {
  const { status } = response;
  const json = lazyJson(response.body);
  const reject = rules.reject;
  if (
    reject &&
    (reject.status?.includes(status) || (reject.body && matches(reject.body, response.body, json)))
  )
    return { kind: "rejected", reason: rejectionReason(response, reject.reasonPath, json) };
  const success = rules.success;
  const statusOk = success?.status ? success.status.includes(status) : status >= 200 && status < 300;
  if (statusOk && (!success?.body || matches(success.body, response.body, json))) {
    const verdict: Verdict = { kind: "delivered" };
    const externalId = rules.read?.externalId && valueAt(rules.read.externalId, response.body, json);
    if (externalId !== undefined && externalId !== null)
      verdict.externalId = String(externalId).slice(0, 200);
    const price = rules.read?.price && Number(valueAt(rules.read.price, response.body, json));
    if (typeof price === "number" && Number.isFinite(price)) verdict.priceCents = Math.round(price * 100);
    return verdict;
  }
  if (status >= 400 && status < 500 && status !== 408 && status !== 429)
    return { kind: "rejected", reason: rejectionReason(response, reject?.reasonPath, json) };
  return {
    kind: "retry",
    reason: statusOk ? `HTTP ${status}: the body does not match the success rule` : `HTTP ${status}`,
  };
}

function rejectionReason(response: ReceivedResponse, path: string | undefined, json: () => unknown): string {
  const named = path === undefined ? undefined : jsonPath(json(), path);
  if (named !== undefined && named !== null && typeof named !== "object") return String(named).slice(0, 500);
  const body = response.body.trim().slice(0, 200);
  return body ? `HTTP ${response.status}: ${body}` : `HTTP ${response.status}`;
}

export function matches(match: BodyMatch, body: string, json: () => unknown = lazyJson(body)): boolean {
  if (match.regex !== undefined && !runs(match.regex)?.test(body)) return false;
  if (match.jsonPath !== undefined) {
    const v = jsonPath(json(), match.jsonPath);
    if (match.equals !== undefined)
      return v === match.equals || (v !== undefined && String(v) === String(match.equals));
    return v !== undefined && v !== null && v !== false && v !== "";
  }
  return true;
}

/** The value a `ValueAt` names in a body, or undefined. */
export function readValue(at: ValueAt, body: string): unknown {
  return valueAt(at, body, lazyJson(body));
}

function valueAt(at: ValueAt, body: string, json: () => unknown): unknown {
  if (at.jsonPath !== undefined) return jsonPath(json(), at.jsonPath);
  if (at.regex !== undefined) {
    return runs(at.regex)?.firstGroup(body);
  }
  return undefined;
}

/** `$.a.b[0].c` or `a.b.0.c`: the value there, or undefined. */
export function jsonPath(value: unknown, path: string): unknown {
  const steps = path
    .replace(/^\$\.?/, "")
    .split(/[.[\]]+/)
    .filter((s) => s !== "");
  let at = value;
  for (const step of steps) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** The body parsed as JSON on first use; undefined when it is not JSON. */
function lazyJson(body: string): () => unknown {
  let parsed: { value: unknown } | undefined;
  return () => {
    if (!parsed) {
      try {
        parsed = { value: JSON.parse(body) as unknown };
      } catch {
        parsed = { value: undefined };
      }
    }
    return parsed.value;
  };
}

/** A rule's pattern, or undefined when RE2 cannot run it (one saved before rules were checked): it matches nothing. */
function runs(source: string): Pattern | undefined {
  const compiled = compilePattern(source);
  return compiled.ok ? compiled.pattern : undefined;
}
