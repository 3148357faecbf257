import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { useCategories } from "../categories/categories-list";
import { usePlanVersions, type PlanVersion } from "../plans/plan-queries";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { useToast } from "../../ui/toast";
import { ShortNumber } from "./short-number";
import { experimentKeys } from "./experiment-queries";
import "../categories/categories.css";
import "./experiments.css";

const DAY_MS = 86_400_000;
const LETTERS = "ABCDEFGHIJ";

interface ArmDraft {
  name: string;
  version: string;
  share: string;
}

type Stop = "days" | "leads" | "manual";

/** Equal whole-number shares summing to 100: 3 arms → 34, 33, 33. */
export function equalShares(n: number): number[] {
  const base = Math.floor(100 / n);
  return Array.from({ length: n }, (_, i) => (i < 100 - base * n ? base + 1 : base));
}

const reshare = (arms: ArmDraft[]) => {
  const shares = equalShares(arms.length);
  return arms.map((a, i) => ({ ...a, share: String(shares[i]) }));
};

/** "Version 4 (live)", "Version 3, saved Dec 5, 2026". */
const versionLabel = (v: PlanVersion) =>
  v.live
    ? `Version ${v.version} (live)`
    : `Version ${v.version}, saved ${new Date(v.createdAt).toLocaleDateString("en-US", { dateStyle: "medium" })}`;

/** The two first arms: the live version as the control, the newest other version as the challenger. */
function firstArms(versions: PlanVersion[]): ArmDraft[] {
  const live = versions.find((v) => v.live) ?? versions[0];
  const other = versions.find((v) => v !== live) ?? live;
  return reshare([
    { name: "Arm A", version: String(live?.version ?? ""), share: "" },
    { name: "Arm B", version: String(other?.version ?? ""), share: "" },
  ]);
}

const numberOr = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

/**
 * A new experiment: the category, two or more arms each routing by a stored version of its plan
 * with a fixed share, when it stops, and optionally automatic shares within the manager's limits.
 */
export function ExperimentForm() {
  const categories = useCategories();
  const [category, setCategory] = useState<string | null>(null);
  const chosen = category ?? categories.data?.[0]?.key ?? null;
  if (categories.isPending) return <Skeleton rows={4} label="Loading categories" />;
  if (categories.error) return <ErrorNote error={categories.error} />;
  if (!chosen)
    return (
      <Empty>No categories yet. Create a category and give it a plan: an experiment compares plans.</Empty>
    );
  return (
    <ArmsForm
      key={chosen}
      category={chosen}
      categories={categories.data.map((c) => ({ key: c.key, name: c.name }))}
      onCategory={setCategory}
    />
  );
}

function ArmsForm({
  category,
  categories,
  onCategory,
}: {
  category: string;
  categories: { key: string; name: string }[];
  onCategory: (key: string) => void;
}) {
  const versions = usePlanVersions(category);
  const [arms, setArms] = useState<ArmDraft[] | null>(null);
  const [stop, setStop] = useState<Stop>("days");
  const [days, setDays] = useState("14");
  const [leads, setLeads] = useState("2000");
  const [metric, setMetric] = useState<"win" | "contact">("win");
  const [auto, setAuto] = useState(false);
  const [minShare, setMinShare] = useState("10");
  const [maxShare, setMaxShare] = useState("90");
  const [everyHours, setEveryHours] = useState("24");
  const toast = useToast();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();

  useEffect(() => {
    if (versions.data && arms === null) setArms(firstArms(versions.data));
  }, [versions.data, arms]);

  const create = useMutation({
    mutationFn: () =>
      ok(
        api.POST("/api/v1/experiments", {
          body: {
            category,
            arms: (arms ?? []).map((a) => ({
              name: a.name.trim() || undefined,
              planVersion: numberOr(a.version),
              share: numberOr(a.share),
            })),
            metric,
            ...(stop === "days"
              ? { endsAt: new Date(Date.now() + numberOr(days) * DAY_MS).toISOString() }
              : {}),
            ...(stop === "leads" ? { leads: numberOr(leads) } : {}),
            ...(auto
              ? {
                  auto: {
                    minShare: numberOr(minShare) / 100,
                    maxShare: numberOr(maxShare) / 100,
                    everyHours: numberOr(everyHours),
                  },
                }
              : {}),
          },
        }),
      ),
    onSuccess: async (created) => {
      toast(`The ${category} experiment is running: new leads are split from now on.`);
      await queryClient.invalidateQueries({ queryKey: experimentKeys.all });
      navigate(`/experiments/${created.id}`);
    },
  });

  if (versions.isPending || arms === null) return <Skeleton rows={4} label="Loading the plan versions" />;
  if (versions.error) return <ErrorNote error={versions.error} />;
  if (versions.data.length === 0)
    return (
      <>
        <CategoryPicker category={category} categories={categories} onCategory={onCategory} />
        <Empty>
          This category has no plan yet. Save a plan on the Plans page first: each arm is a plan version.
        </Empty>
      </>
    );

  const problems = problemsOf(create.error);
  const others = problemsLeft(problems, "", ["arms", "endsAt", "leads", "auto"]);
  const edit = (i: number, change: Partial<ArmDraft>) =>
    setArms(arms.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const total = arms.reduce((s, a) => s + (Number(a.share) || 0), 0);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };

  return (
    <form className="editor" onSubmit={onSubmit} aria-label="New experiment" noValidate>
      <CategoryPicker category={category} categories={categories} onCategory={onCategory} />
      <fieldset className="editor-section">
        <legend>Arms</legend>
        <p className="muted small">
          Each arm routes its share of the category&apos;s new leads by one version of the plan. The first arm
          is the control the others are compared with. A lead always falls in the same arm.
        </p>
        <ol className="stacked roomy">
          {arms.map((arm, i) => (
            <li key={i} className="arm-row" aria-label={`Arm ${i + 1}`}>
              <Labeled label="Name" error={problemAt(problems, `arms.${i}.name`)}>
                {(p) => (
                  <input
                    {...p}
                    value={arm.name}
                    maxLength={100}
                    onChange={(e) => edit(i, { name: e.target.value })}
                  />
                )}
              </Labeled>
              <Labeled
                label="Plan version"
                error={problemAt(problems, `arms.${i}.planVersion`) ?? problemAt(problems, `arms.${i}.plan`)}
              >
                {(p) => (
                  <select {...p} value={arm.version} onChange={(e) => edit(i, { version: e.target.value })}>
                    {versions.data.map((v) => (
                      <option key={v.version} value={v.version}>
                        {versionLabel(v)}
                      </option>
                    ))}
                  </select>
                )}
              </Labeled>
              <Labeled className="narrow" label="Share %" error={problemAt(problems, `arms.${i}.share`)}>
                {(p) => (
                  <input
                    {...p}
                    inputMode="decimal"
                    value={arm.share}
                    size={5}
                    onChange={(e) => edit(i, { share: e.target.value })}
                  />
                )}
              </Labeled>
              {arms.length > 2 ? (
                <button type="button" onClick={() => setArms(reshare(arms.filter((_, j) => j !== i)))}>
                  Remove {arm.name || `arm ${i + 1}`}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        <p className={total === 100 ? "muted small" : "field-error"} aria-live="polite">
          The shares add up to {total}%{total === 100 ? "." : ": they must add up to 100%."}
        </p>
        {problemsLeft(
          problems,
          "arms",
          arms.map((_, i) => `arms.${i}`),
        ).map((m) => (
          <p key={m} className="field-error">
            {m}
          </p>
        ))}
        <div className="actions">
          <button
            type="button"
            disabled={arms.length >= LETTERS.length}
            onClick={() =>
              setArms(
                reshare([
                  ...arms,
                  { name: `Arm ${LETTERS[arms.length]}`, version: arms[arms.length - 1]!.version, share: "" },
                ]),
              )
            }
          >
            Add arm
          </button>
        </div>
      </fieldset>
      <fieldset className="editor-section">
        <legend>When it stops</legend>
        <fieldset className="choice">
          <legend className="visually-hidden">Stop condition</legend>
          {(
            [
              ["days", "After a number of days"],
              ["leads", "After a number of leads"],
              ["manual", "When I stop it"],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="stop"
                value={value}
                checked={stop === value}
                onChange={() => setStop(value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          {stop === "days" ? (
            <ShortNumber label="Days" field="endsAt" problems={problems} value={days} onChange={setDays} />
          ) : null}
          {stop === "leads" ? (
            <ShortNumber
              label="Leads"
              problems={problems}
              field="leads"
              value={leads}
              onChange={setLeads}
              size={8}
            />
          ) : null}
          <Labeled label="Compare by" hint="The verdict says which arm wins on this rate.">
            {(p) => (
              <select {...p} value={metric} onChange={(e) => setMetric(e.target.value as "win" | "contact")}>
                <option value="win">Win rate</option>
                <option value="contact">Contact rate</option>
              </select>
            )}
          </Labeled>
        </div>
      </fieldset>
      <fieldset className="editor-section">
        <legend>Automatic shares</legend>
        <label className="check">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} /> Move the shares
          toward the better arm as results come in
        </label>
        {auto ? (
          <div className="field-row">
            <ShortNumber
              label="Least share %"
              field="auto.minShare"
              problems={problems}
              value={minShare}
              onChange={setMinShare}
              decimal
            />
            <ShortNumber
              label="Most share %"
              field="auto.maxShare"
              problems={problems}
              value={maxShare}
              onChange={setMaxShare}
              decimal
            />
            <ShortNumber
              label="Every (hours)"
              field="auto.everyHours"
              problems={problems}
              value={everyHours}
              onChange={setEveryHours}
            />
          </div>
        ) : null}
      </fieldset>
      {others.length > 0 ? (
        others.map((m) => (
          <p key={m} className="error-note" role="alert">
            {m}
          </p>
        ))
      ) : problems.length === 0 ? (
        <ErrorNote error={create.error} />
      ) : (
        <p className="error-note" role="alert">
          The experiment was not started: see the fields marked above.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          Start the experiment
        </button>
      </div>
    </form>
  );
}

function CategoryPicker(props: {
  category: string;
  categories: { key: string; name: string }[];
  onCategory: (key: string) => void;
}) {
  return (
    <Labeled label="Category">
      {(p) => (
        <select {...p} value={props.category} onChange={(e) => props.onCategory(e.target.value)}>
          {props.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}
