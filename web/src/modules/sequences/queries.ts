import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import type { Sequence } from "./draft";

/** Query keys of the sequences screens. */
export const sequenceKeys = {
  all: ["sequences"] as const,
  one: (key: string) => ["sequences", key] as const,
  enrolments: (key: string) => ["sequences", key, "enrolments"] as const,
  versions: (key: string) => ["sequences", key, "versions"] as const,
  metrics: (key: string, days: number) => ["sequences", key, "metrics", days] as const,
  ofLead: (leadId: string) => ["lead", leadId, "enrolments"] as const,
};

export const useSequences = (enabled = true) =>
  useQuery({
    queryKey: sequenceKeys.all,
    enabled,
    queryFn: async () => (await ok(api.GET("/api/v1/sequences"))).items,
  });

export const useSequence = (key: string) =>
  useQuery({
    queryKey: sequenceKeys.one(key),
    queryFn: async (): Promise<Sequence> =>
      ok(api.GET("/api/v1/sequences/{key}", { params: { path: { key } } })),
  });
