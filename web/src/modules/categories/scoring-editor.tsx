import { useMutation, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { NumberField } from "../../ui/number-field";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import { FilterRows } from "../filters/filter-rows";
import type { Category } from "./editor";
import {
  bandDrafts,
  behaviorFrom,
  COMMON_EVENTS,
  CONTACT_FIELDS,
  ruleDrafts,
  scoringFrom,
  type BandDraft,
  type BehaviorDraft,
  type RuleDraft,
} from "./scoring";

/** A section of the category page that loads what it edits, then shows its form. */
function LoadedSection<T>({
  id,
  title,
  intro,
  query,
  children,
}: {
  id: string;
  title: string;
  intro: ReactNode;
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  return (
    <section className="editor" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p className="muted small">{intro}</p>
      {query.isPending ? (
        <Skeleton rows={3} label={`Loading ${title.toLowerCase()}`} />
      ) : query.error ? (
        <ErrorNote error={query.error} />
      ) : (
        children(query.data as T)
      )}
    </section>
  );
}

/** Refuses to save a draft with problems, naming them, before the API is asked. */
function checked<T>(value: T, problems: string[]): T {
  if (problems.length > 0) throw new Error(problems.join(" "));
  return value;
}

/** Points for what a lead's fields say, and the score each priority band starts at. */
export function ScoringEditor({ category }: { category: Category }) {
  const toast = useToast();
  const [rules, setRules] = useState<RuleDraft[]>(() => ruleDrafts(category.scoring.rules));
  const [bands, setBands] = useState<BandDraft[]>(() => bandDrafts(category.scoring.bands));
  const types = Object.fromEntries(category.fields.map((f) => [f.key, f.type]));
  const fields = [...category.fields.map((f) => f.key), ...CONTACT_FIELDS];
  const save = useMutation({
    mutationFn: () => {
      const { scoring, problems } = scoringFrom(rules, bands, types);
      return ok(
        api.PUT("/api/v1/categories/{key}/scoring", {
          params: { path: { key: category.key } },
          body: checked(scoring, problems),
        }),
      );
    },
    onSuccess: (saved) => {
      toast("Scoring saved; it applies to leads from now on.");
      queryClient.setQueryData([...keys.categories, category.key], saved);
    },
  });
  const setRule = (i: number, patch: Partial<RuleDraft>) =>
    setRules(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const setBand = (i: number, patch: Partial<BandDraft>) =>
    setBands(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="editor" onSubmit={submit} aria-labelledby="scoring-title">
      <h2 id="scoring-title">Field scoring</h2>
      <p className="muted small">
        A lead gets a rule&apos;s points when every condition of the rule holds. Its score sets its priority
        band, which orders offers, the pool and call lists.
      </p>
      <ol className="stacked scoring-rules">
        {rules.map((rule, i) => (
          <li key={i}>
            <fieldset className="field-card">
              <legend>Rule {i + 1}</legend>
              <FilterRows
                rows={rule.when}
                fields={fields}
                noun={`condition of rule ${i + 1}`}
                onChange={(when) => setRule(i, { when })}
              />
              <div className="field-row">
                <NumberField
                  label={`Points of rule ${i + 1}`}
                  value={rule.points}
                  decimal
                  onChange={(points) => setRule(i, { points })}
                />
                <button
                  type="button"
                  className="danger"
                  onClick={() => setRules(rules.filter((_, j) => j !== i))}
                >
                  Remove rule {i + 1}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => setRules([...rules, { when: [], points: "10" }])}>
          Add a rule
        </button>
      </div>
      <fieldset className="editor-section">
        <legend>Priority bands</legend>
        <p className="muted small">A lead is in the first band whose starting score it reaches.</p>
        <ol className="stacked">
          {bands.map((band, i) => (
            <li key={i} className="rc-filter-row">
              <label>
                Band
                <input
                  value={band.name}
                  maxLength={32}
                  onChange={(e) => setBand(i, { name: e.target.value })}
                />
              </label>
              <NumberField
                label={`${band.name || `Band ${i + 1}`} from score`}
                value={band.min}
                decimal
                onChange={(min) => setBand(i, { min })}
              />
              <button
                type="button"
                className="link small"
                aria-label={`Remove band ${band.name || i + 1}`}
                onClick={() => setBands(bands.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <div className="actions">
          <button type="button" onClick={() => setBands([...bands, { name: "", min: "" }])}>
            Add a band
          </button>
        </div>
      </fieldset>
      <SaveBar error={save.error} saving={save.isPending} label="Save scoring" />
    </form>
  );
}

/** Points for what a lead does (opens, clicks, replies), each fading with its half-life. */
export function BehaviorEditor({ categoryKey }: { categoryKey: string }) {
  const query = useQuery({
    queryKey: [...keys.categories, categoryKey, "behavior"],
    queryFn: () =>
      ok(api.GET("/api/v1/categories/{key}/behavior", { params: { path: { key: categoryKey } } })),
  });
  return (
    <LoadedSection
      id="behavior-title"
      title="Behaviour scoring"
      intro="Points a lead earns for what it does. With a half-life the points fade: half gone after that many days."
      query={query}
    >
      {(data) => <BehaviorForm categoryKey={categoryKey} rules={data.rules} />}
    </LoadedSection>
  );
}

function BehaviorForm({
  categoryKey,
  rules,
}: {
  categoryKey: string;
  rules: { event: string; points: number; halfLifeDays?: number }[];
}) {
  const toast = useToast();
  const [drafts, setDrafts] = useState<BehaviorDraft[]>(() =>
    rules.map((r) => ({
      event: r.event,
      points: String(r.points),
      halfLifeDays: r.halfLifeDays ? String(r.halfLifeDays) : "",
    })),
  );
  const save = useMutation({
    mutationFn: () => {
      const { rules: body, problems } = behaviorFrom(drafts);
      return ok(
        api.PUT("/api/v1/categories/{key}/behavior", {
          params: { path: { key: categoryKey } },
          body: { rules: checked(body, problems) },
        }),
      );
    },
    onSuccess: (saved) => {
      toast("Behaviour scoring saved.");
      queryClient.setQueryData([...keys.categories, categoryKey, "behavior"], saved);
    },
  });
  const set = (i: number, patch: Partial<BehaviorDraft>) =>
    setDrafts(drafts.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label="Behaviour scoring"
    >
      <datalist id={`events-${categoryKey}`}>
        {COMMON_EVENTS.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <ol className="stacked">
        {drafts.map((d, i) => (
          <li key={i} className="rc-filter-row">
            <label className="grow">
              Event
              <input
                value={d.event}
                list={`events-${categoryKey}`}
                spellCheck={false}
                maxLength={64}
                onChange={(e) => set(i, { event: e.target.value })}
              />
            </label>
            <NumberField
              label={`Points for ${d.event || `event ${i + 1}`}`}
              value={d.points}
              decimal
              onChange={(points) => set(i, { points })}
            />
            <NumberField
              label="Half-life (days)"
              value={d.halfLifeDays}
              decimal
              placeholder="never fades"
              onChange={(halfLifeDays) => set(i, { halfLifeDays })}
            />
            <button
              type="button"
              className="link small"
              aria-label={`Remove the rule for ${d.event || `event ${i + 1}`}`}
              onClick={() => setDrafts(drafts.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button
          type="button"
          onClick={() => setDrafts([...drafts, { event: "", points: "5", halfLifeDays: "14" }])}
        >
          Add an event rule
        </button>
      </div>
      <SaveBar error={save.error} saving={save.isPending} label="Save behaviour scoring" />
    </form>
  );
}

type CallSettings = { hours: { from: string; to: string }; attempts: number; days: number; perDay: number };

/** When the category's leads may be called, where they are, and how many tries over how long. */
export function CallingEditor({ categoryKey }: { categoryKey: string }) {
  const query = useQuery({
    queryKey: [...keys.categories, categoryKey, "calling"],
    queryFn: () =>
      ok(api.GET("/api/v1/categories/{key}/calling", { params: { path: { key: categoryKey } } })),
  });
  return (
    <LoadedSection
      id="calling-title"
      title="Calling"
      intro="Call lists offer a lead only within these hours in the lead's own time zone, and try it this many times."
      query={query}
    >
      {(data) => <CallingForm categoryKey={categoryKey} settings={data} />}
    </LoadedSection>
  );
}

function CallingForm({ categoryKey, settings }: { categoryKey: string; settings: CallSettings }) {
  const toast = useToast();
  const [from, setFrom] = useState(settings.hours.from);
  const [to, setTo] = useState(settings.hours.to);
  const [attempts, setAttempts] = useState(String(settings.attempts));
  const [days, setDays] = useState(String(settings.days));
  const [perDay, setPerDay] = useState(String(settings.perDay));
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PUT("/api/v1/categories/{key}/calling", {
          params: { path: { key: categoryKey } },
          body: {
            hours: { from, to },
            attempts: Number(attempts),
            days: Number(days),
            perDay: Number(perDay),
          },
        }),
      ),
    onSuccess: (saved) => {
      toast("Calling settings saved.");
      queryClient.setQueryData([...keys.categories, categoryKey, "calling"], saved);
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      aria-label="Calling"
    >
      <div className="field-row">
        <label className="field">
          Calls from
          <input type="time" required value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field">
          Calls until
          <input type="time" required value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <NumberField label="Tries in all" value={attempts} onChange={setAttempts} />
        <NumberField label="Over days" value={days} onChange={setDays} />
        <NumberField label="Tries a day at most" value={perDay} onChange={setPerDay} />
      </div>
      <SaveBar error={save.error} saving={save.isPending} label="Save calling" />
    </form>
  );
}
