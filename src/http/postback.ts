import type { FastifyRequest } from "fastify";
import { Type, type Static } from "typebox";
import { postbackRecipient, recordOutcome } from "../services/outcomes.js";
import type { App, Deps } from "./app.js";
import { OutcomeFields, RecordedOutcome, recordedOutcome } from "./outcome-schemas.js";
import { errors } from "./schemas.js";

export const PostbackParams = Type.Object({
  recipient: Type.String({ maxLength: 64 }),
  signature: Type.String({ maxLength: 64 }),
});

/** A postback's fields, in the query string (GET, or POST) or a JSON or form body (POST). */
export const PostbackFields = Type.Object(
  {
    lead: Type.String({ maxLength: 64, description: "the lead's id (`id` in the delivered lead)" }),
    outcome: OutcomeFields.outcome,
    // A query string and a form carry text: the amount may come as a number or as its digits.
    amount: Type.Optional(
      Type.Union([
        OutcomeFields.amount,
        Type.String({ pattern: "^[0-9]{1,9}(\\.[0-9]{1,2})?$", description: "dollars, e.g. 42.50" }),
      ]),
    ),
    reason: OutcomeFields.reason,
  },
  { additionalProperties: false },
);
export type PostbackInput = Static<typeof PostbackFields>;

const postbackResponses = { 200: RecordedOutcome, ...errors(400, 403, 404, 409, 422, 429) };

const POSTBACK_DESCRIPTION =
  "A buyer's or partner's system says what became of a lead it was given, with no token: the URL " +
  "is the recipient's own, signed by the server (`GET /api/v1/recipients/{key}/postback`). A URL " +
  "whose signature does not match is refused (403) and counts as a failed authentication of the " +
  "caller's address. The lead must be one the recipient holds (else 404). Same outcomes as " +
  "`POST /api/v1/leads/{id}/outcome`.";

/** The postback URL as `method`: the outcome in the query string (GET) or the body (POST). */
export function postbackRoute(app: App, deps: Deps, method: "GET" | "POST"): void {
  const common = {
    tags: ["work"],
    description: POSTBACK_DESCRIPTION,
    params: PostbackParams,
    response: postbackResponses,
  };
  if (method === "GET")
    app.get(
      "/postback/:recipient/:signature",
      {
        schema: {
          ...common,
          summary: "A recipient's signed postback URL, called with the outcome in the query string",
          querystring: PostbackFields,
        },
      },
      async (request) => handlePostback(deps, request, request.query),
    );
  else
    app.post(
      "/postback/:recipient/:signature",
      {
        schema: {
          ...common,
          summary: "A recipient's signed postback URL, called with the outcome as a JSON or form body",
          body: PostbackFields,
        },
      },
      async (request) => handlePostback(deps, request, request.body),
    );
}

/** Records a postback's outcome once its URL's signature is checked. */
async function handlePostback(
  deps: Deps,
  request: FastifyRequest<{ Params: Static<typeof PostbackParams> }>,
  input: PostbackInput,
) {
  const { recipient, signature } = request.params;
  deps.limits.failedAuth.check(request.ip);
  try {
    await postbackRecipient(deps.store, recipient, signature);
  } catch (error) {
    deps.limits.failedAuth.failed(request.ip);
    throw error;
  }
  const { lead, outcome, amount, reason } = input;
  const said = { outcome, amount: typeof amount === "string" ? Number(amount) : amount, reason };
  const recorded = await recordOutcome(deps.store, lead, said, { postback: recipient });
  if (recorded.pausedSource) deps.intake.configs.forget();
  return recordedOutcome(recorded.event);
}
