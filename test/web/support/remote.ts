import type { InjectOptions } from "fastify";
import type { TestApp } from "../../support/app.js";

/**
 * A server process seen through the same `call` the in-process fixtures use, so the browser
 * tests build their categories, sources, recipients and plans with the shared fixture builders.
 */
export function remote(url: string): TestApp {
  const call = async (options: InjectOptions) => {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    let body: string | undefined;
    if (options.payload !== undefined) {
      body = typeof options.payload === "string" ? options.payload : JSON.stringify(options.payload);
      headers["content-type"] ??= "application/json";
    }
    const res = await fetch(`${url}${String(options.url)}`, {
      method: options.method ?? "GET",
      headers,
      body,
    });
    const text = await res.text();
    const data = res.headers.get("content-type")?.includes("json") && text ? JSON.parse(text) : undefined;
    return { statusCode: res.status, body: text, headers: Object.fromEntries(res.headers), data };
  };
  return { call } as unknown as TestApp;
}
