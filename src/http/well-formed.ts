import type { FastifyRequest } from "fastify";
import { AppError, invalid } from "../domain/errors.js";
import type { App } from "./app.js";

/**
 * Text Carousel refuses wherever a request carries it, before any of it reaches a query:
 * a NUL character (PostgreSQL cannot store one, SQLite would cut text at it) and a lone
 * surrogate (not well-formed Unicode: each engine would store something else in its place).
 */
function badText(s: string): string | undefined {
  if (s.includes("\u0000")) return "contains a NUL character, which Carousel does not accept";
  if (!s.isWellFormed()) return "is not well-formed Unicode (it holds a lone surrogate)";
  return undefined;
}

/** Keys a body may not hold: JavaScript would read them as the prototype of every object. */
function forbiddenKey(key: string, value: unknown): boolean {
  return (
    key === "__proto__" ||
    (key === "constructor" && typeof value === "object" && value !== null && "prototype" in value)
  );
}

/**
 * Refuses a parsed body holding bad text or a prototype key, naming the field. The walk is
 * iterative (a body may nest thousands deep) and builds a field's path only once it found one.
 */
export function checkParsedBody(body: unknown): void {
  const pending: unknown[] = [body];
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value === "string") {
      if (badText(value) !== undefined) throw refusalAt(body);
    } else if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        if (badText(key) !== undefined || forbiddenKey(key, item)) throw refusalAt(body);
        pending.push(item);
      }
    }
  }
}

/**
 * `checkParsedBody` for a body parsed from JSON `text`, which it can mostly answer from the text
 * alone. Text decoded from UTF-8 holds no lone surrogate, and JSON allows no raw NUL, so either
 * can only come from a `\u` escape; a prototype key is spelled out unless escaped too. Text with
 * none of these parses to nothing refused, and the parsed body is walked only otherwise.
 */
export function checkParsedJson(text: string, body: unknown): void {
  if (text.includes("\\u") || text.includes("__proto__") || text.includes("constructor"))
    checkParsedBody(body);
}

/** The first refusal in `body`, found again depth-first with the path kept this time. */
function refusalAt(body: unknown): AppError {
  const pending: [unknown, string][] = [[body, ""]];
  const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === "string") {
      const problem = badText(value);
      if (problem) return textRefusal(path || "body", problem);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => pending.push([item, at(path, String(i))]));
    } else if (typeof value === "object" && value !== null) {
      for (const key of Object.keys(value)) {
        const item = (value as Record<string, unknown>)[key];
        const field = at(path, key);
        if (forbiddenKey(key, item))
          return new AppError(
            "bad_request",
            `the key ${key === "__proto__" ? "__proto__" : "constructor.prototype"} is refused: ` +
              "it names the prototype every object inherits from, a way to tamper with the server",
            [{ field, code: "forbidden_key", message: `${field} is a key Carousel does not accept` }],
          );
        const problem = badText(key);
        if (problem) return textRefusal(field, `(a key) ${problem}`);
        pending.push([item, field]);
      }
    }
  }
  return new AppError("malformed_body", "the body holds text Carousel does not accept");
}

const textRefusal = (field: string, problem: string): AppError =>
  invalid([{ field, code: "invalid_text", message: `${field} ${problem}` }]);

/**
 * Path parameters, the query string and headers are checked as each request arrives, before
 * any caller check or query reads them: a NUL in a lead id, a search term or an intake key
 * gets a 4xx on both engines. Bodies are checked as they are parsed (see body-parsers).
 */
export function refuseMalformedText(app: App): void {
  // A callback hook rather than an async one: it runs on every request, and waits for nothing.
  app.addHook("onRequest", (request: FastifyRequest, _reply, done) => {
    try {
      checkStrings(request.params, "path parameter");
      checkStrings(request.query, "query parameter");
      const headers = request.headers;
      for (const name in headers) {
        const value = headers[name];
        if (typeof value === "string" ? value.includes("\u0000") : Array.isArray(value) && value.some(hasNul))
          throw new AppError("bad_request", `the header ${name} contains a NUL character`, [
            { field: name, code: "invalid_text", message: `${name} contains a NUL character` },
          ]);
      }
    } catch (error) {
      done(error as Error);
      return;
    }
    done();
  });
}

const hasNul = (v: unknown): boolean => typeof v === "string" && v.includes("\u0000");

function checkStrings(values: unknown, kind: string): void {
  if (typeof values !== "object" || values === null) return;
  for (const name in values) {
    if (!Object.hasOwn(values, name)) continue;
    const value = (values as Record<string, unknown>)[name];
    for (const v of Array.isArray(value) ? value : [value]) {
      const problem = typeof v === "string" ? badText(v) : undefined;
      const keyProblem = badText(name);
      if (problem || keyProblem)
        throw invalid([
          {
            field: name,
            code: "invalid_text",
            message: `the ${kind} ${keyProblem ? "name" : name} ${problem ?? keyProblem}`,
          },
        ]);
    }
  }
}
