import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { LogController, type FastifyServerOptions } from "fastify";
import { newId } from "../domain/ids.js";
import { patternProblem } from "../domain/patterns.js";
import { Authenticator } from "../services/auth.js";
import { Intake } from "../services/intake.js";
import { RateLimits, type RateLimitSettings } from "../services/rate-limits.js";
import { smtpMailer, type Mailer } from "../services/mailer.js";
import { LiveEvents } from "../services/live-events.js";
import { Onboarding } from "../services/onboarding.js";
import { Sessions } from "../services/sessions.js";
import type { Store } from "../store/store.js";
import type { App, Deps } from "./app.js";
import { checkCallersFirst } from "./auth.js";
import { registerBodyParsers } from "./body-parsers.js";
import { refuseMalformedText } from "./well-formed.js";
import { LazyRequestLogger } from "./request-logger.js";
import { answerClientError, handleError } from "./errors.js";
import { AppError } from "../domain/errors.js";
import { routes } from "./routes/index.js";
import { registerWebApp } from "./static.js";

export interface ServerOptions {
  store: Store;
  adminToken?: string | undefined;
  logger?: FastifyServerOptions["logger"];
  /** One log line per request received and answered; off by default, as they cost as much as a lead's insert. */
  logRequests?: boolean;
  trustProxy?: boolean;
  rateLimits?: Partial<RateLimitSettings>;
  /** Minutes a session may go without a request before it ends. */
  sessionIdleMinutes?: number;
  /** The code first-run setup asks for (printed at start); a random one nobody knows when not given. */
  setupCode?: string;
  /** Invites and reset links are emailed through it when given; else through `SMTP_URL`'s server when set. */
  mailer?: Mailer;
  smtpUrl?: string | undefined;
  /** Where people and sites reach the server: the links in emails and the embeddable forms' addresses. */
  publicUrl?: string | undefined;
  /** The time rate limits, sessions and links are judged by; tests pass their own. */
  clock?: () => number;
}

export const BODY_LIMIT = 64 * 1024;

/** The HTTP face of Carousel: the v1 API, web forms, OpenAPI document and docs. */
export async function buildServer(options: ServerOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    logController: new LogController({ disableRequestLogging: options.logRequests !== true }),
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    genReqId: () => newId("request"),
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
    clientErrorHandler: answerClientError,
    childLoggerFactory: (logger, bindings, options) => new LazyRequestLogger(logger, bindings, options),
    ajv: {
      customOptions: { allErrors: true, coerceTypes: false, removeAdditional: false, useDefaults: true },
      // A pattern a client writes must be one RE2 runs in linear time, not any JavaScript RegExp.
      onCreate: (ajv) => ajv.addFormat("regex", { validate: (s: string) => patternProblem(s) === undefined }),
    },
  }).withTypeProvider() as unknown as App;

  const limits = new RateLimits(options.rateLimits, options.clock);
  const sessions = new Sessions(options.store, {
    failedAuth: limits.failedAuth,
    ...(options.sessionIdleMinutes === undefined ? {} : { idleMinutes: options.sessionIdleMinutes }),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const mailer = options.mailer ?? (options.smtpUrl ? smtpMailer(options.smtpUrl) : null);
  const onboarding = new Onboarding(options.store, {
    sessions,
    mailer,
    setupCode: options.setupCode,
    publicUrl: options.publicUrl,
    onMailError: (error) => app.log.error({ err: error }, "an email to a user could not be sent"),
  });
  const deps: Deps = {
    store: options.store,
    intake: new Intake(options.store),
    auth: new Authenticator(options.store, options.adminToken),
    limits,
    sessions,
    onboarding,
    mailer,
    live: new LiveEvents(options.store, {
      onError: (error) => app.log.error({ err: error }, "live updates could not be read"),
    }),
    publicUrl: options.publicUrl?.replace(/\/+$/, ""),
  };
  app.addHook("onClose", async () => deps.live.close());
  app.decorateRequest("principal", null);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    handleError(
      new AppError("not_found", `no route ${request.method} ${request.url.split("?")[0]}`),
      request,
      reply,
    ),
  );
  registerBodyParsers(app);
  refuseMalformedText(app);

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Carousel API",
        version: "1.0.0",
        description:
          "Lead management and lead distribution: capture, dedupe, route, deliver and measure leads.",
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          intakeKey: { type: "apiKey", in: "header", name: "X-Intake-Key" },
          session: {
            type: "apiKey",
            in: "cookie",
            name: "carousel_session",
            description:
              "The web app's session (POST /api/v1/session). Writes made with it need the session's X-CSRF-Token header.",
          },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });

  checkCallersFirst(app);
  for (const route of routes) route(app, deps);
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await registerWebApp(app);
  return app;
}
