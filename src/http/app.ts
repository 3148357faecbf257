import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { Principal } from "../domain/user.js";
import type { Authenticator } from "../services/auth.js";
import type { Intake } from "../services/intake.js";
import type { RateLimits } from "../services/rate-limits.js";
import type { LiveEvents } from "../services/live-events.js";
import type { Mailer } from "../services/mailer.js";
import type { Onboarding } from "../services/onboarding.js";
import type { Sessions } from "../services/sessions.js";
import type { Store } from "../store/store.js";

/** The fastify instance every route registers on, typed by its TypeBox schemas. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What routes reach the rest of Carousel through. */
export interface Deps {
  store: Store;
  /** Intake's batches and the sources' configuration it keeps, shared with the catalog's edits. */
  intake: Intake;
  auth: Authenticator;
  limits: RateLimits;
  sessions: Sessions;
  onboarding: Onboarding;
  live: LiveEvents;
  /** Sends email through `SMTP_URL`'s server; null when none is set. */
  mailer: Mailer | null;
  /** Where people and sites reach this server (`CAROUSEL_PUBLIC_URL`, no trailing slash), when set. */
  publicUrl?: string | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    principal: Principal | null;
  }
}
