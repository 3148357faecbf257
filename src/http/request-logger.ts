import type { FastifyBaseLogger } from "fastify";

type Bindings = Parameters<FastifyBaseLogger["child"]>[0];
type ChildLoggerOptions = Parameters<FastifyBaseLogger["child"]>[1];

type Level = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

function log(logger: FastifyBaseLogger, level: Level, args: unknown[]): void {
  (logger[level] as (...args: unknown[]) => void).apply(logger, args);
}

/**
 * A request's logger, made the first time the request logs something. Fastify gives every
 * request a child logger bound to its id, and making one costs pino about as much CPU as
 * storing a lead; with request logging off (the default), most requests never log at all.
 * Lines a request does log carry its id exactly as before.
 */
export class LazyRequestLogger implements FastifyBaseLogger {
  #logger: FastifyBaseLogger | null = null;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  #made(): FastifyBaseLogger {
    return (this.#logger ??= this.parent.child(this.bindings, this.options));
  }

  get level(): string {
    return this.#logger?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.#made().level = level;
  }

  fatal(...args: unknown[]): void {
    log(this.#made(), "fatal", args);
  }

  error(...args: unknown[]): void {
    log(this.#made(), "error", args);
  }

  warn(...args: unknown[]): void {
    log(this.#made(), "warn", args);
  }

  info(...args: unknown[]): void {
    log(this.#made(), "info", args);
  }

  debug(...args: unknown[]): void {
    log(this.#made(), "debug", args);
  }

  trace(...args: unknown[]): void {
    log(this.#made(), "trace", args);
  }

  silent(...args: unknown[]): void {
    log(this.#made(), "silent", args);
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.#made().child(bindings, options);
  }
}
