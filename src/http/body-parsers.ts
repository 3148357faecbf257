import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "../domain/errors.js";
import type { FastifyRequest } from "fastify";
import type { App } from "./app.js";
import { checkParsedBody, checkParsedJson } from "./well-formed.js";

const xml = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: true,
  ignoreDeclaration: true,
  processEntities: true,
  htmlEntities: false,
});

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Bodies arrive as JSON, as a plain HTML form, or as a `<lead>` XML document. Every body is
 * UTF-8 (another declared charset gets 415, bytes that are not UTF-8 get 400), and what it
 * parses to holds no NUL, no lone surrogate and no prototype key (see well-formed).
 */
export function registerBodyParsers(app: App): void {
  app.removeContentTypeParser(["text/plain", "application/json"]);
  app.addContentTypeParser("application/json", { parseAs: "buffer" }, (req, body, done) => {
    const text = bodyText(req, body as Buffer);
    if (text.trim() === "") {
      // A DELETE or an action without a body of its own may come with a content type and no body.
      if (!req.routeOptions.schema?.body) return done(null, undefined);
      throw new AppError("malformed_body", "the body is empty; send a JSON object");
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new AppError(
        "malformed_body",
        `the body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    checkParsedJson(text, parsed);
    done(null, parsed);
  });

  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "buffer" }, (req, body, done) => {
    const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    for (const [key, value] of new URLSearchParams(bodyText(req, body as Buffer))) {
      const prior = out[key];
      out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
    const parsed = { ...out };
    checkParsedBody(parsed);
    done(null, parsed);
  });

  app.addContentTypeParser(["application/xml", "text/xml"], { parseAs: "buffer" }, (req, body, done) => {
    const parsed = parseLeadXml(bodyText(req, body as Buffer));
    checkParsedBody(parsed);
    done(null, parsed);
  });
}

/** The body as text, if it is UTF-8 and says it is (or says nothing). */
function bodyText(req: FastifyRequest, body: Buffer): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/i.exec(req.headers["content-type"] ?? "")?.[1];
  if (charset !== undefined && !/^utf-?8$/i.test(charset))
    throw new AppError(
      "unsupported_media_type",
      `the body declares charset ${charset}; Carousel accepts UTF-8 only (send charset=utf-8 or none)`,
    );
  try {
    return utf8.decode(body);
  } catch {
    throw new AppError("malformed_body", "the body is not valid UTF-8");
  }
}

export function parseLeadXml(text: string): Record<string, unknown> {
  // Entity declarations are how XML bombs and external-entity reads start; a lead never needs one.
  const encoding = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
  if (encoding !== undefined && !/^utf-?8$/i.test(encoding))
    throw new AppError(
      "unsupported_media_type",
      `the XML declares encoding ${encoding}; Carousel accepts UTF-8 only`,
    );
  if (/<!DOCTYPE|<!ENTITY/i.test(text))
    throw new AppError("malformed_body", "XML with a DOCTYPE or ENTITY is not accepted");
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new AppError("malformed_body", `malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Record<string, unknown>;
  try {
    doc = xml.parse(text) as Record<string, unknown>;
  } catch (error) {
    // The validator lets through what the parser still refuses, e.g. a <__proto__> element.
    throw new AppError(
      "malformed_body",
      `malformed XML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const roots = Object.keys(doc);
  const lead = doc["lead"];
  if (roots.length !== 1 || lead === undefined)
    throw new AppError("malformed_body", "the XML document must have one <lead> root element");
  if (lead === "") return {};
  if (typeof lead !== "object" || lead === null || Array.isArray(lead))
    throw new AppError("malformed_body", "<lead> must contain one element per field");
  return { ...(lead as Record<string, unknown>) };
}
