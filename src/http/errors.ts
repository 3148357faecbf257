import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { AppError, ERROR_STATUS, RateLimited, type ErrorCode, type ErrorDetail } from "../domain/errors.js";

interface AjvError {
  instancePath: string;
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
};

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError & { validation?: AjvError[] };
  if (fe.validation)
    return new AppError("validation_failed", "the request is invalid", fe.validation.map(detailOf));
  const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (mapped) return new AppError(mapped, fe.message);
  if (error instanceof SyntaxError || fe.statusCode === 400)
    return new AppError("malformed_body", fe.message);
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code = (Object.keys(ERROR_STATUS) as ErrorCode[]).find((c) => ERROR_STATUS[c] === fe.statusCode);
    return new AppError(code ?? "bad_request", fe.message);
  }
  return new AppError("internal", "an unexpected error occurred; it has been logged");
}

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
