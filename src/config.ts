export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  smtpUrl: string | undefined;
  /** Most deliveries and webhooks one process has on the wire at once. */
  deliveryConcurrency: number;
  trustProxy: boolean;
  logLevel: string;
}

/** Settings from the environment, with the defaults of a two-command start. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env["PORT"] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env["PORT"]}`);
  const deliveryConcurrency = Number(env["CAROUSEL_DELIVERY_CONCURRENCY"] || 16);
  if (!Number.isInteger(deliveryConcurrency) || deliveryConcurrency < 1 || deliveryConcurrency > 1000)
    throw new Error(
      `CAROUSEL_DELIVERY_CONCURRENCY must be a whole number from 1 to 1000, not ${env["CAROUSEL_DELIVERY_CONCURRENCY"]}`,
    );
  return {
    port,
    host: env["HOST"] ?? "0.0.0.0",
    dataDir: env["CAROUSEL_DATA_DIR"] ?? "./data",
    databaseUrl: env["DATABASE_URL"] || undefined,
    adminToken: env["CAROUSEL_ADMIN_TOKEN"] || undefined,
    smtpUrl: env["SMTP_URL"] || undefined,
    deliveryConcurrency,
    trustProxy: env["CAROUSEL_TRUST_PROXY"] === "1" || env["CAROUSEL_TRUST_PROXY"] === "true",
    logLevel: env["LOG_LEVEL"] ?? "info",
  };
}
