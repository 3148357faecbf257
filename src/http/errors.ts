import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, ERROR_STATUS, RateLimited, type ErrorCode, type ErrorDetail } from "../domain/errors.js";

interface AjvError {
  instancePath: string;
  schemaPath?: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Every error leaves as `{error: {code, message, details, requestId, retry}}`; never a stack trace. */
export function handleError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const appError = toAppError(error);
  if (appError.code === "internal") request.log.error({ err: error }, "unexpected error");
  if (appError instanceof RateLimited) void reply.header("retry-after", String(appError.retryAfterSeconds));
  void reply.status(appError.status).send({
    error: {
      code: appError.code,
      message: appError.message,
      details: appError.details,
      requestId: request.id,
      retry: appError.retry,
    },
    ...appError.extra,
  });
}

export function sendError(reply: FastifyReply, request: FastifyRequest, error: AppError): void {
  handleError(error, request, reply);
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_request",
  FST_ERR_CTP_EMPTY_JSON_BODY: "malformed_body",
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_body",
  FST_ERR_CTP_INVALID_TYPE: "unsupported_media_type",
  FST_ERR_MAX_PARAM_LENGTH: "uri_too_long",
  FST_ERR_BAD_URL: "bad_request",
};

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_MAX_PARAM_LENGTH: "a part of the path is too long",
  FST_ERR_BAD_URL: "the path is not a valid URL (it holds bytes that are not UTF-8)",
};

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validation?: AjvError[] };
  if (fe.validation)
    return new AppError("validation_failed", "the request is invalid", detailsOf(fe.validation));
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new AppError(mapped, FASTIFY_MESSAGES[fe.code] ?? fe.message);
  if (error instanceof SyntaxError || fe.statusCode === 400)
    return new AppError("malformed_body", fe.message);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((c) => ERROR_STATUS[c] === fe.statusCode);
    return new AppError(code ?? "bad_request", fe.message);
  }
  return new AppError("internal", "an unexpected error occurred; it has been logged");
}

/**
 * One detail per problem: a value outside a union of constants (an enum) gives one error per
 * constant and one for the union; they become one detail listing the allowed values.
 */
function detailsOf(errors: AjvError[]): ErrorDetail[] {
  const unions = errors.filter((e) => e.keyword === "anyOf" && e.schemaPath !== undefined);
  const inUnion = (e: AjvError, union: AjvError) =>
    e.instancePath === union.instancePath && e.schemaPath?.startsWith(`${union.schemaPath}/`) === true;
  const enums = unions.filter((u) => {
    const branches = errors.filter((e) => inUnion(e, u));
    return branches.length > 0 && branches.every((e) => e.keyword === "const");
  });
  const out: ErrorDetail[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const union = enums.find((u) => u === e || inUnion(e, u));
    let detail: ErrorDetail;
    if (union === undefined) detail = detailOf(e);
    else if (union !== e) continue;
    else {
      const allowed = errors.filter((b) => inUnion(b, union)).map((b) => String(b.params["allowedValue"]));
      const field = fieldOf(e);
      detail = { field, code: "enum", message: `${field} must be one of ${allowed.join(", ")}` };
    }
    const key = `${detail.field}\u0000${detail.code}\u0000${detail.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(detail);
  }
  return out;
}

const fieldOf = (e: AjvError): string => e.instancePath.replace(/^\//, "").replaceAll("/", ".") || "body";

function detailOf(e: AjvError): ErrorDetail {
  const path = e.instancePath.replace(/^\//, "").replaceAll("/", ".");
  const join = (leaf: string) => (path ? `${path}.${leaf}` : leaf);
  if (e.keyword === "required") {
    const field = join(String(e.params["missingProperty"]));
    return { field, code: "required", message: `${field} is required` };
  }
  if (e.keyword === "additionalProperties") {
    const field = join(String(e.params["additionalProperty"]));
    return { field, code: "unknown_field", message: `${field} is not a known field` };
  }
  const field = path || "body";
  return { field, code: e.keyword, message: `${field} ${e.message ?? "is invalid"}` };
}

/**
 * What the server answers when a request cannot even be parsed as HTTP (headers or URL beyond
 * the size limit, bytes that are not HTTP): the same error shape as every other refusal.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    error.code === "HPE_HEADER_OVERFLOW"
      ? [431, "headers_too_large", "the URL or the headers are too large"]
      : error.code === "ERR_HTTP_REQUEST_TIMEOUT"
        ? [400, "bad_request", "the request took too long to arrive"]
        : [400, "bad_request", "the request is not valid HTTP"];
  const body = JSON.stringify({ error: { code, message, details: [], retry: false } });
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}
