import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { useNameAndKey } from "../../ui/name-and-key";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { useToast } from "../../ui/toast";
import { categoryRuleOf, ruleText } from "../auto-pause/rule";
import { RuleFields } from "../auto-pause/rule-fields";
import { draftsOf, specsOf, type Category, type FieldDraft } from "./editor";
import { FieldsEditor } from "./fields-editor";
import { BehaviorEditor, CallingEditor, ScoringEditor } from "./scoring-editor";
import { StagesEditor } from "./stages-editor";
import "./categories.css";

/** One category to edit, loaded by its key, with its stages below. */
export function EditCategory({ categoryKey }: { categoryKey: string }) {
  const category = useQuery({
    queryKey: [...keys.categories, categoryKey],
    queryFn: () => ok(api.GET("/api/v1/categories/{key}", { params: { path: { key: categoryKey } } })),
  });
  if (category.isPending) return <Skeleton rows={6} label="Loading the category" />;
  if (category.error)
    return (
      <ErrorNote error={category.error}>
        {" "}
        <Link href="/categories">Back to categories</Link>
      </ErrorNote>
    );
  return (
    <>
      <h1>{category.data.name}</h1>
      <CategoryForm category={category.data} key={category.data.key} />
      <StagesEditor categoryKey={category.data.key} />
      <ScoringEditor category={category.data} />
      <BehaviorEditor categoryKey={category.data.key} />
      <CallingEditor categoryKey={category.data.key} />
    </>
  );
}

/**
 * Creates a category (without `category`) or edits one: its name, custom fields, duplicate policy
 * and what happens to fields it does not know. The API's problems show next to the input they name.
 */
export function CategoryForm({ category }: { category?: Category }) {
  const creating = category === undefined;
  const [, navigate] = useLocation();
  const toast = useToast();
  const named = useNameAndKey(category, "used in the API and in CSV files; cannot change later");
  const [fields, setFields] = useState<FieldDraft[]>(() => draftsOf(category?.fields ?? []));
  const [dedupeKeys, setDedupeKeys] = useState<("email" | "phone")[]>(
    category?.dedupe.keys ?? ["email", "phone"],
  );
  const [windowDays, setWindowDays] = useState(String(category?.dedupe.windowDays ?? 30));
  const [unknownFields, setUnknownFields] = useState(category?.unknownFields === "keep" ? "keep" : "reject");
  const [rule, setRule] = useState(ruleText(category?.autoPause ?? null, "none"));

  const save = useMutation({
    mutationFn: async () => {
      const body = {
        name: named.name,
        fields: specsOf(fields),
        dedupe: { keys: dedupeKeys, windowDays: windowDays.trim() === "" ? NaN : Number(windowDays) },
        unknownFields: unknownFields as "keep" | "reject",
      };
      if (creating) return ok(api.POST("/api/v1/categories", { body: { key: named.key, ...body } }));
      return ok(
        api.PATCH("/api/v1/categories/{key}", {
          params: { path: { key: category.key } },
          body: { ...body, autoPause: categoryRuleOf(rule) },
        }),
      );
    },
    onSuccess: (saved) => {
      toast(creating ? `Category ${saved.name} created.` : `Category ${saved.name} saved.`);
      void queryClient.invalidateQueries({ queryKey: keys.categories });
      if (creating) navigate(`/categories/${saved.key}`);
    },
  });
  const problems = problemsOf(save.error);
  const shown = ["key", "name", "fields", "dedupe", "unknownFields", "autoPause"];
  const elsewhere = problemsLeft(problems, "", shown);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const toggleKey = (k: "email" | "phone", on: boolean) =>
    setDedupeKeys((current) =>
      on ? [...current.filter((x) => x !== k), k] : current.filter((x) => x !== k),
    );

  return (
    <form className="editor" onSubmit={submit} aria-label={creating ? "New category" : "Category settings"}>
      {named.inputs(problems)}
      <FieldsEditor fields={fields} onChange={setFields} problems={problems} />
      <fieldset className="editor-section">
        <legend>Duplicates</legend>
        <p className="muted small">
          A lead with the same email or phone as one received within the window is answered as a duplicate and
          not routed again.
        </p>
        <div className="field-row">
          <fieldset className="checks">
            <legend>Match on</legend>
            {(["email", "phone"] as const).map((k) => (
              <label key={k} className="check">
                <input
                  type="checkbox"
                  checked={dedupeKeys.includes(k)}
                  onChange={(e) => toggleKey(k, e.target.checked)}
                />
                {k === "email" ? "Email" : "Phone"}
              </label>
            ))}
          </fieldset>
          <Labeled
            label="Window (days)"
            error={problemAt(problems, "dedupe")}
            hint="0 turns duplicate checks off"
          >
            {(c) => (
              <input
                {...c}
                type="number"
                min={0}
                max={3650}
                step={1}
                inputMode="numeric"
                value={windowDays}
                onChange={(e) => setWindowDays(e.target.value)}
              />
            )}
          </Labeled>
        </div>
      </fieldset>
      <fieldset className="editor-section">
        <legend>Unknown fields</legend>
        <Labeled
          label="A lead with a field this category does not define"
          error={problemAt(problems, "unknownFields")}
        >
          {(c) => (
            <select {...c} value={unknownFields} onChange={(e) => setUnknownFields(e.target.value)}>
              <option value="reject">is refused (422 naming the field)</option>
              <option value="keep">is taken, and the field kept as sent</option>
            </select>
          )}
        </Labeled>
      </fieldset>
      {creating ? null : (
        <fieldset className="editor-section auto-pause">
          <legend>Auto-pause</legend>
          <p className="muted small">
            The default rule of this category&apos;s sources: a source with a rule of its own keeps it, and
            one set to no rule is never paused.
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={rule.mode === "own"}
              onChange={(e) => setRule({ ...rule, mode: e.target.checked ? "own" : "none" })}
            />
            Pause a source when too many of its leads come back
          </label>
          {rule.mode === "own" ? <RuleFields rule={rule} onChange={setRule} problems={problems} /> : null}
        </fieldset>
      )}
      <ErrorNote error={save.error}>
        {elsewhere.length > 0 ? (
          <ul className="problems">
            {elsewhere.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
      </ErrorNote>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? "Saving…" : creating ? "Create category" : "Save category"}
        </button>
        <Link href="/categories" className="button link">
          {creating ? "Cancel" : "Back to categories"}
        </Link>
      </div>
    </form>
  );
}
