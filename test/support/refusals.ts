import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";
import { ERROR_STATUS } from "../../src/domain/errors.js";
import { STACK_TRACE } from "./hostile.js";

/** A refusal as the contract shapes it: a 4xx, a known code for that status, no stack trace. */
export function expectRefusal(res: LightMyRequestResponse): void {
  const context = `${res.statusCode} ${res.body.slice(0, 500)}`;
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, context).toBeLessThan(500);
  expect(res.headers["content-type"], context).toMatch(/^application\/json/);
  const body = res.json() as { error: Record<string, unknown> };
  const { code, message, details, requestId, retry } = body.error;
  expect(Object.keys(ERROR_STATUS), context).toContain(code);
  expect(ERROR_STATUS[code as keyof typeof ERROR_STATUS], context).toBe(res.statusCode);
  expect(typeof message, context).toBe("string");
  expect(typeof requestId, context).toBe("string");
  expect(retry, context).toBe(false);
  expect(Array.isArray(details), context).toBe(true);
  for (const d of details as Record<string, unknown>[])
    expect([typeof d["field"], typeof d["code"], typeof d["message"]], context).toEqual([
      "string",
      "string",
      "string",
    ]);
  expect(res.body, context).not.toMatch(STACK_TRACE);
}
