import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";

/** Query keys of the portal's screens; a return refreshes the returns and the leads bought. */
export const portalKeys = {
  returns: ["my-returns"] as const,
  spend: (from: string, to: string) => ["my-spend", from, to] as const,
  deliveries: ["my-deliveries"] as const,
  performance: (from: string, to: string) => ["my-performance", from, to] as const,
};

export function useMyReturns() {
  return useQuery({
    queryKey: portalKeys.returns,
    queryFn: async () => ok(api.GET("/api/v1/my/returns", { params: { query: { limit: "200" } } })),
  });
}

export function useMySpend(from: string, to: string) {
  return useQuery({
    queryKey: portalKeys.spend(from, to),
    queryFn: async () => ok(api.GET("/api/v1/my/spend", { params: { query: { from, to, groupBy: "day" } } })),
  });
}

export function useMyDeliveries() {
  return useQuery({
    queryKey: portalKeys.deliveries,
    queryFn: async () => ok(api.GET("/api/v1/my/deliveries", { params: { query: { limit: "50" } } })),
  });
}

export function useMyPerformance(from: string, to: string) {
  return useQuery({
    queryKey: portalKeys.performance(from, to),
    queryFn: async () => ok(api.GET("/api/v1/my/performance", { params: { query: { from, to } } })),
  });
}

const DAY_MS = 86_400_000;

/** A period the screens offer: its label and [from, to) as ISO times, ending now (to the minute). */
export function periodEnding(days: number | "month", now = Date.now()) {
  const to = now - (now % 60_000) + 60_000;
  const d = new Date(now);
  const from = days === "month" ? new Date(d.getFullYear(), d.getMonth(), 1).getTime() : to - days * DAY_MS;
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}
