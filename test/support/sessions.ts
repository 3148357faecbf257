import { expect } from "vitest";
import type { TestApp } from "./app.js";

/** A browser's sign-in: the cookie to send back and the CSRF token its writes carry. */
export interface SignedInBrowser {
  cookie: string;
  csrfToken: string;
  user: { id: string; email: string; role: string; recipient: string | null };
  /** Headers for a read made with the session. */
  reads: { cookie: string };
  /** Headers for a write made with the session. */
  writes: { cookie: string; "x-csrf-token": string };
}

/** The `name=value` of the session cookie a response set. */
export function sessionCookieOf(res: { headers: Record<string, unknown> }): string {
  const header = [res.headers["set-cookie"]].flat().find((c) => String(c).startsWith("carousel_session="));
  expect(header, "the answer sets the session cookie").toBeDefined();
  return String(header).split(";")[0]!;
}

export function browserOf(res: { headers: Record<string, unknown>; data: any }): SignedInBrowser {
  const cookie = sessionCookieOf(res);
  return {
    cookie,
    csrfToken: res.data.csrfToken,
    user: res.data,
    reads: { cookie },
    writes: { cookie, "x-csrf-token": res.data.csrfToken },
  };
}

export async function signIn(t: TestApp, email: string, password: string): Promise<SignedInBrowser> {
  const res = await t.call({ method: "POST", url: "/api/v1/session", payload: { email, password } });
  expect(res.statusCode, res.body).toBe(200);
  return browserOf(res);
}
