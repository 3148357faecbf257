import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";

/** The query keys of the experiments screens. */
export const experimentKeys = {
  all: ["experiments"] as const,
  report: (id: string) => ["experiments", id] as const,
};

export const useExperiments = () =>
  useQuery({
    queryKey: experimentKeys.all,
    queryFn: async () => (await ok(api.GET("/api/v1/experiments"))).items,
  });

const fetchReport = (id: string) => ok(api.GET("/api/v1/experiments/{id}", { params: { path: { id } } }));

/** An experiment with each arm's figures and the verdict. */
export type ExperimentReport = Awaited<ReturnType<typeof fetchReport>>;

export const useExperimentReport = (id: string) =>
  useQuery({ queryKey: experimentKeys.report(id), queryFn: () => fetchReport(id) });
