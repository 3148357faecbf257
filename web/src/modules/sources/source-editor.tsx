import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { useNameAndKey } from "../../ui/name-and-key";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import { useCategories } from "../categories/categories-list";
import "../categories/categories.css";
import { CopyButton } from "./copy-button";
import { Embed } from "./embed";
import { useSources } from "./sources-list";
import { ruleText, ruleWords, sourceRuleOf } from "../auto-pause/rule";
import { RuleFields } from "../auto-pause/rule-fields";
import { numbersOf, type Source } from "./sources";

/** One source, found in the list by its key: its settings, intake key and form to embed. */
export function EditSource({ sourceKey }: { sourceKey: string }) {
  const sources = useSources();
  if (sources.isPending) return <Skeleton rows={6} label="Loading the source" />;
  if (sources.error) return <ErrorNote error={sources.error} />;
  const source = sources.data.find((s) => s.key === sourceKey);
  if (!source)
    return (
      <ErrorNote error={new Error(`There is no source ${sourceKey}.`)}>
        {" "}
        <Link href="/sources">Back to sources</Link>
      </ErrorNote>
    );
  return (
    <>
      <h1>{source.name}</h1>
      <SourceForm source={source} key={source.key} />
      <section className="editor" aria-labelledby="intake-title">
        <h2 id="intake-title">Intake key</h2>
        <p className="muted small">
          Integrations post leads to <code>/api/v1/leads</code> with this key in the <code>X-Intake-Key</code>{" "}
          header; the forms below carry it in their <code>intakeKey</code> field.
        </p>
        <div className="copy-row">
          <code className="secret" aria-label="Intake key">
            {source.intakeKey}
          </code>
          <CopyButton text={source.intakeKey} what="intake key" />
        </div>
      </section>
      <Embed source={source} />
    </>
  );
}

/**
 * Creates a source (without `source`) or edits one: name, category (fixed once created), cost per
 * lead and the intake rate limit, and whether it takes leads at all.
 */
export function SourceForm({ source }: { source?: Source }) {
  const creating = source === undefined;
  const categories = useCategories();
  const [, navigate] = useLocation();
  const toast = useToast();
  const named = useNameAndKey(source, "in the form's address; cannot change later");
  const [category, setCategory] = useState(source?.category ?? "");
  const [costPerLead, setCostPerLead] = useState(source ? String(source.costPerLead) : "");
  const [rateLimit, setRateLimit] = useState(
    source?.rateLimitPerMinute ? String(source.rateLimitPerMinute) : "",
  );
  const [enabled, setEnabled] = useState(source?.enabled ?? true);
  const [rule, setRule] = useState(ruleText(source?.autoPause ?? null, "default"));
  const categoryRule = categories.data?.find((c) => c.key === source?.category)?.autoPause ?? null;
  const save = useMutation({
    mutationFn: () => {
      const body = { name: named.name, ...numbersOf({ costPerLead, rateLimit }), enabled };
      if (creating) return ok(api.POST("/api/v1/sources", { body: { ...body, key: named.key, category } }));
      return ok(
        api.PATCH("/api/v1/sources/{key}", {
          params: { path: { key: source.key } },
          body: { ...body, autoPause: sourceRuleOf(rule) },
        }),
      );
    },
    onSuccess: (saved) => {
      toast(creating ? `Source ${saved.name} created.` : `Source ${saved.name} saved.`);
      void queryClient.invalidateQueries({ queryKey: keys.sources });
      if (creating) navigate(`/sources/${saved.key}`);
    },
  });
  const problems = problemsOf(save.error);
  const elsewhere = problemsLeft(problems, "", [
    "name",
    "key",
    "category",
    "costPerLead",
    "rateLimitPerMinute",
    "autoPause",
  ]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="editor" onSubmit={submit} aria-label={creating ? "New source" : "Source settings"}>
      {named.inputs(problems)}
      <div className="field-row">
        {creating ? (
          <Labeled
            label="Category"
            error={problemAt(problems, "category")}
            hint="the fields its form asks for"
          >
            {(c) => (
              <select {...c} value={category} required onChange={(e) => setCategory(e.target.value)}>
                <option value="">Choose a category</option>
                {(categories.data ?? []).map((cat) => (
                  <option key={cat.key} value={cat.key}>
                    {cat.name}
                  </option>
                ))}
              </select>
            )}
          </Labeled>
        ) : (
          <div className="field">
            <span className="field-label">Category</span>
            <span className="readonly">
              {categories.data?.find((c) => c.key === source.category)?.name ?? source.category}
            </span>
          </div>
        )}
        <Labeled
          label="Cost per lead (USD)"
          error={problemAt(problems, "costPerLead")}
          hint="what a lead from it costs, for ROI"
        >
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              step="0.01"
              inputMode="decimal"
              value={costPerLead}
              placeholder="0.00"
              onChange={(e) => setCostPerLead(e.target.value)}
            />
          )}
        </Labeled>
        <Labeled
          label="Rate limit (leads a minute)"
          error={problemAt(problems, "rateLimitPerMinute")}
          hint="empty: the server's default"
        >
          {(c) => (
            <input
              {...c}
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              value={rateLimit}
              onChange={(e) => setRateLimit(e.target.value)}
            />
          )}
        </Labeled>
      </div>
      <label className="check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Taking leads (when off, its key and forms are refused)
      </label>
      {source?.paused ? (
        <p className="note" role="status">
          Paused by its rule: {source.paused.reason}. Tick Taking leads and save to resume it; the rule then
          counts only the leads that come after.
        </p>
      ) : null}
      {creating ? null : (
        <fieldset className="auto-pause">
          <legend>Auto-pause</legend>
          {(
            [
              [
                "default",
                categoryRule
                  ? `The category's default: pause when ${ruleWords(categoryRule)}`
                  : "The category's default (it has none now)",
              ],
              ["own", "Its own rule: pause this source when too many of its leads come back"],
              ["none", "No rule, not even the category's default"],
            ] as const
          ).map(([mode, words]) => (
            <label className="check" key={mode}>
              <input
                type="radio"
                name="auto-pause"
                checked={rule.mode === mode}
                onChange={() => setRule({ ...rule, mode })}
              />
              {words}
            </label>
          ))}
          {rule.mode === "own" ? <RuleFields rule={rule} onChange={setRule} problems={problems} /> : null}
        </fieldset>
      )}
      <SaveBar
        error={save.error}
        problems={elsewhere}
        saving={save.isPending}
        label={creating ? "Create source" : "Save source"}
        back={{ href: "/sources", label: creating ? "Cancel" : "Back to sources" }}
      />
    </form>
  );
}
