/** The closed list of error codes a client can see, with their HTTP status. */
export const ERROR_STATUS = {
  malformed_body: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  validation_failed: 422,
  rate_limited: 429,
  headers_too_large: 431,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field: string;
  code: string;
  message: string;
}

/**
 * The fields an error answer may carry beside `error`, each named so the answer's schema is
 * closed: a client can rely on every field it reads.
 */
export interface ErrorExtra {
  /** A duplicate lead (409 `duplicate`): the lead received before. */
  duplicateOf?: string;
  /** An experiment already running in the category (409 `conflict`). */
  experiment?: string;
  /** Exclusive territories that would overlap another recipient's (409 `conflict`). */
  conflicts?: { a: string; b: string; category: string; overlap: string }[];
}

/** An expected failure that maps to one HTTP answer. Bugs stay plain exceptions. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];
  readonly extra: ErrorExtra;

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = [], extra: ErrorExtra = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
    this.extra = extra;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** Whether the same request may succeed when sent again unchanged. */
  get retry(): boolean {
    return this.code === "rate_limited" || this.code === "unavailable" || this.code === "internal";
  }
}

/** Too many requests: answered 429 with a `Retry-After` of `retryAfterSeconds`. */
export class RateLimited extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    super("rate_limited", message);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

export const notFound = (what: string): AppError => new AppError("not_found", `${what} was not found`);

export const invalid = (details: ErrorDetail[]): AppError =>
  new AppError(
    "validation_failed",
    details.length === 1 ? details[0]!.message : `${details.length} fields are invalid`,
    details,
  );
