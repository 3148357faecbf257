import { DEFAULT_RATE_LIMITS } from "./services/rate-limits.js";

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  smtpUrl: string | undefined;
  /** Most deliveries and webhooks one process has on the wire at once. */
  deliveryConcurrency: number;
  /** Nurture emails and texts a second, all processes together. */
  nurtureRate: number;
  /** Seconds a process holds a nurture send before another may try it again. */
  nurtureLeaseSeconds: number;
  trustProxy: boolean;
  logLevel: string;
  /** Leads a minute a source may post unless it has a limit of its own. */
  intakePerMinute: number;
  /** Failed authentications a minute allowed per client address and per token. */
  failedAuthPerMinute: number;
  /** Minutes a web app session may go without a request before it ends. */
  sessionIdleMinutes: number;
  /** Where people reach the web app, for the links in invite and reset emails. */
  publicUrl: string | undefined;
  /** The first-run setup code; each process makes up its own when unset. */
  setupCode: string | undefined;
}

/** Settings from the environment, with the defaults of a two-command start. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env["PORT"] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env["PORT"]}`);
  const deliveryConcurrency = wholeNumber(env, "CAROUSEL_DELIVERY_CONCURRENCY", 16, 1000);
  const sessionIdleMinutes = wholeNumber(env, "CAROUSEL_SESSION_IDLE_MINUTES", 480, 525_600);
  const publicUrl = env["CAROUSEL_PUBLIC_URL"] || undefined;
  if (publicUrl !== undefined && !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(publicUrl))
    throw new Error(`CAROUSEL_PUBLIC_URL must be an http(s) URL, not ${publicUrl}`);
  return {
    port,
    host: env["HOST"] ?? "0.0.0.0",
    dataDir: env["CAROUSEL_DATA_DIR"] ?? "./data",
    databaseUrl: env["DATABASE_URL"] || undefined,
    adminToken: env["CAROUSEL_ADMIN_TOKEN"] || undefined,
    smtpUrl: env["SMTP_URL"] || undefined,
    deliveryConcurrency,
    nurtureRate: wholeNumber(env, "CAROUSEL_NURTURE_RATE", 100, 100_000),
    nurtureLeaseSeconds: wholeNumber(env, "CAROUSEL_NURTURE_LEASE_SECONDS", 60, 86_400),
    trustProxy: env["CAROUSEL_TRUST_PROXY"] === "1" || env["CAROUSEL_TRUST_PROXY"] === "true",
    logLevel: env["LOG_LEVEL"] ?? "info",
    intakePerMinute: wholeNumber(
      env,
      "CAROUSEL_INTAKE_RATE_LIMIT",
      DEFAULT_RATE_LIMITS.intakePerMinute,
      1_000_000,
    ),
    failedAuthPerMinute: wholeNumber(
      env,
      "CAROUSEL_AUTH_FAILURE_LIMIT",
      DEFAULT_RATE_LIMITS.failedAuthPerMinute,
      1_000_000,
    ),
    sessionIdleMinutes,
    publicUrl,
    setupCode: env["CAROUSEL_SETUP_CODE"] || undefined,
  };
}

/** A whole number from 1 to `max` in `env[name]`, or `fallback` when unset or empty. */
function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const n = Number(env[name] || fallback);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new Error(`${name} must be a whole number from 1 to ${max}, not ${env[name]}`);
  return n;
}
