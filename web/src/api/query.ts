import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiError, setCsrfToken } from "./client";

/**
 * A 401 on any call means the session ended (signed out elsewhere, expired, or the user was
 * disabled): the app forgets who was signed in and shows the sign-in page at once.
 */
function signedOutOn(error: unknown) {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (queryClient.getQueryData(["session"]) === null) return;
  setCsrfToken(null);
  queryClient.setQueryData(["session"], null);
}

/** The one cache of server state: API calls fill it, the live stream invalidates it. */
export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signedOutOn }),
  mutationCache: new MutationCache({ onError: signedOutOn }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
  },
});

/** Query keys, one place, so the stream and the screens name the same data. */
export const keys = {
  session: ["session"] as const,
  setup: ["setup"] as const,
  offers: ["offers"] as const,
  pool: ["pool"] as const,
  myLeads: ["my-leads"] as const,
  myTasks: ["my-tasks"] as const,
  callList: ["call-list"] as const,
  lead: (id: string) => ["lead", id] as const,
  leadTasks: (id: string) => ["lead", id, "tasks"] as const,
  leads: (filters: Record<string, string>) => ["leads", filters] as const,
  summary: (range: string) => ["summary", range] as const,
  /** The staff's counts of now, put in the cache by the stream rather than fetched. */
  counters: ["counters"] as const,
  recipient: (key: string) => ["recipient", key] as const,
  categories: ["categories"] as const,
  categoryStages: (key: string) => ["categories", key, "stages"] as const,
  sources: ["sources"] as const,
};
