import type { Migration, MigrationProvider } from "kysely";
import * as m0001 from "./0001-initial.js";
import * as m0002 from "./0002-routing.js";
import * as m0003 from "./0003-offers.js";
import * as m0004 from "./0004-work.js";
import * as m0005 from "./0005-deliveries.js";
import * as m0006 from "./0006-webhooks.js";
import * as m0008 from "./0008-auctions.js";
import * as m0009 from "./0009-notices.js";
import * as m0010 from "./0010-pool-order.js";
import * as m0011 from "./0011-intake-indexes.js";
import * as m0012 from "./0012-sqlite-dedupe-log.js";
import * as m0013 from "./0013-audit-log.js";
import * as m0015 from "./0015-source-rate-limit.js";
import * as m0016 from "./0016-lead-status-index.js";
import * as m0017 from "./0017-sign-in.js";
import * as m0019 from "./0019-imports.js";
import * as m0020 from "./0020-return-reasons.js";
import * as m0025 from "./0025-outcomes.js";
import * as m0026 from "./0026-lead-facts.js";
import * as m0027 from "./0027-report-rollups.js";
import * as m0028 from "./0028-email-templates.js";
import * as m0029 from "./0029-call-lists.js";
import * as m0034 from "./0034-sequences.js";
import * as m0031 from "./0031-experiments.js";
import * as m0036 from "./0036-score-history.js";
import * as m0037 from "./0037-band-rank.js";
import * as m0032 from "./0032-source-auto-pause.js";
import * as m0033 from "./0033-retest-schedules.js";
import * as m0038 from "./0038-report-hours.js";
import * as m0039 from "./0039-report-half-hours.js";
import * as m0041 from "./0041-lead-facts-statements.js";
import * as m0042 from "./0042-band-sweeps.js";
import * as m0043 from "./0043-routed-lead-writes.js";
import * as m0044 from "./0044-routing-head-version.js";

/** Numbered migrations, in order. A released migration is never edited: add the next number. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": m0001,
  "0002-routing": m0002,
  "0003-offers": m0003,
  "0004-work": m0004,
  "0005-deliveries": m0005,
  "0006-webhooks": m0006,
  "0008-auctions": m0008,
  "0009-notices": m0009,
  "0010-pool-order": m0010,
  "0011-intake-indexes": m0011,
  "0012-sqlite-dedupe-log": m0012,
  "0013-audit-log": m0013,
  "0015-source-rate-limit": m0015,
  "0016-lead-status-index": m0016,
  "0017-sign-in": m0017,
  "0019-imports": m0019,
  "0020-return-reasons": m0020,
  "0025-outcomes": m0025,
  "0026-lead-facts": m0026,
  "0027-report-rollups": m0027,
  "0028-email-templates": m0028,
  "0029-call-lists": m0029,
  "0031-experiments": m0031,
  "0032-source-auto-pause": m0032,
  "0033-retest-schedules": m0033,
  "0034-sequences": m0034,
  "0036-score-history": m0036,
  "0037-band-rank": m0037,
  "0038-report-hours": m0038,
  "0039-report-half-hours": m0039,
  "0041-lead-facts-statements": m0041,
  "0042-band-sweeps": m0042,
  "0043-routed-lead-writes": m0043,
  "0044-routing-head-version": m0044,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
