import { XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "../domain/errors.js";
import type { App } from "./app.js";

const xml = new XMLParser({
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: true,
  ignoreDeclaration: true,
  processEntities: true,
  htmlEntities: false,
});

/** Lead bodies arrive as JSON, as a plain HTML form, or as a `<lead>` XML document. */
export function registerBodyParsers(app: App): void {
  app.removeContentTypeParser("text/plain");
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    const out: Record<string, string | string[]> = Object.create(null) as Record<string, string | string[]>;
    for (const [key, value] of new URLSearchParams(body as string)) {
      const prior = out[key];
      out[key] = prior === undefined ? value : Array.isArray(prior) ? [...prior, value] : [prior, value];
    }
    done(null, { ...out });
  });

  app.addContentTypeParser(["application/xml", "text/xml"], { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, parseLeadXml(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

export function parseLeadXml(text: string): Record<string, unknown> {
  // Entity declarations are how XML bombs and external-entity reads start; a lead never needs one.
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
