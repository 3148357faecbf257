import { Type } from "typebox";
import { patchSource } from "../../services/catalog.js";
import type { App, Deps } from "../app.js";
import { allow, bearer, principalOf, STAFF } from "../auth.js";
import {
  AutoPauseRuleInput,
  errors,
  Nullable,
  Name,
  ruleOfInput,
  RateLimitPerMinute,
  SourceAttributesSchema,
  SourceView,
  sourceView,
} from "../schemas.js";

export default function patchSourceRoute(app: App, deps: Deps): void {
  app.patch(
    "/api/v1/sources/:key",
    {
      preHandler: allow(deps, STAFF),
      schema: {
        tags: ["sources"],
        summary:
          "Rename a source, change its cost per lead, attributes, rate limit or auto-pause rule, or disable or resume it",
        description:
          "`autoPause` pauses the source (disables it, with the reason in `paused`, an audit entry, the " +
          "`source_paused` webhook event and an email to the admins) when more than `maxReturnRate` percent " +
          "of its last `lastLeads` leads came back (returned, or said bad by a buyer), judged from " +
          "`minLeads` leads (by default `lastLeads`); null removes it, and the source takes its category's " +
          'default rule if it has one; "none" gives it no rule at all. `enabled: true` resumes a ' +
          "disabled source: the reason is cleared and the rule counts only the leads that come after.",
        security: bearer,
        params: Type.Object({ key: Type.String({ maxLength: 64 }) }),
        body: Type.Object(
          {
            name: Type.Optional(Name),
            costPerLead: Type.Optional(Type.Number({ minimum: 0, maximum: 1_000_000 })),
            attributes: Type.Optional(SourceAttributesSchema),
            enabled: Type.Optional(Type.Boolean()),
            rateLimitPerMinute: Type.Optional(RateLimitPerMinute),
            autoPause: Type.Optional(Nullable(Type.Union([AutoPauseRuleInput, Type.Literal("none")]))),
          },
          { additionalProperties: false },
        ),
        response: { 200: SourceView, ...errors(401, 403, 404, 422) },
      },
    },
    async (request) => {
      const patch = request.body;
      const source = await patchSource(
        deps.store,
        deps.intake.configs,
        request.params.key,
        {
          ...(patch.name !== undefined ? { name: patch.name } : {}),
          ...(patch.costPerLead !== undefined
            ? { costPerLeadCents: Math.round(patch.costPerLead * 100) }
            : {}),
          ...(patch.attributes !== undefined ? { attributes: patch.attributes } : {}),
          ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
          ...(patch.rateLimitPerMinute !== undefined ? { rateLimitPerMinute: patch.rateLimitPerMinute } : {}),
          ...(patch.autoPause !== undefined
            ? {
                autoPause:
                  patch.autoPause === null || patch.autoPause === "none"
                    ? patch.autoPause
                    : ruleOfInput(patch.autoPause),
              }
            : {}),
        },
        principalOf(request),
      );
      return sourceView(source);
    },
  );
}
