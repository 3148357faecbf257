import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { api, ApiError, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { useToast } from "../../ui/toast";
import { refocus } from "../../ui/ordered-card";
import {
  apiFieldErrors,
  draftFromTiers,
  moveTier,
  newTier,
  noErrors,
  removeTier,
  sameAs,
  tiersFromDraft,
  updateTier,
  type DraftTier,
  type FieldErrors,
} from "./draft";
import {
  planKeys,
  savePlan,
  simulatePlan,
  useCategoryRecipients,
  useLivePlan,
  usePlanVersions,
  type PlanVersion,
} from "./plan-queries";
import { SimulationResult } from "./plan-simulation";
import { PlanVersions } from "./plan-versions";
import { compare, periodRange, PERIODS, type Comparison, type Period } from "./simulation";
import { TierCard } from "./tier-card";
import { nextVersion } from "./versions";
import "./plans.css";

const NONE: FieldErrors = { tiers: {}, plan: [] };

/** The API's refusal as errors next to the fields it names, or as one message for the plan. */
function errorsOf(error: unknown): FieldErrors {
  if (error instanceof ApiError) {
    const details = Array.isArray(error.details)
      ? (error.details as { field: string; message: string }[])
      : [];
    const found = apiFieldErrors(details);
    return noErrors(found) ? { tiers: {}, plan: [error.message] } : found;
  }
  return { tiers: {}, plan: [error instanceof Error ? error.message : "Something went wrong. Try again."] };
}

/**
 * A category's plan: the draft's tiers as editable cards, a simulation of the draft against the
 * live plan over stored leads, saving as the next version, and the version history.
 */
export function PlanEditor({ category, me }: { category: string; me: { id: string; role: string } }) {
  const live = useLivePlan(category);
  const versions = usePlanVersions(category);
  const recipients = useCategoryRecipients(category);
  const users = useQuery({
    queryKey: ["plans", "authors"],
    enabled: me.role === "admin",
    queryFn: async () =>
      (await ok(api.GET("/api/v1/users"))).items as unknown as { id: string; name: string }[],
  });
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const queryClient = useQueryClient();
  const toast = useToast();

  const [draft, setDraft] = useState<DraftTier[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NONE);
  const [period, setPeriod] = useState<Period>("7d");
  const [simulation, setSimulation] = useState<{ comparison: Comparison; draft: string } | null>(null);

  // The draft starts as the live plan, and starts again from it once a version is saved.
  const liveVersion = live.data === undefined ? undefined : (live.data?.version ?? 0);
  useEffect(() => {
    if (live.data === undefined) return;
    setDraft(live.data ? draftFromTiers(live.data.tiers) : [newTier()]);
    setErrors(NONE);
    setSimulation(null);
  }, [category, liveVersion]);

  const simulate = useMutation({
    mutationFn: async () => {
      const checked = tiersFromDraft(draft ?? []);
      if (!noErrors(checked.errors)) throw checked.errors;
      const range = periodRange(period, Date.now());
      const [now, next] = await Promise.all([
        live.data ? simulatePlan(category, live.data.tiers, range) : Promise.resolve(null),
        simulatePlan(category, checked.tiers, range),
      ]);
      return { comparison: compare(now, next), draft: JSON.stringify(checked.tiers) };
    },
    onMutate: () => setErrors(NONE),
    onSuccess: (result) => setSimulation(result),
    onError: (error) => setErrors(isFieldErrors(error) ? error : errorsOf(error)),
  });

  const save = useMutation({
    mutationFn: async () => {
      const checked = tiersFromDraft(draft ?? []);
      if (!noErrors(checked.errors)) throw checked.errors;
      return savePlan(category, checked.tiers);
    },
    onMutate: () => setErrors(NONE),
    onSuccess: async (saved) => {
      toast(`Version ${saved.version} of the ${category} plan is live.`);
      await queryClient.invalidateQueries({ queryKey: planKeys.plan(category) });
    },
    onError: (error) => setErrors(isFieldErrors(error) ? error : errorsOf(error)),
  });

  if (live.isPending || draft === null) return <Skeleton rows={4} label="Loading the plan" />;
  if (live.error) return <ErrorNote error={live.error} />;

  const edit = (next: DraftTier[]) => {
    setDraft(next);
    setErrors(NONE);
  };
  const move = (index: number, by: -1 | 1) => {
    edit(moveTier(draft, index, by));
    refocus(draft[index]!.id, by === -1 ? "up" : "down");
  };
  const restore = (version: PlanVersion) => {
    edit(draftFromTiers(version.tiers));
    toast(`Version ${version.version} restored as the draft. Save it to put it live.`);
    document.getElementById("draft-heading")?.focus();
  };
  const onSimulate = (event: FormEvent) => {
    event.preventDefault();
    simulate.mutate();
  };

  const unchanged = live.data ? sameAs(draft, live.data.tiers) : false;
  const next = nextVersion(versions.data ?? (live.data ? [live.data] : []));
  const currentDraft = JSON.stringify(tiersFromDraft(draft).tiers);

  return (
    <div className="plan-editor">
      <section className="section" aria-labelledby="draft-heading">
        <div className="section-head">
          <h2 id="draft-heading" tabIndex={-1}>
            Draft
          </h2>
          <p className="muted small">
            {live.data
              ? unchanged
                ? `Same as the live version ${live.data.version}.`
                : `Changed from the live version ${live.data.version}.`
              : "This category has no plan yet: its leads wait unassigned."}
          </p>
        </div>
        <p className="muted small">
          The first tier with an eligible recipient decides; the others run when it finds nobody or its offers
          run out.
        </p>
        {errors.plan.map((message) => (
          <p key={message} className="error-note" role="alert">
            {message}
          </p>
        ))}
        {Object.keys(errors.tiers).length > 0 ? (
          <p className="error-note" role="alert">
            The plan was not accepted: see the fields marked below.
          </p>
        ) : null}
        <ol className="stacked roomy plan-list">
          {draft.map((tier, index) => (
            <TierCard
              key={tier.id}
              tier={tier}
              index={index}
              count={draft.length}
              errors={errors.tiers[index] ?? {}}
              onChange={(change) => edit(updateTier(draft, index, change))}
              onMove={(by) => move(index, by)}
              onRemove={() => edit(removeTier(draft, index))}
            />
          ))}
        </ol>
        <div className="actions">
          <button type="button" onClick={() => edit([...draft, newTier()])} disabled={draft.length >= 20}>
            Add tier
          </button>
        </div>
      </section>

      <section className="section" aria-labelledby="simulate-heading">
        <h2 id="simulate-heading">Simulate</h2>
        <form className="filters" onSubmit={onSimulate}>
          <label>
            Period
            <select value={period} onChange={(e) => setPeriod(e.target.value as Period)}>
              {PERIODS.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <div className="actions">
            <button type="submit" disabled={simulate.isPending}>
              {simulate.isPending ? "Simulating…" : "Simulate this draft over stored leads"}
            </button>
          </div>
        </form>
        {simulation ? (
          <SimulationResult
            comparison={simulation.comparison}
            recipients={recipients.data ?? []}
            hasLivePlan={live.data !== null}
            stale={simulation.draft !== currentDraft}
          />
        ) : (
          <p className="muted small">
            Replays the period's stored leads through the live plan and through this draft, and shows per
            recipient what each would have given. Nothing is written.
          </p>
        )}
      </section>

      <div className="actions save-bar">
        <button
          type="button"
          className="primary"
          disabled={save.isPending || unchanged}
          onClick={() => save.mutate()}
        >
          {save.isPending ? "Saving…" : `Save as version ${next}`}
        </button>
        {unchanged ? <span className="muted small">Change the draft to save a new version.</span> : null}
      </div>

      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">Version history</h2>
        <PlanVersions category={category} me={me} names={names} onRestore={restore} />
      </section>
    </div>
  );
}

function isFieldErrors(value: unknown): value is FieldErrors {
  return (
    typeof value === "object" &&
    value !== null &&
    "tiers" in value &&
    "plan" in value &&
    !(value instanceof Error)
  );
}
