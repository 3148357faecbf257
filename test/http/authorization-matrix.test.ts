import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trackMessage } from "../../src/services/email-tracking.js";
import { DEFAULT_RATE_LIMITS } from "../../src/services/rate-limits.js";
import { admin, startTestApp, type TestApp } from "../support/app.js";
import { ENGINES } from "../support/engines.js";
import { aLead, givenCategory, givenSource, postLead } from "../support/fixtures.js";
import { givenPlan, givenRecipient } from "../support/routing.js";
import { givenUser, type GivenUser } from "../support/users.js";

/**
 * Who may call what: every operation of the OpenAPI document, called by every kind of caller, on
 * a resource of the caller's own and on another's. The expected outcomes are written out below,
 * one row per operation; an operation the document has and the table has not fails the test,
 * so whoever adds an endpoint adds its row.
 *
 * Callers, in the order of each row's outcomes: an admin user, a manager user, an agent user
 * (recipient `agent-a`), a partner user (`partner-a`), no credentials, a token that is not one.
 *
 * Targets: `own` is the caller's own resource (its recipient, its recipient's lead, offer,
 * pooled lead or task, its own token); `other` is another's of the same kind (`agent-b`'s for the
 * agent, `partner-b`'s for the partner, another user's token). To staff and to callers without
 * valid credentials `own` is agent-a's and `other` is partner-b's. `any` is for operations on
 * resources nobody owns (categories, sources, webhooks, the caller's own lists).
 *
 * Outcomes: `2xx`, or the exact status.
 */
const CALLERS = ["admin", "manager", "agent", "partner", "none", "wrong"] as const;
type Caller = (typeof CALLERS)[number];
type Target = "own" | "other" | "any";

interface Request {
  url: string;
  payload?: Record<string, unknown>;
  headers?: Record<string, string>;
}

interface Row {
  own?: string;
  other?: string;
  any?: string;
  request: (w: World, caller: Caller, target: Target) => Request | Promise<Request>;
}

const STAFF_ONLY = "2xx 2xx 403 403 401 401";
const ANY_USER = "2xx 2xx 2xx 2xx 401 401";
const RECIPIENT_USERS = "403 403 2xx 2xx 401 401";

const MATRIX: Record<string, Row> = {
  "GET /health": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: () => ({ url: "/health" }) },
  "GET /forms/{sourceKey}": {
    any: "2xx 2xx 2xx 2xx 2xx 2xx",
    request: (w) => ({ url: `/forms/${w.scratch.source}` }),
  },
  "GET /forms/{sourceKey}.js": {
    any: "2xx 2xx 2xx 2xx 2xx 2xx",
    request: (w) => ({ url: `/forms/${w.scratch.source}.js` }),
  },

  // Categories, plans, scoring, stages, behavior: configuration is staff's; reading a category is anyone's.
  "POST /api/v1/categories": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/categories", payload: { key: `new-${unique()}`, name: "New" } }),
  },
  "GET /api/v1/categories": { any: ANY_USER, request: () => ({ url: "/api/v1/categories" }) },
  "GET /api/v1/categories/{key}": {
    any: ANY_USER,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}` }),
  },
  "PUT /api/v1/categories/{key}/scoring": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: `/api/v1/categories/${w.scratch.category}/scoring`,
      payload: { rules: [], bands: [] },
    }),
  },
  "PUT /api/v1/categories/{key}/plan": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/plan`, payload: { tiers: DIRECT } }),
  },
  "GET /api/v1/categories/{key}/plan": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/plan` }),
  },
  "GET /api/v1/categories/{key}/plan/versions": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/plan/versions` }),
  },
  "GET /api/v1/categories/{key}/plan/versions/{version}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/plan/versions/1` }),
  },
  "POST /api/v1/categories/{key}/plan/simulate": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: `/api/v1/categories/${w.scratch.category}/plan/simulate`,
      payload: { plan: { tiers: DIRECT } },
    }),
  },
  "PUT /api/v1/categories/{key}/stages": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: `/api/v1/categories/${w.scratch.category}/stages`,
      payload: {
        stages: [
          { key: "new" },
          { key: "assigned" },
          { key: "won", outcome: "won" },
          { key: "lost", outcome: "lost" },
        ],
      },
    }),
  },
  "GET /api/v1/categories/{key}/stages": {
    any: ANY_USER,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/stages` }),
  },
  "PUT /api/v1/categories/{key}/behavior": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/behavior`, payload: { rules: [] } }),
  },
  "GET /api/v1/categories/{key}/behavior": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/behavior` }),
  },

  // Sources.
  "POST /api/v1/sources": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: "/api/v1/sources",
      payload: { key: `src-${unique()}`, name: "Form", category: w.scratch.category },
    }),
  },
  "GET /api/v1/sources": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/sources" }) },
  "GET /api/v1/sources/{key}/embed": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sources/${w.scratch.source}/embed` }),
  },
  "PATCH /api/v1/sources/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sources/${w.scratch.source}`, payload: { name: "Renamed form" } }),
  },

  // Users and tokens: users are the admin's; a token is its user's (and an admin's).
  "POST /api/v1/users": {
    any: "2xx 403 403 403 401 401",
    request: () => ({
      url: "/api/v1/users",
      payload: { email: `new.${unique()}@example.com`, name: "New", role: "manager" },
    }),
  },
  "GET /api/v1/users": { any: "2xx 403 403 403 401 401", request: () => ({ url: "/api/v1/users" }) },
  "PATCH /api/v1/users/{id}": {
    own: "2xx 403 403 403 401 401",
    other: "2xx 403 403 403 401 401",
    request: (w, c, t) => ({ url: `/api/v1/users/${w.userOf(c, t).id}`, payload: { name: "Renamed" } }),
  },
  "POST /api/v1/tokens": {
    own: ANY_USER,
    other: "2xx 403 403 403 401 401",
    request: (w, c, t) => ({
      url: "/api/v1/tokens",
      payload: { name: "integration", ...(t === "other" ? { userId: w.userOf(c, t).id } : {}) },
    }),
  },
  "GET /api/v1/tokens": {
    own: ANY_USER,
    other: "2xx 403 403 403 401 401",
    request: (w, c, t) => ({
      url: `/api/v1/tokens${t === "other" ? `?userId=${w.userOf(c, t).id}` : ""}`,
    }),
  },
  "DELETE /api/v1/tokens/{id}": {
    own: ANY_USER,
    other: "2xx 404 404 404 401 401",
    request: async (w, c, t) => ({ url: `/api/v1/tokens/${await w.freshToken(w.userOf(c, t))}` }),
  },

  // Leads: intake is by intake key, whoever else calls; reading and working a lead is staff's and its holder's.
  "POST /api/v1/leads": {
    own: "2xx 2xx 2xx 2xx 2xx 2xx",
    other: "401 401 401 401 401 401",
    request: (w, _c, t) => ({
      url: "/api/v1/leads",
      payload: aLead(),
      headers: { "x-intake-key": t === "own" ? w.scratch.intakeKey : "ik_not-a-key" },
    }),
  },
  "GET /api/v1/leads": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/leads" }) },
  // A partner's or buyer's own spend: its recipient's alone; staff and agents have none.
  "GET /api/v1/my/spend": { any: "403 403 403 2xx 401 401", request: () => ({ url: "/api/v1/my/spend" }) },
  // Nurture templates and the sender they go out from are staff's.
  "POST /api/v1/templates": {
    any: STAFF_ONLY,
    request: () => ({
      url: "/api/v1/templates",
      payload: { key: `t-${unique()}`, name: "T", subject: "Hi {{ lead.firstName }}", html: "<p>Hi</p>" },
    }),
  },
  "GET /api/v1/templates": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/templates" }) },
  "GET /api/v1/templates/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/templates/${w.scratch.template}` }),
  },
  "PATCH /api/v1/templates/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/templates/${w.scratch.template}`, payload: { name: "Welcome again" } }),
  },
  "POST /api/v1/templates/preview": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/templates/preview", payload: { subject: "Hi", html: "<p>Hi</p>" } }),
  },
  // No mail server in this test: staff reach the send and are told so (409); others never reach it.
  "POST /api/v1/templates/test-send": {
    any: "409 409 403 403 401 401",
    request: () => ({
      url: "/api/v1/templates/test-send",
      payload: { subject: "Hi", html: "<p>Hi</p>", to: "me@example.com" },
    }),
  },
  // Nurture sequences are staff's; a lead's enrolments are seen by whoever sees the lead.
  "POST /api/v1/sequences": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: "/api/v1/sequences",
      payload: {
        key: `s-${unique()}`,
        name: "S",
        enroll: {},
        exit: {},
        steps: [{ type: "email", template: w.scratch.template }],
      },
    }),
  },
  "GET /api/v1/sequences": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/sequences" }) },
  "GET /api/v1/sequences/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sequences/${w.scratch.sequence}` }),
  },
  "GET /api/v1/sequences/{key}/versions": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sequences/${w.scratch.sequence}/versions` }),
  },
  "PATCH /api/v1/sequences/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sequences/${w.scratch.sequence}`, payload: { name: "Renamed" } }),
  },
  "GET /api/v1/sequences/{key}/enrolments": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sequences/${w.scratch.sequence}/enrolments` }),
  },
  "POST /api/v1/sequences/{key}/enrolments": {
    any: STAFF_ONLY,
    request: async (w, c, t) => ({
      url: `/api/v1/sequences/${w.scratch.sequence}/enrolments`,
      payload: { leadId: (await w.freshLead("direct", w.owner(c, t))).id },
    }),
  },
  "DELETE /api/v1/sequences/{key}/enrolments/{leadId}": {
    any: STAFF_ONLY,
    request: async (w, c, t) => ({
      url: `/api/v1/sequences/${w.scratch.sequence}/enrolments/${await w.freshEnrolment(w.owner(c, t))}`,
    }),
  },
  "GET /api/v1/sequences/{key}/metrics": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/sequences/${w.scratch.sequence}/metrics` }),
  },
  "GET /api/v1/leads/{id}/enrolments": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/leads/${w.heldLead(c, t)}/enrolments` }),
  },
  "GET /api/v1/leads/{id}/score": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/leads/${w.heldLead(c, t)}/score` }),
  },
  "GET /api/v1/settings/mail": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/settings/mail" }) },
  "PUT /api/v1/settings/mail": {
    any: STAFF_ONLY,
    request: () => ({
      url: "/api/v1/settings/mail",
      payload: {
        name: "Sunny Roofs",
        email: "hello@example.com",
        postalAddress: "1 Main St, Des Moines, IA",
      },
    }),
  },
  // A recipient user's own returns and figures; staff have no recipient of their own (403).
  "GET /api/v1/my/returns": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/my/returns" }) },
  "GET /api/v1/my/deliveries": {
    any: "403 403 403 2xx 401 401",
    request: () => ({ url: "/api/v1/my/deliveries" }),
  },
  "GET /api/v1/my/performance": {
    any: RECIPIENT_USERS,
    request: () => ({ url: "/api/v1/my/performance" }),
  },
  "GET /api/v1/leads/export": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/leads/export" }) },
  // CSV imports are staff's: a partner cannot import, nor read how an import went.
  "POST /api/v1/imports": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: "/api/v1/imports",
      payload: {
        kind: "leads",
        source: w.scratch.source,
        csv: `email,zip\nimp.${unique()}@example.com,50309\n`,
      },
    }),
  },
  "GET /api/v1/imports/{id}": {
    any: STAFF_ONLY,
    request: async (w) => ({ url: `/api/v1/imports/${await w.freshImport()}` }),
  },
  "GET /api/v1/leads/attention": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/leads/attention" }) },
  "GET /api/v1/leads/{id}": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/leads/${w.heldLead(c, t)}` }),
  },
  "GET /api/v1/leads/{id}/timing": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/leads/${w.heldLead(c, t)}/timing` }),
  },
  "POST /api/v1/leads/{id}/assign": {
    own: STAFF_ONLY,
    other: STAFF_ONLY,
    request: async (w, c, t) => {
      const owner = w.owner(c, t);
      const lead = await w.freshLead("direct", owner);
      return {
        url: `/api/v1/leads/${lead.id}/assign`,
        payload: { recipient: owner === "agent-b" ? "agent-a" : "agent-b", reason: "asked for" },
      };
    },
  },
  "POST /api/v1/leads/{id}/stage": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/leads/${(await w.freshLead("direct", w.owner(c, t))).id}/stage`,
      payload: { stage: "contacted" },
    }),
  },
  "POST /api/v1/leads/{id}/notes": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/leads/${w.heldLead(c, t)}/notes`, payload: { text: "Called" } }),
  },
  "POST /api/v1/leads/{id}/calls": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({
      url: `/api/v1/leads/${w.heldLead(c, t)}/calls`,
      payload: { outcome: "no_answer", durationSeconds: 20 },
    }),
  },
  "POST /api/v1/leads/{id}/tasks": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({
      url: `/api/v1/leads/${w.heldLead(c, t)}/tasks`,
      payload: { title: "Call back", dueAt: new Date(Date.now() + 86_400_000).toISOString() },
    }),
  },
  "GET /api/v1/tasks": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/tasks" }) },
  "POST /api/v1/tasks/{id}/complete": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: async (w, c, t) => ({ url: `/api/v1/tasks/${await w.freshTask(w.owner(c, t))}/complete` }),
  },
  // Agents do not return leads (they mark them lost): 409 on their own; staff return a partner's.
  "POST /api/v1/leads/{id}/return": {
    own: "409 409 409 2xx 401 401",
    other: "2xx 2xx 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/leads/${(await w.freshLead("direct", w.owner(c, t))).id}/return`,
      payload: { reason: "Disconnected number" },
    }),
  },
  "POST /api/v1/leads/{id}/outcome": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/leads/${(await w.freshLead("direct", w.owner(c, t))).id}/outcome`,
      payload: { outcome: "sold", amount: 25 },
    }),
  },
  // A postback URL is its own authority, whoever calls it: it speaks for its recipient's leads only.
  "GET /postback/{recipient}/{signature}": {
    own: "2xx 2xx 2xx 2xx 2xx 2xx",
    other: "404 404 404 404 404 404",
    request: async (w, c, t) => ({
      url: `${await w.postbackOf(w.owner(c, t))}?lead=${w.heldLead(c, "own")}&outcome=contacted`,
    }),
  },
  "POST /postback/{recipient}/{signature}": {
    own: "2xx 2xx 2xx 2xx 2xx 2xx",
    other: "404 404 404 404 404 404",
    request: async (w, c, t) => ({
      url: await w.postbackOf(w.owner(c, t)),
      payload: { lead: w.heldLead(c, "own"), outcome: "contacted" },
    }),
  },
  // A nurture email's links are their own authority, whoever follows them.
  "GET /t/o/{*}": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: (w) => ({ url: w.tracked.open }) },
  "GET /t/c/{*}": { any: "302 302 302 302 302 302", request: (w) => ({ url: w.tracked.click }) },
  "GET /u/{*}": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: (w) => ({ url: w.tracked.unsubscribe }) },
  "POST /u/{*}": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: (w) => ({ url: w.tracked.unsubscribe }) },
  "POST /api/v1/leads/{id}/events": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/leads/${w.held["agent-a"]}/events`, payload: { type: "page_visit" } }),
  },
  "GET /api/v1/leads/{id}/deliveries": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/leads/${w.held["agent-a"]}/deliveries` }),
  },
  "GET /api/v1/leads/{id}/webhooks": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/leads/${w.held["agent-a"]}/webhooks` }),
  },

  // Offers are answered by the offered recipient only; to others an offer does not exist, staff may not answer.
  "POST /api/v1/assignments/{id}/accept": {
    own: "403 403 2xx 2xx 401 401",
    other: "403 403 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/assignments/${(await w.freshLead("push", w.owner(c, t))).assignment}/accept`,
    }),
  },
  "POST /api/v1/assignments/{id}/reject": {
    own: "403 403 2xx 2xx 401 401",
    other: "403 403 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/assignments/${(await w.freshLead("push", w.owner(c, t))).assignment}/reject`,
      payload: { reason: "not now" },
    }),
  },

  // The pool and the caller's own lists are for agents and partners.
  "GET /api/v1/pool": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/pool" }) },
  "POST /api/v1/pool/{leadId}/claim": {
    own: RECIPIENT_USERS,
    other: "403 403 404 404 401 401",
    request: async (w, c, t) => ({
      url: `/api/v1/pool/${(await w.freshLead("pull", w.owner(c, t))).id}/claim`,
    }),
  },
  "GET /api/v1/my/leads": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/my/leads" }) },
  "GET /api/v1/my/call-list": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/my/call-list" }) },
  "GET /api/v1/categories/{key}/calling": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/calling` }),
  },
  "PUT /api/v1/categories/{key}/calling": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: `/api/v1/categories/${w.scratch.category}/calling`,
      payload: { hours: { from: "08:00", to: "21:00" }, attempts: 6, days: 5, perDay: 2 },
    }),
  },
  "POST /api/v1/suppressions": {
    any: STAFF_ONLY,
    request: () => ({
      url: "/api/v1/suppressions",
      payload: { kind: "email", values: [`s.${unique()}@example.com`], reason: "asked" },
    }),
  },
  "GET /api/v1/suppressions": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/suppressions" }) },
  // Staff reach the removal and are told the address is not listed; others never reach it.
  "DELETE /api/v1/suppressions/{kind}/{value}": {
    any: "404 404 403 403 401 401",
    request: () => ({ url: `/api/v1/suppressions/email/nobody.${unique()}%40example.com` }),
  },
  "GET /api/v1/my/tasks": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/my/tasks" }) },
  "GET /api/v1/my/offers": { any: RECIPIENT_USERS, request: () => ({ url: "/api/v1/my/offers" }) },

  // Recipients: staff's, and a recipient's own users may read it and set their own availability.
  "POST /api/v1/recipients": {
    any: STAFF_ONLY,
    request: (w) => ({
      url: "/api/v1/recipients",
      payload: { key: `r-${unique()}`, name: "New", kind: "agent", categories: [w.scratch.category] },
    }),
  },
  "GET /api/v1/recipients": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/recipients" }) },
  "GET /api/v1/recipients/{key}": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/recipients/${w.owner(c, t)}` }),
  },
  "PATCH /api/v1/recipients/{key}": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/recipients/${w.owner(c, t)}`, payload: { status: "available" } }),
  },
  "POST /api/v1/recipients/{key}/retire": {
    any: STAFF_ONLY,
    request: async (w) => ({ url: `/api/v1/recipients/${await w.freshRecipient()}/retire` }),
  },
  "GET /api/v1/recipients/{key}/postback": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/recipients/${w.owner(c, t)}/postback` }),
  },
  "GET /api/v1/recipients/{key}/return-policy": {
    own: ANY_USER,
    other: "2xx 2xx 404 404 401 401",
    request: (w, c, t) => ({ url: `/api/v1/recipients/${w.owner(c, t)}/return-policy` }),
  },
  "PUT /api/v1/recipients/{key}/return-policy": {
    own: STAFF_ONLY,
    other: STAFF_ONLY,
    request: (w, c, t) => ({
      url: `/api/v1/recipients/${w.owner(c, t)}/return-policy`,
      payload: { windowDays: 7, monthlyCap: null },
    }),
  },
  // The scratch recipient has no delivery channel: there is nothing to test-send (409).
  "POST /api/v1/recipients/{key}/delivery/test": {
    any: "409 409 403 403 401 401",
    request: (w) => ({ url: `/api/v1/recipients/${w.scratch.recipient}/delivery/test`, payload: {} }),
  },
  "POST /api/v1/recipients/{key}/delivery/pause": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/recipients/${w.scratch.recipient}/delivery/pause` }),
  },
  "POST /api/v1/recipients/{key}/delivery/resume": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/recipients/${w.scratch.recipient}/delivery/resume` }),
  },

  // Reports, the audit log, deliveries and webhooks are staff's. Nothing has failed to replay: 404 to staff.
  "GET /api/v1/audit": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/audit" }) },
  "GET /api/v1/reports/summary": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/reports/summary" }) },
  "GET /api/v1/reports/funnel": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/reports/funnel" }) },
  "GET /api/v1/reports/performance": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/reports/performance" }),
  },
  "GET /api/v1/reports/reasons": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/reports/reasons" }) },
  "GET /api/v1/reports/speed": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/reports/speed" }) },
  "GET /api/v1/reports/recipients": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/reports/recipients" }),
  },
  "GET /api/v1/reports/recalibration": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/reports/recalibration" }),
  },
  "GET /api/v1/deliveries": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/deliveries" }) },
  "POST /api/v1/deliveries/{id}/replay": {
    any: "404 404 403 403 401 401",
    request: () => ({ url: "/api/v1/deliveries/delivery_none/replay" }),
  },
  "POST /api/v1/webhooks": {
    any: STAFF_ONLY,
    request: () => ({
      url: "/api/v1/webhooks",
      payload: { url: "http://127.0.0.1:9/hook", events: ["note"] },
    }),
  },
  "GET /api/v1/webhooks": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/webhooks" }) },
  "DELETE /api/v1/webhooks/{id}": {
    any: STAFF_ONLY,
    request: async (w) => ({ url: `/api/v1/webhooks/${await w.freshWebhook()}` }),
  },
  "PATCH /api/v1/webhooks/{id}": {
    any: STAFF_ONLY,
    request: async (w) => ({
      url: `/api/v1/webhooks/${await w.freshWebhook()}`,
      payload: { events: ["note", "stage_changed"] },
    }),
  },
  "GET /api/v1/webhooks/deliveries": {
    any: STAFF_ONLY,
    request: () => ({ url: "/api/v1/webhooks/deliveries" }),
  },
  "POST /api/v1/webhooks/deliveries/{id}/replay": {
    any: "404 404 403 403 401 401",
    request: () => ({ url: "/api/v1/webhooks/deliveries/webhook_delivery_none/replay" }),
  },
  // Experiments are staff's: each write on an experiment of its own (one runs per category).
  "POST /api/v1/experiments": {
    any: STAFF_ONLY,
    request: async (w) => ({
      url: "/api/v1/experiments",
      payload: { category: await w.freshCategory(), arms: EXPERIMENT_ARMS },
    }),
  },
  "GET /api/v1/experiments": { any: STAFF_ONLY, request: () => ({ url: "/api/v1/experiments" }) },
  "GET /api/v1/experiments/{id}": {
    any: STAFF_ONLY,
    request: async (w) => ({ url: `/api/v1/experiments/${await w.freshExperiment()}` }),
  },
  "POST /api/v1/experiments/{id}/stop": {
    any: STAFF_ONLY,
    request: async (w) => ({ url: `/api/v1/experiments/${await w.freshExperiment()}/stop` }),
  },
  "POST /api/v1/experiments/{id}/promote": {
    any: STAFF_ONLY,
    request: async (w) => ({
      url: `/api/v1/experiments/${await w.freshExperiment()}/promote`,
      payload: { arm: 1 },
    }),
  },
  "GET /api/v1/categories/{key}/retest-schedule": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/retest-schedule` }),
  },
  "PUT /api/v1/categories/{key}/retest-schedule": {
    any: STAFF_ONLY,
    request: () => ({
      url: "/api/v1/categories/direct-agent-a/retest-schedule",
      payload: { everyDays: 30, share: 0.1, days: 7, against: 1 },
    }),
  },
  // Staff reach the removal and are told the scratch category has no schedule; others never reach it.
  "DELETE /api/v1/categories/{key}/retest-schedule": {
    any: "404 404 403 403 401 401",
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}/retest-schedule` }),
  },
  "PATCH /api/v1/categories/{key}": {
    any: STAFF_ONLY,
    request: (w) => ({ url: `/api/v1/categories/${w.scratch.category}`, payload: { name: "Renamed" } }),
  },

  // Signing in: open to anyone, and a caller's bearer token gives no session.
  "POST /api/v1/session": {
    any: "401 401 401 401 401 401",
    request: () => ({
      url: "/api/v1/session",
      payload: { email: `nobody-${unique()}@example.com`, password: "not the password" },
    }),
  },
  "GET /api/v1/session": { any: "401 401 401 401 401 401", request: () => ({ url: "/api/v1/session" }) },
  "DELETE /api/v1/session": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: () => ({ url: "/api/v1/session" }) },
  "GET /api/v1/setup": { any: "2xx 2xx 2xx 2xx 2xx 2xx", request: () => ({ url: "/api/v1/setup" }) },
  "POST /api/v1/setup": {
    any: "409 409 409 409 409 409",
    request: () => ({
      url: "/api/v1/setup",
      payload: {
        code: "not-the-code",
        email: `first-${unique()}@example.com`,
        name: "First",
        password: "a long enough password",
      },
    }),
  },
  "POST /api/v1/invites/{token}/accept": {
    any: "404 404 404 404 404 404",
    request: () => ({
      url: "/api/v1/invites/not-an-invite-000000000000/accept",
      payload: { password: "a long enough password" },
    }),
  },
  "POST /api/v1/password-reset": {
    any: "2xx 2xx 2xx 2xx 2xx 2xx",
    request: () => ({ url: "/api/v1/password-reset", payload: { email: `nobody-${unique()}@example.com` } }),
  },
  "POST /api/v1/password-reset/{token}": {
    any: "404 404 404 404 404 404",
    request: () => ({
      url: "/api/v1/password-reset/not-a-reset-0000000000000",
      payload: { password: "a long enough password" },
    }),
  },
  // A stream that opened would never end: a malformed resume id is refused once the caller is let in.
  "GET /api/v1/stream": {
    any: "422 422 422 422 401 401",
    request: () => ({ url: "/api/v1/stream?lastEventId=not-an-event" }),
  },
};

const DIRECT = [{ select: {}, method: "round_robin", mode: "direct" }];
const EXPERIMENT_ARMS = [
  { plan: { tiers: DIRECT }, share: 0.5 },
  { plan: { tiers: [{ select: {}, method: "least_loaded", mode: "direct" }] }, share: 0.5 },
];
const RECIPIENTS = ["agent-a", "agent-b", "partner-a", "partner-b"] as const;
type RecipientKey = (typeof RECIPIENTS)[number];
type Mode = "direct" | "push" | "pull";
const MODES: Mode[] = ["direct", "push", "pull"];

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** The fixtures every row calls on: made once per engine, and fresh ones for calls that use theirs up. */
interface World {
  scratch: {
    category: string;
    source: string;
    intakeKey: string;
    recipient: string;
    template: string;
    sequence: string;
  };
  /** A new lead of `owner`'s, enrolled in the scratch sequence: its id. */
  freshEnrolment(owner: RecipientKey): Promise<string>;
  /** A lead each recipient holds, made once (rows that only read or add to it share it). */
  held: Record<RecipientKey, string>;
  owner(caller: Caller, target: Target): RecipientKey;
  heldLead(caller: Caller, target: Target): string;
  userOf(caller: Caller, target: Target): GivenUser;
  /** A new lead of `owner`'s category of this mode: held by it, offered to it, or pooled for it alone. */
  freshLead(mode: Mode, owner: RecipientKey): Promise<{ id: string; assignment: string | undefined }>;
  freshTask(owner: RecipientKey): Promise<string>;
  freshToken(user: GivenUser): Promise<string>;
  freshWebhook(): Promise<string>;
  freshRecipient(): Promise<string>;
  freshImport(): Promise<string>;
  freshCategory(): Promise<string>;
  /** A running experiment on a category of its own. */
  freshExperiment(): Promise<string>;
  /** The path of a recipient's signed postback URL. */
  postbackOf(recipient: RecipientKey): Promise<string>;
  /** The paths of the links of a nurture email tracked for agent-a's lead. */
  tracked: { open: string; click: string; unsubscribe: string };
}

async function buildWorld(
  t: TestApp,
): Promise<{ world: World; headers: Record<Caller, Record<string, string>> }> {
  const scratchCategory = await givenCategory(t);
  const scratchSource = await givenSource(t, scratchCategory.key);
  const scratchTemplate = `welcome-${unique()}`;
  const templateMade = await t.call({
    method: "POST",
    url: "/api/v1/templates",
    headers: admin,
    payload: { key: scratchTemplate, name: "Welcome", subject: "Hi", html: "<p>Hi</p>" },
  });
  if (templateMade.statusCode !== 201) throw new Error(`template not made: ${templateMade.body}`);
  const scratchSequence = `nurture-${unique()}`;
  const sequenceMade = await t.call({
    method: "POST",
    url: "/api/v1/sequences",
    headers: admin,
    payload: {
      key: scratchSequence,
      name: "Nurture",
      enroll: {},
      exit: {},
      steps: [{ type: "email", template: scratchTemplate }],
    },
  });
  if (sequenceMade.statusCode !== 201) throw new Error(`sequence not made: ${sequenceMade.body}`);
  const intake = new Map<string, string>();
  const categoryOf = (mode: Mode, owner: RecipientKey) => `${mode}-${owner}`;
  const categories = RECIPIENTS.flatMap((r) => MODES.map((m) => categoryOf(m, r)));
  await Promise.all(categories.map((key) => givenCategory(t, { key, name: key })));
  // Every recipient takes every category; each category's plan selects its one recipient.
  await Promise.all(
    [...RECIPIENTS, "scratch"].map((key) =>
      givenRecipient(t, {
        key,
        kind: key.startsWith("partner") ? "partner" : "agent",
        categories: [...categories, scratchCategory.key],
      }),
    ),
  );
  await Promise.all(
    RECIPIENTS.flatMap((r) =>
      MODES.map(async (mode) => {
        const category = categoryOf(mode, r);
        const tier = { select: { keys: [r] }, method: "round_robin", mode };
        await givenPlan(t, category, [
          mode === "push"
            ? { ...tier, slaSeconds: 3600, attempts: 1 }
            : mode === "pull"
              ? { ...tier, poolSeconds: 3600 }
              : tier,
        ]);
        intake.set(category, (await givenSource(t, category)).intakeKey);
      }),
    ),
  );
  const [adminUser, managerUser, ...recipientUsers] = await Promise.all([
    givenUser(t, "admin"),
    givenUser(t, "manager"),
    ...RECIPIENTS.map((r) => givenUser(t, r.startsWith("partner") ? "partner" : "agent", r)),
  ]);
  const userOfRecipient = Object.fromEntries(RECIPIENTS.map((r, i) => [r, recipientUsers[i]!])) as Record<
    RecipientKey,
    GivenUser
  >;

  const freshLead = async (mode: Mode, owner: RecipientKey) => {
    const res = await postLead(t, intake.get(categoryOf(mode, owner))!, aLead());
    if (res.statusCode !== 201) throw new Error(`lead not created: ${res.body}`);
    return { id: res.data.id as string, assignment: res.data.assignments[0]?.id as string | undefined };
  };
  const held = Object.fromEntries(
    await Promise.all(RECIPIENTS.map(async (r) => [r, (await freshLead("direct", r)).id])),
  ) as Record<RecipientKey, string>;

  const owner = (caller: Caller, target: Target): RecipientKey => {
    if (caller === "agent") return target === "other" ? "agent-b" : "agent-a";
    if (caller === "partner") return target === "other" ? "partner-b" : "partner-a";
    return target === "other" ? "partner-b" : "agent-a";
  };
  const ownUser: Record<Caller, GivenUser> = {
    admin: adminUser!,
    manager: managerUser!,
    agent: userOfRecipient["agent-a"],
    partner: userOfRecipient["partner-a"],
    none: userOfRecipient["agent-a"],
    wrong: userOfRecipient["agent-a"],
  };
  const call = async (method: "POST", url: string, payload: Record<string, unknown>) => {
    const res = await t.call({ method, url, headers: admin, payload });
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
    return res.data.id as string;
  };
  const trackedEmail = await trackMessage(t.store, {
    leadId: held["agent-a"],
    messageId: "<matrix@carousel>",
    html: '<a href="https://example.com/">home</a>',
    text: "home",
    publicUrl: "https://carousel.example",
  });
  const trackedPath = (prefix: string) =>
    [...trackedEmail.html.matchAll(/(?:href|src)="https:\/\/carousel\.example([^"]+)"/g)]
      .map((m) => m[1]!)
      .find((path) => path.startsWith(prefix))!;
  const world: World = {
    tracked: {
      open: trackedPath("/t/o/"),
      click: trackedPath("/t/c/"),
      unsubscribe: trackedPath("/u/"),
    },
    scratch: {
      category: scratchCategory.key,
      source: scratchSource.key,
      intakeKey: scratchSource.intakeKey,
      recipient: "scratch",
      template: scratchTemplate,
      sequence: scratchSequence,
    },
    freshEnrolment: async (owner) => {
      const { id } = await freshLead("direct", owner);
      const res = await t.call({
        method: "POST",
        url: `/api/v1/sequences/${scratchSequence}/enrolments`,
        headers: admin,
        payload: { leadId: id },
      });
      if (res.statusCode !== 201) throw new Error(`lead not enrolled: ${res.body}`);
      return id;
    },
    held,
    owner,
    heldLead: (caller, target) => held[owner(caller, target)],
    userOf: (caller, target) =>
      target === "other" ? userOfRecipient[owner(caller, "other")] : ownUser[caller],
    freshLead,
    freshTask: async (r) =>
      call("POST", `/api/v1/leads/${(await freshLead("direct", r)).id}/tasks`, {
        title: "Call back",
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      }),
    freshToken: (user) => call("POST", "/api/v1/tokens", { name: "to revoke", userId: user.id }),
    freshRecipient: async () =>
      (await givenRecipient(t, { key: `r-${unique()}`, categories: [scratchCategory.key] })).key as string,
    freshWebhook: () =>
      call("POST", "/api/v1/webhooks", { url: "http://127.0.0.1:9/hook", events: ["note"] }),
    freshCategory: async () => (await givenCategory(t)).key,
    freshExperiment: async () =>
      call("POST", "/api/v1/experiments", { category: (await givenCategory(t)).key, arms: EXPERIMENT_ARMS }),
    postbackOf: async (recipient) => {
      const url = `/api/v1/recipients/${recipient}/postback`;
      return new URL((await t.call({ method: "GET", url, headers: admin })).data.url).pathname;
    },
    freshImport: async () => {
      const csv = `email,zip\nfresh.${unique()}@example.com,50309\n`;
      const payload = { kind: "leads", source: scratchSource.key, csv };
      const res = await t.call({ method: "POST", url: "/api/v1/imports", headers: admin, payload });
      if (res.statusCode !== 202) throw new Error(`import: ${res.body}`);
      return res.data.id as string;
    },
  };
  const headers: Record<Caller, Record<string, string>> = {
    admin: adminUser!.headers,
    manager: managerUser!.headers,
    agent: userOfRecipient["agent-a"].headers,
    partner: userOfRecipient["partner-a"].headers,
    none: {},
    wrong: { authorization: "Bearer crsl_not-a-token-anyone-was-given" },
  };
  return { world, headers };
}

const matches = (status: number, expected: string) =>
  expected === "2xx" ? status >= 200 && status < 300 : status === Number(expected);

describe.each(ENGINES)("the authorization matrix on %s", (engine) => {
  let t: TestApp;
  let operations: string[];
  let world: World;
  let headers: Record<Caller, Record<string, string>>;
  beforeAll(async () => {
    // The matrix fails to authenticate on purpose, many times over: no throttle here.
    t = await startTestApp(engine, {
      rateLimits: { ...DEFAULT_RATE_LIMITS, failedAuthPerMinute: 1_000_000 },
    });
    const doc = (await t.call({ method: "GET", url: "/openapi.json" })).data as {
      paths: Record<string, Record<string, unknown>>;
    };
    operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    ({ world, headers } = await buildWorld(t));
  }, 120_000);
  afterAll(async () => t.close());

  it("has a row for every operation of the OpenAPI document, and none for an operation it lacks", () => {
    expect(
      operations.filter((op) => !(op in MATRIX)),
      "operations without a row",
    ).toEqual([]);
    expect(
      Object.keys(MATRIX).filter((op) => !operations.includes(op)),
      "rows without an operation",
    ).toEqual([]);
  });

  it("answers every caller, on its own resources and on another's, exactly as the table says", async () => {
    const cases = Object.entries(MATRIX).flatMap(([op, row]) =>
      (["own", "other", "any"] as const).flatMap((target) => {
        const outcomes = row[target]?.split(" ");
        if (!outcomes) return [];
        expect(outcomes, `${op} ${target}`).toHaveLength(CALLERS.length);
        return CALLERS.map((caller, i) => ({ op, row, target, caller, expected: outcomes[i]! }));
      }),
    );
    const results = await Promise.all(
      cases.map(async ({ op, row, target, caller, expected }) => {
        const [method] = op.split(" ") as [string];
        const req = await row.request(world, caller, target);
        const res = await t.call({
          method: method as "GET",
          url: req.url,
          headers: { ...headers[caller], ...req.headers },
          ...(req.payload ? { payload: req.payload } : {}),
        });
        return { op, target, caller, expected, status: res.statusCode, body: res.body.slice(0, 200) };
      }),
    );
    const wrong = results.filter((r) => !matches(r.status, r.expected));
    expect(
      wrong.map(
        (r) => `${r.op} [${r.target}] as ${r.caller}: expected ${r.expected}, got ${r.status} ${r.body}`,
      ),
    ).toEqual([]);
  }, 120_000);
});
