#!/usr/bin/env node
import { parseArgs } from "node:util";
import { configFromEnv } from "../config.js";
import { ROLES, type Role } from "../domain/user.js";
import { createUser } from "../services/catalog.js";
import { checkNewPassword } from "../services/passwords.js";
import { openStore } from "../store/open-store.js";

const USAGE = `carousel — lead management and distribution server

Usage (in the project folder: npx carousel ...):
  carousel serve                      start the server: the API (its docs at /docs), the web app
                                      at / once built (npm run build:web) and the web forms
                                      (PORT, HOST, CAROUSEL_DATA_DIR, DATABASE_URL: see the README)
  carousel migrate                    bring the database schema up to date
  carousel setup --email E --name N --password P   create the first admin of an empty database
  carousel user create --email E --name N --role admin|manager|agent|partner [--recipient KEY] [--password P]
  carousel import FILE.csv --source KEY [--strict] [--report REJECTS.csv]
  carousel export [--category K] [--source K] [--stage S] [--state ST] [--from D] [--to D] [--out FILE]
`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: serve,
  migrate: migrate,
  user: user,
  setup: setup,
  import: async (args) => (await import("./import-csv.js")).importCommand(args),
  export: async (args) => (await import("./export-csv.js")).exportCommand(args),
};

async function serve(): Promise<number> {
  // Loaded here so the other commands start without the HTTP server's modules.
  const { buildServer } = await import("../http/server.js");
  const { startScheduler } = await import("../services/scheduler.js");
  const { newSetupCode } = await import("../services/onboarding.js");
  const { countUsers } = await import("../store/queries/sessions.js");
  const config = configFromEnv();
  const store = openStore(config);
  await store.migrate();
  const setupCode = config.setupCode ?? newSetupCode();
  const app = await buildServer({
    store,
    adminToken: config.adminToken,
    trustProxy: config.trustProxy,
    rateLimits: { intakePerMinute: config.intakePerMinute, failedAuthPerMinute: config.failedAuthPerMinute },
    logger: { level: config.logLevel },
    logRequests: config.logLevel === "debug" || config.logLevel === "trace",
    sessionIdleMinutes: config.sessionIdleMinutes,
    smtpUrl: config.smtpUrl,
    publicUrl: config.publicUrl,
    setupCode,
  });
  // Printed only while the database has no user: whoever reaches a fresh server first needs
  // this code (from the server's own log) to become its admin.
  if ((await countUsers(store)) === 0)
    app.log.warn(
      `first run: no user exists yet. Open the web app and create the first admin with the setup code ${setupCode} (or run: carousel setup --email E --name N --password P)`,
    );
  if (config.smtpUrl && !config.publicUrl)
    app.log.warn(
      "CAROUSEL_PUBLIC_URL is not set: nurture emails need it for their one-click unsubscribe links, so none is sent",
    );
  const { makeNurture } = await import("../services/nurture.js");
  const nurture = config.smtpUrl
    ? makeNurture(store, {
        smtpUrl: config.smtpUrl,
        ratePerSecond: config.nurtureRate,
        leaseMs: config.nurtureLeaseSeconds * 1000,
        publicUrl: config.publicUrl,
      })
    : undefined;
  const { smtpMailer } = await import("../services/mailer.js");
  const scheduler = startScheduler(store, (error) => app.log.error({ err: error }, "scheduler tick failed"), {
    nurture,
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl) : null,
  });
  // The scheduler measures the sources' quality at its start; a lead that comes before that
  // measure ends waits for it (SourceQualityCache.fresh), so the server listens at once.
  // Deliveries wait on receivers, so they run in a loop of their own beside the scheduler's timers.
  const { startDeliveryWorker } = await import("../services/delivery/worker.js");
  const deliveries = startDeliveryWorker(store, {
    smtpUrl: config.smtpUrl,
    concurrency: config.deliveryConcurrency,
    onError: (error) => app.log.error({ err: error }, "delivery failed to run"),
  });
  // An import left running by a process that stopped is finished by whichever server finds it.
  const { resumeStalledImports } = await import("../services/imports.js");
  const { checkRecipientRow } = await import("../http/import-schemas.js");
  const imports = setInterval(() => {
    resumeStalledImports(store, checkRecipientRow).catch((error: unknown) =>
      app.log.error({ err: error }, "resuming imports failed"),
    );
  }, 30_000);
  imports.unref();
  const stop = async () => {
    clearInterval(imports);
    await deliveries.stop();
    await scheduler.stop();
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await app.listen({ port: config.port, host: config.host });
  return -1;
}

async function migrate(): Promise<number> {
  const store = openStore(configFromEnv());
  await store.migrate();
  await store.close();
  console.log(`migrated (${store.engine})`);
  return 0;
}

async function user(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "create") return usage();
  const { values } = parseArgs({
    args: rest,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      recipient: { type: "string" },
      password: { type: "string" },
    },
  });
  if (!values.email || !values.name || !ROLES.includes(values.role as Role)) return usage();
  if (values.password !== undefined) checkNewPassword(values.password);
  const store = openStore(configFromEnv());
  try {
    await store.migrate();
    const created = await createUser(store, {
      email: values.email,
      name: values.name,
      role: values.role as Role,
      recipient: values.recipient,
      password: values.password,
    });
    console.log(`created user ${created.user.id} (${created.user.role})`);
    console.log(`token (shown once): ${created.token}`);
    return 0;
  } finally {
    await store.close();
  }
}

async function setup(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { email: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
  });
  if (!values.email || !values.name || !values.password) return usage();
  checkNewPassword(values.password);
  const { createFirstAdmin } = await import("../services/onboarding.js");
  const store = openStore(configFromEnv());
  try {
    await store.migrate();
    const created = await createFirstAdmin(
      store,
      { email: values.email, name: values.name, password: values.password },
      Date.now(),
    );
    console.log(
      `created the first admin ${created.user.id} (${created.user.email}); sign in with its password`,
    );
    console.log(`token (shown once): ${created.token}`);
    return 0;
  } finally {
    await store.close();
  }
}

function usage(): number {
  process.stderr.write(USAGE);
  return 2;
}

async function main(): Promise<void> {
  const [name, ...args] = process.argv.slice(2);
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.exitCode = name === "help" || name === "--help" ? (process.stdout.write(USAGE), 0) : usage();
    return;
  }
  const code = await command(args);
  if (code >= 0) process.exitCode = code;
}

main().catch((error: unknown) => {
  process.stderr.write(`carousel: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
