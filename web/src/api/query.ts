import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./client";

/** The one cache of server state: API calls fill it, the live stream invalidates it. */
export const queryClient = new QueryClient({
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
  lead: (id: string) => ["lead", id] as const,
  leadTasks: (id: string) => ["lead", id, "tasks"] as const,
  leads: (filters: Record<string, string>) => ["leads", filters] as const,
  summary: (range: string) => ["summary", range] as const,
  recipient: (key: string) => ["recipient", key] as const,
  categories: ["categories"] as const,
  categoryStages: (key: string) => ["categories", key, "stages"] as const,
  sources: ["sources"] as const,
};
