import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote } from "../../ui/feedback";
import { useToast } from "../../ui/toast";
import type { Lead } from "./lead";

export type Stage = { key: string; name: string; outcome: string | null; terminal: boolean };

/** A category's stages; asks nothing until the category is known (an empty key). */
export function useStages(category: string) {
  return useQuery({
    enabled: category !== "",
    queryKey: ["stages", category],
    queryFn: async () =>
      (await ok(api.GET("/api/v1/categories/{key}/stages", { params: { path: { key: category } } }))).stages,
    staleTime: 5 * 60_000,
  });
}

/** Carousel moves leads into these stages itself; people move them on from there. */
const SYSTEM = new Set(["new", "assigned"]);

/** The stages a person may move a lead into next: those after its own, and never back. */
export function nextStages(stages: readonly Stage[], current: string): Stage[] {
  const at = stages.findIndex((s) => s.key === current);
  if (at >= 0 && stages[at]?.terminal) return [];
  return stages.filter((s, i) => i > at && !SYSTEM.has(s.key));
}

/** new → assigned → contacted → qualified → won/lost, the lead's stage marked. */
export function StageStepper({ stages, current }: { stages: readonly Stage[]; current: string }) {
  const at = stages.findIndex((s) => s.key === current);
  const ended = stages[at]?.outcome ? stages[at] : undefined;
  const line = stages.filter((s) => !s.outcome);
  const stateOf = (s: Stage) =>
    s.key === current ? "current" : ended || stages.indexOf(s) < at ? "done" : "todo";
  const last = ended ?? { key: "outcome", name: "Won / Lost", outcome: null, terminal: true };
  return (
    <ol className="stepper" aria-label="Stage">
      {[...line, last].map((s) => (
        <li
          key={s.key}
          className={`step step-${s === last && !ended ? "todo" : stateOf(s)}${s.outcome ? ` outcome-${s.outcome}` : ""}`}
          aria-current={s.key === current ? "step" : undefined}
        >
          {s.name}
        </li>
      ))}
    </ol>
  );
}

/** A button per next stage; a win asks for its revenue, a loss for its reason. */
export function StageButtons({
  lead,
  stages,
}: {
  lead: Pick<Lead, "id" | "stage" | "firstName">;
  stages: readonly Stage[];
}) {
  const toast = useToast();
  const [asking, setAsking] = useState<Stage | null>(null);
  const move = useMutation({
    mutationFn: (input: { stage: string; revenue?: number; reason?: string }) =>
      ok(api.POST("/api/v1/leads/{id}/stage", { params: { path: { id: lead.id } }, body: input })),
    onSuccess: (_data, input) => {
      setAsking(null);
      const name = stages.find((s) => s.key === input.stage)?.name ?? input.stage;
      toast(`${lead.firstName ?? "Lead"} moved to ${name}.`);
      void queryClient.invalidateQueries({ queryKey: keys.lead(lead.id) });
      void queryClient.invalidateQueries({ queryKey: keys.myLeads });
      void queryClient.invalidateQueries({ queryKey: ["leads"] });
    },
  });
  const next = nextStages(stages, lead.stage);
  if (next.length === 0) return null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!asking) return;
    const form = new FormData(event.currentTarget);
    if (asking.outcome === "won") move.mutate({ stage: asking.key, revenue: Number(form.get("revenue")) });
    else move.mutate({ stage: asking.key, reason: String(form.get("reason") ?? "").trim() });
  };
  if (asking)
    return (
      <form className="stage-form" onSubmit={submit} aria-label={`Move to ${asking.name}`}>
        {asking.outcome === "won" ? (
          <label>
            Revenue (USD)
            <input name="revenue" type="number" min={0} step="0.01" required autoFocus />
          </label>
        ) : (
          <label>
            Why was it lost?
            <input name="reason" required maxLength={1000} autoFocus />
          </label>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={move.isPending}>
            Move to {asking.name}
          </button>
          <button type="button" className="link" onClick={() => setAsking(null)}>
            Cancel
          </button>
        </div>
        <ErrorNote error={move.error} />
      </form>
    );
  return (
    <div className="actions stage-buttons">
      {next.map((s) => (
        <button
          key={s.key}
          type="button"
          className={s.outcome === "won" ? "good" : undefined}
          disabled={move.isPending}
          onClick={() =>
            s.outcome === "won" || s.outcome === "lost" ? setAsking(s) : move.mutate({ stage: s.key })
          }
        >
          {s.name}
        </button>
      ))}
      <ErrorNote error={move.error} />
    </div>
  );
}
