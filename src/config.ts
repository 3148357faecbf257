export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  smtpUrl: string | undefined;
  trustProxy: boolean;
  logLevel: string;
}

/** Settings from the environment, with the defaults of a two-command start. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env["PORT"] ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not ${env["PORT"]}`);
  return {
    port,
    host: env["HOST"] ?? "0.0.0.0",
    dataDir: env["CAROUSEL_DATA_DIR"] ?? "./data",
    databaseUrl: env["DATABASE_URL"] || undefined,
    adminToken: env["CAROUSEL_ADMIN_TOKEN"] || undefined,
    smtpUrl: env["SMTP_URL"] || undefined,
    trustProxy: env["CAROUSEL_TRUST_PROXY"] === "1" || env["CAROUSEL_TRUST_PROXY"] === "true",
    logLevel: env["LOG_LEVEL"] ?? "info",
  };
}
