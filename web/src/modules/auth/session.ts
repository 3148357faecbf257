import { useQuery } from "@tanstack/react-query";
import { ApiError, callApi, setCsrfToken } from "../../api/client";
import { keys, queryClient } from "../../api/query";

export type Role = "admin" | "manager" | "agent" | "partner";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  recipient: string | null;
  /** The recipient the user acts for: a buyer's users read "Leads bought", a partner's "Offers & pool". */
  actsFor: { key: string; name: string; kind: "agent" | "partner" | "buyer" } | null;
  csrfToken: string;
}

/** Whether the user acts for a buyer, whose screens speak of leads bought and spend. */
export const isBuyer = (user: Pick<SessionUser, "role" | "actsFor">) =>
  user.role === "partner" && user.actsFor?.kind === "buyer";

export const isStaff = (role: Role) => role === "admin" || role === "manager";

async function fetchSession(): Promise<SessionUser | null> {
  try {
    const user = await callApi<SessionUser>("GET", "/api/v1/session");
    setCsrfToken(user.csrfToken);
    return user;
  } catch (error) {
    // 404: a server without sign-in answers no one is signed in.
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Who is signed in: null when nobody is. */
export function useSession() {
  return useQuery({ queryKey: keys.session, queryFn: fetchSession, staleTime: 5 * 60_000 });
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const user = await callApi<SessionUser>("POST", "/api/v1/session", { email, password });
  setCsrfToken(user.csrfToken);
  queryClient.setQueryData(keys.session, user);
  return user;
}

export async function signOut(): Promise<void> {
  try {
    await callApi("DELETE", "/api/v1/session");
  } finally {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(keys.session, null);
  }
}

/** Whether the server still waits for its first admin. */
export function useSetupNeeded() {
  return useQuery({
    queryKey: keys.setup,
    queryFn: async () => {
      try {
        return (await callApi<{ needed: boolean }>("GET", "/api/v1/setup")).needed;
      } catch {
        return false;
      }
    },
    staleTime: Infinity,
  });
}
