import { Type } from "typebox";
import { notFound } from "../../domain/errors.js";
import { isStaff } from "../../domain/user.js";
import { createRecipient, patchRecipient } from "../../services/recipients.js";
import { getRecipient, listRecipients } from "../../store/queries/recipients.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, EVERYONE, principalOf, STAFF } from "../auth.js";
import {
  CreateRecipientBody,
  PatchRecipientBody,
  recipientView,
  RecipientView,
} from "../recipient-schemas.js";
import { errors } from "../schemas.js";

const KeyParams = Type.Object({ key: Type.String({ maxLength: 64 }) });

export default function recipientRoutes(app: App, deps: Deps): void {
  app.post(
    "/api/v1/recipients",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "Create an agent, partner or buyer with its territory, filters, caps, schedule and price",
        security: bearer,
        body: CreateRecipientBody,
        response: { 201: RecipientView, ...errors(401, 403, 409, 422) },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(recipientView(await createRecipient(deps.store, request.body, principalOf(request)))),
  );

  app.patch(
    "/api/v1/recipients/:key",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "Change a recipient; its own user may change its status, schedule and away periods",
        security: bearer,
        params: KeyParams,
        body: PatchRecipientBody,
        response: { 200: RecipientView, ...errors(401, 403, 404, 409, 422) },
      },
    },
    async (request) =>
      recipientView(await patchRecipient(deps.store, request.params.key, request.body, principalOf(request))),
  );

  app.get(
    "/api/v1/recipients",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["recipients"],
        summary: "List recipients, optionally of one category",
        security: bearer,
        querystring: Type.Object(
          { category: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(RecipientView) }), ...errors(401, 403) },
      },
    },
    async (request) => ({
      items: (await listRecipients(deps.store.db, request.query.category)).map(recipientView),
    }),
  );

  app.get(
    "/api/v1/recipients/:key",
    {
      preHandler: allow(deps, EVERYONE),
      schema: {
        tags: ["recipients"],
        summary: "One recipient",
        security: bearer,
        params: KeyParams,
        response: { 200: RecipientView, ...errors(401, 404) },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      const recipient = await getRecipient(deps.store.db, request.params.key);
      if (!recipient || (!isStaff(principal) && principal.recipient !== recipient.key))
        throw notFound(`recipient ${request.params.key}`);
      return recipientView(recipient);
    },
  );
}
