import { Type } from "typebox";

const Clock = Type.String({ pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "HH:MM, 24 h" });

export const CallSettingsSchema = Type.Object(
  {
    hours: Type.Object({ from: Clock, to: Clock }, { additionalProperties: false }),
    attempts: Type.Integer({ minimum: 1, maximum: 50 }),
    days: Type.Integer({ minimum: 1, maximum: 90 }),
    perDay: Type.Integer({ minimum: 1, maximum: 20 }),
  },
  { additionalProperties: false },
);

export const CallListEntryView = Type.Object({
  leadId: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  reason: Type.Union([
    Type.Literal("callback"),
    Type.Literal("new"),
    Type.Literal("retry"),
    Type.Literal("never_reached"),
  ]),
  why: Type.String(),
  attempts: Type.Integer(),
  priority: Type.String(),
  score: Type.Number(),
});

export const HeldBackView = Type.Object({
  leadId: Type.String(),
  reason: Type.Union([
    Type.Literal("no_phone"),
    Type.Literal("suppressed"),
    Type.Literal("outside_hours"),
    Type.Literal("tries_today_used"),
    Type.Literal("not_due"),
  ]),
  until: Type.Union([Type.String(), Type.Null()]),
});

export const SuppressionKind = Type.Union([Type.Literal("email"), Type.Literal("phone")]);

export const SuppressionView = Type.Object({
  kind: SuppressionKind,
  value: Type.String(),
  reason: Type.String(),
  actor: Type.String(),
  createdAt: Type.String(),
});
