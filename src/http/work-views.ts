import { Type, type Static } from "typebox";
import { leadTeaser } from "../domain/delivery/payload.js";
import type { Lead, LeadEvent } from "../domain/lead.js";
import type { StageConfig } from "../domain/stages.js";
import type { LeadTaskRow } from "../store/schema.js";
import { IsoOrNull, Json, Key, LeadFields, Name, Nullable } from "./schemas.js";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * What a lead shows a recipient that may take it but has not (a pooled lead, an open offer):
 * enough to choose, not enough to call.
 */
export const LeadPreview = Type.Object({
  id: Type.String(),
  category: Type.String(),
  source: Type.String(),
  score: Type.Number(),
  priority: Type.String(),
  firstName: Nullable(Type.String()),
  city: Nullable(Type.String()),
  state: Nullable(Type.String()),
  zip: Nullable(Type.String()),
  receivedAt: Type.String(),
  fields: LeadFields,
  poolUntil: IsoOrNull,
});

export const leadPreview = (lead: Lead): Static<typeof LeadPreview> => ({
  ...leadTeaser(lead),
  fields: lead.fields,
  poolUntil: iso(lead.poolUntil ?? null),
});

export const EventView = Type.Object({
  id: Type.String(),
  leadId: Type.String(),
  type: Type.String(),
  at: IsoOrNull,
  actor: Nullable(Type.String()),
  data: Type.Record(Type.String(), Json),
});

/** One entry of a lead's timeline as the API shows it. */
export const eventView = (e: LeadEvent): Static<typeof EventView> => ({
  id: e.id,
  leadId: e.leadId,
  type: e.type,
  at: iso(e.at),
  actor: e.actor,
  data: e.data,
});

/** A follow-up task as the API shows it. */
export const TaskView = Type.Object({
  id: Type.String(),
  leadId: Type.String(),
  recipient: Nullable(Type.String()),
  title: Type.String(),
  dueAt: IsoOrNull,
  createdAt: IsoOrNull,
  createdBy: Type.String(),
  completedAt: IsoOrNull,
  completedBy: Nullable(Type.String()),
});

export const taskView = (t: LeadTaskRow): Static<typeof TaskView> => ({
  id: t.id,
  leadId: t.lead_id,
  recipient: t.recipient,
  title: t.title,
  dueAt: iso(t.due_at),
  createdAt: iso(t.created_at),
  createdBy: t.created_by,
  completedAt: iso(t.completed_at),
  completedBy: t.completed_by,
});

export const stageConfigView = (category: string, c: StageConfig) => ({ category, ...c });

/** A category's stages, as answered. */
export const StageConfigView = Type.Object({
  category: Type.String(),
  stages: Type.Array(
    Type.Object({
      key: Type.String(),
      name: Type.String(),
      terminal: Type.Boolean(),
      outcome: Type.Union([Type.String(), Type.Null()]),
      contact: Type.Boolean(),
    }),
  ),
  rerouteReturns: Type.Boolean(),
});

/** One stage, as set. */
export const StageSchema = Type.Object(
  {
    key: Key,
    name: Type.Optional(Name),
    terminal: Type.Optional(Type.Boolean()),
    outcome: Type.Optional(Type.Union([Type.Literal("won"), Type.Literal("lost")])),
    contact: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
