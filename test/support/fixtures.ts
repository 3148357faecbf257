import { randomUUID } from "node:crypto";
import type { TestApp } from "./app.js";
import { admin } from "./app.js";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function givenCategory(t: TestApp, overrides: Record<string, unknown> = {}) {
  const res = await t.call({
    method: "POST",
    url: "/api/v1/categories",
    headers: admin,
    payload: {
      key: `cat-${unique()}`,
      name: "Home improvement",
      fields: [
        { key: "creditScore", type: "number" },
        { key: "product", type: "enum", options: ["roofing", "solar", "windows"] },
        { key: "homeowner", type: "boolean" },
      ],
      ...overrides,
    },
  });
  if (res.statusCode !== 201) throw new Error(`category not created: ${res.body}`);
  // Tests assign directly unless they put a plan of their own; the default plan is tested on its own.
  const plan = await t.call({
    method: "PUT",
    url: `/api/v1/categories/${res.data.key}/plan`,
    headers: admin,
    payload: { tiers: [{ select: {}, method: "round_robin", mode: "direct" }] },
  });
  if (plan.statusCode !== 200) throw new Error(`plan not put: ${plan.body}`);
  return res.data as { key: string; dedupe: { keys: string[]; windowDays: number } };
}

export async function givenSource(t: TestApp, category: string, overrides: Record<string, unknown> = {}) {
  const res = await t.call({
    method: "POST",
    url: "/api/v1/sources",
    headers: admin,
    payload: { key: `src-${unique()}`, name: "Landing page", category, costPerLead: 12.5, ...overrides },
  });
  if (res.statusCode !== 201) throw new Error(`source not created: ${res.body}`);
  return res.data as { key: string; intakeKey: string; rateLimitPerMinute: number | null };
}

/** A category with one source: where most intake tests start. */
export async function givenIntake(t: TestApp, categoryOverrides: Record<string, unknown> = {}) {
  const category = await givenCategory(t, categoryOverrides);
  const source = await givenSource(t, category.key);
  return { category, source };
}

export function aLead(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = randomUUID().slice(0, 8);
  const n = counter++;
  return {
    firstName: "Ada",
    lastName: "Byron",
    email: `ada.${id}@example.com`,
    phone: `+1515${String(2430000 + (n % 1_000_000)).padStart(7, "0")}`,
    zip: "50309",
    creditScore: 710,
    product: "solar",
    ...overrides,
  };
}

export async function postLead(t: TestApp, intakeKey: string, body: Record<string, unknown>) {
  return t.call({
    method: "POST",
    url: "/api/v1/leads",
    headers: { "x-intake-key": intakeKey },
    payload: body,
  });
}
