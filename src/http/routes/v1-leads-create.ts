import { Type } from "typebox";
import { AppError, invalid } from "../../domain/errors.js";
import { receiveLead } from "../../services/intake.js";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { App, Deps } from "../app.js";
import { FORM_PAGE_CSP, renderLeadForm, renderProblem, renderThanks } from "../lead-form-page.js";
import { AssignmentView, assignmentView } from "../assignment-view.js";
import { errors } from "../schemas.js";

const LeadBody = Type.Object(
  {},
  {
    additionalProperties: true,
    description:
      "The lead's fields, flat: firstName, lastName, email, phone, address, city, state, zip, country, " +
      "the category's custom fields, consentText/consentAt/consentPageUrl (or a consent object), utm* fields. " +
      "JSON, application/x-www-form-urlencoded (with optional intakeKey and redirect fields) or XML (<lead> with one child per field).",
  },
);

export default function createLeadRoute(app: App, deps: Deps): void {
  app.post(
    "/api/v1/leads",
    {
      schema: {
        tags: ["leads"],
        summary: "Capture a lead from a source",
        security: [{ intakeKey: [] }],
        body: LeadBody,
        response: {
          201: Type.Object({
            id: Type.String(),
            status: Type.String(),
            score: Type.Number(),
            priority: Type.String(),
            assignments: Type.Array(AssignmentView),
          }),
          303: Type.Null({ description: "a form's redirect field was given" }),
          ...errors(400, 401, 403, 409, 413, 415, 422, 429),
        },
      },
    },
    async (request, reply) => {
      const body = request.body as Record<string, unknown>;
      const headerKey = request.headers["x-intake-key"];
      const intakeKey = typeof headerKey === "string" ? headerKey : stringOrUndefined(body["intakeKey"]);
      if (isBrowserForm(request)) return answerPerson(deps, request, reply, intakeKey, body);
      const redirect = redirectOf(body["redirect"]);
      const result = await receiveWithKey(deps, intakeKey, body, request.ip);
      if (redirect) return reply.redirect(redirect, 303);
      if (result.kind === "duplicate")
        throw new AppError("duplicate", "this lead was received before", [], {
          duplicateOf: result.duplicateOf,
        });
      return reply.status(201).send({
        id: result.lead.id,
        status: result.lead.status,
        score: result.lead.score,
        priority: result.lead.priority,
        assignments: result.assignments.map((a) => assignmentView(a, { trace: false })),
      });
    },
  );
}

/** A wrong intake key is a failed authentication of the client's address, as a wrong token is. */
async function receiveWithKey(
  deps: Deps,
  intakeKey: string | undefined,
  body: Record<string, unknown>,
  ip: string,
): ReturnType<typeof receiveLead> {
  const rateLimit = deps.limits.intake;
  if (intakeKey === undefined) return receiveLead(deps.intake, { intakeKey, body, ip, rateLimit });
  deps.limits.failedAuth.check(ip);
  try {
    return await receiveLead(deps.intake, { intakeKey, body, ip, rateLimit });
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthorized") deps.limits.failedAuth.failed(ip);
    throw error;
  }
}

/** A person's browser posting the ready-made form, rather than an integration posting a lead. */
function isBrowserForm(request: FastifyRequest): boolean {
  return (
    /^application\/x-www-form-urlencoded\b/i.test(request.headers["content-type"] ?? "") &&
    /\btext\/html\b/i.test(request.headers.accept ?? "")
  );
}

/**
 * The same intake, answered as pages: thanks (or the form's redirect), the form again with each
 * field's problem beside it and the values kept, or a plain sentence when the form itself is at fault.
 */
async function answerPerson(
  deps: Deps,
  request: FastifyRequest,
  reply: FastifyReply,
  intakeKey: string | undefined,
  body: Record<string, unknown>,
): Promise<FastifyReply> {
  const html = (status: number, page: string) =>
    reply
      .status(status)
      .type("text/html; charset=utf-8")
      .header("Content-Security-Policy", FORM_PAGE_CSP)
      .send(page);
  let redirect: string | undefined;
  try {
    redirect = redirectOf(body["redirect"]);
    const result = await receiveWithKey(deps, intakeKey, body, request.ip);
    if (redirect) return reply.redirect(redirect, 303);
    return result.kind === "duplicate" ? html(409, renderThanks(true)) : html(201, renderThanks(false));
  } catch (error) {
    if (!(error instanceof AppError) || error.code === "internal") throw error;
    if (error.code === "unauthorized" || error.code === "forbidden")
      return html(error.status, renderProblem("This form is not taking requests at the moment."));
    const { source, category } = intakeKey
      ? await deps.intake.configs.read(intakeKey, Date.now())
      : { source: undefined, category: undefined };
    if (error.code !== "validation_failed" || !source || !category)
      return html(error.status, renderProblem(error.message));
    return html(422, renderLeadForm(source, category, redirect, { values: body, errors: error.details }));
  }
}

function stringOrUndefined(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

function redirectOf(v: unknown): string | undefined {
  if (v === undefined || v === "") return undefined;
  if (typeof v === "string" && v.length <= 2048 && /^https?:\/\/[^\s]+$/i.test(v)) return v;
  throw invalid([
    { field: "redirect", code: "invalid", message: "redirect must be an absolute http(s) URL" },
  ]);
}
