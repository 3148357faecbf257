import { useQuery } from "@tanstack/react-query";
import { api, ApiError, ok } from "../../api/client";
import type { Tier } from "./draft";
import type { Simulation } from "./simulation";

/** The query keys of the plans screen. */
export const planKeys = {
  plan: (category: string) => ["plan", category] as const,
  versions: (category: string) => ["plan", category, "versions"] as const,
  version: (category: string, version: number) => ["plan", category, "versions", version] as const,
  recipients: (category: string) => ["plans", "recipients", category] as const,
};

export interface PlanVersion {
  category: string;
  version: number;
  tiers: Tier[];
  createdAt: string;
  createdBy: string | null;
  live?: boolean;
}

export interface RecipientSummary {
  key: string;
  name: string;
  kind: string;
  tags?: string[];
}

/** The category's live plan; null when it has none. */
export function useLivePlan(category: string) {
  return useQuery({
    queryKey: planKeys.plan(category),
    queryFn: async (): Promise<PlanVersion | null> => {
      try {
        return await ok(api.GET("/api/v1/categories/{key}/plan", { params: { path: { key: category } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function usePlanVersions(category: string) {
  return useQuery({
    queryKey: planKeys.versions(category),
    queryFn: async (): Promise<PlanVersion[]> =>
      (await ok(api.GET("/api/v1/categories/{key}/plan/versions", { params: { path: { key: category } } })))
        .items,
  });
}

export function usePlanVersion(category: string, version: number | null) {
  return useQuery({
    queryKey: planKeys.version(category, version ?? 0),
    enabled: version !== null,
    queryFn: (): Promise<PlanVersion> =>
      ok(
        api.GET("/api/v1/categories/{key}/plan/versions/{version}", {
          params: { path: { key: category, version: String(version) } },
        }),
      ),
  });
}

export function useCategoryRecipients(category: string) {
  return useQuery({
    queryKey: planKeys.recipients(category),
    queryFn: async () =>
      (await ok(api.GET("/api/v1/recipients", { params: { query: { category } } })))
        .items as unknown as RecipientSummary[],
  });
}

export async function simulatePlan(
  category: string,
  tiers: Tier[],
  range: { from?: string },
): Promise<Simulation> {
  const answer = await ok(
    api.POST("/api/v1/categories/{key}/plan/simulate", {
      params: { path: { key: category } },
      body: { plan: { tiers }, ...range },
    }),
  );
  return answer as unknown as Simulation;
}

export const savePlan = (category: string, tiers: Tier[]): Promise<PlanVersion> =>
  ok(api.PUT("/api/v1/categories/{key}/plan", { params: { path: { key: category } }, body: { tiers } }));
