import type { Insertable } from "kysely";
import { rowsStatement } from "./prepared.js";
import type { LeadEventRow, LeadRow } from "./schema.js";

/** Leads in one multi-row insert: the plain way, which every engine can take. */
export const insertLeadRows = rowsStatement((db, rows: Insertable<LeadRow>[]) =>
  db.insertInto("leads").values(rows),
);

/** Lead events in one multi-row insert. */
export const insertEventRows = rowsStatement((db, rows: Insertable<LeadEventRow>[]) =>
  db.insertInto("lead_events").values(rows),
);
