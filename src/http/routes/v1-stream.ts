import type { ServerResponse } from "node:http";
import { Type } from "typebox";
import type { LiveMessage } from "../../services/live-events.js";
import type { App, Deps } from "../app.js";
import { allow, authenticate, bearer, EVERYONE, principalOf } from "../auth.js";
import { errors } from "../schemas.js";

const HEARTBEAT_MS = 15_000;

const LeadChangeSchema = Type.Object({
  type: Type.String({
    description: "the lead event: offered, accepted, expired, pooled, claimed, stage_changed, …",
  }),
  leadId: Type.String(),
  assignmentId: Type.Union([Type.String(), Type.Null()]),
  recipient: Type.Union([Type.String(), Type.Null()], {
    description: "the recipient the event concerns; an agent or partner sees only its own",
  }),
  category: Type.String(),
  status: Type.String(),
  stage: Type.String(),
  priority: Type.String(),
  at: Type.String({ format: "date-time" }),
});

const CountersSchema = Type.Object({
  type: Type.Literal("counters"),
  held: Type.Integer({ description: "leads held by a recipient now (status assigned)" }),
  offered: Type.Integer(),
  pooled: Type.Integer(),
  unassigned: Type.Integer(),
  failedDeliveries: Type.Integer(),
});

const ResetSchema = Type.Object({ type: Type.Literal("reset"), reason: Type.String() });

export const StreamMessageSchema = Type.Union([LeadChangeSchema, CountersSchema, ResetSchema], {
  $id: "StreamMessage",
  description: "the JSON in each event's data line",
});

export default function streamRoute(app: App, deps: Deps): void {
  const open = new Set<ServerResponse>();
  // Open streams would keep the server from closing: they end first.
  app.addHook("preClose", async () => {
    for (const raw of open) raw.end();
  });
  app.get(
    "/api/v1/stream",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["stream"],
        summary: "Live updates as Server-Sent Events",
        description: [
          "One event per lead change the caller may see, as the API decides it: staff see every lead, and",
          "`counters` (held, offered, pooled, unassigned, dead deliveries) when they change; an agent or partner",
          "sees offers to it, its pool, and the leads it holds or held, with ids and state only (fetch the",
          "lead for more). Each lead change has an `id`; reconnecting with `Last-Event-ID` (or",
          "`?lastEventId=`) replays what was missed, up to 500 events, else sends `reset` (fetch afresh).",
          "A comment line every 15 s keeps proxies from closing the stream; a stream whose session or",
          "token has ended is closed.",
        ].join(" "),
        security: bearer,
        querystring: Type.Object({
          lastEventId: Type.Optional(Type.String({ pattern: "^evt_[0-9a-z]{26}$" })),
        }),
        headers: Type.Object({
          "last-event-id": Type.Optional(Type.String({ pattern: "^evt_[0-9a-z]{26}$" })),
        }),
        response: {
          200: {
            description: "text/event-stream: `id: <event id>` and `data: <StreamMessage JSON>` per event",
            content: { "text/event-stream": { schema: StreamMessageSchema } },
          },
          ...errors(401, 403, 422),
        },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const lastEventId = request.headers["last-event-id"] ?? request.query.lastEventId ?? null;
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-store",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      });
      raw.write("retry: 3000\n\n");
      open.add(raw);
      const send = (message: LiveMessage) => {
        if (raw.writableEnded) return;
        raw.write(`${message.id ? `id: ${message.id}\n` : ""}data: ${JSON.stringify(message.data)}\n\n`);
      };
      let unsubscribe: (() => void) | null = null;
      let closed = false;
      const heartbeat = setInterval(() => {
        // The caller is checked again: a revoked session, a disabled user or a revoked token ends the stream.
        authenticate(deps, request).then(
          () => raw.write(": heartbeat\n\n"),
          () => raw.end(),
        );
      }, HEARTBEAT_MS);
      const close = () => {
        closed = true;
        open.delete(raw);
        clearInterval(heartbeat);
        unsubscribe?.();
      };
      raw.on("close", close);
      try {
        unsubscribe = await deps.live.subscribe(principal, lastEventId, send);
        if (closed) unsubscribe();
      } catch (error) {
        request.log.error({ err: error }, "a live stream could not start");
        raw.end();
      }
    },
  );
}
