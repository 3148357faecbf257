import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import { blankStage, moved, stageDraftsOf, stagesOf, type StageConfig, type StageDraft } from "./editor";
import { CardActions } from "./card-actions";

/** The category's stage pipeline, loaded and then edited as a whole. */
export function StagesEditor({ categoryKey }: { categoryKey: string }) {
  const config = useQuery({
    queryKey: keys.categoryStages(categoryKey),
    queryFn: () => ok(api.GET("/api/v1/categories/{key}/stages", { params: { path: { key: categoryKey } } })),
  });
  return (
    <section className="editor stages" aria-labelledby="stages-title">
      <h2 id="stages-title">Stages</h2>
      <p className="muted small">
        The steps a lead goes through once it is received. <code>new</code> and <code>assigned</code> are
        always there; a stage marked won asks for revenue, lost for a reason.
      </p>
      {config.isPending ? (
        <Skeleton rows={4} label="Loading stages" />
      ) : config.error ? (
        <ErrorNote error={config.error} />
      ) : (
        <StagesForm categoryKey={categoryKey} config={config.data} />
      )}
    </section>
  );
}

function StagesForm({ categoryKey, config }: { categoryKey: string; config: StageConfig }) {
  const toast = useToast();
  const [stages, setStages] = useState<StageDraft[]>(() => stageDraftsOf(config.stages));
  const [reroute, setReroute] = useState(config.rerouteReturns);
  const save = useMutation({
    mutationFn: () =>
      ok(
        api.PUT("/api/v1/categories/{key}/stages", {
          params: { path: { key: categoryKey } },
          body: { stages: stagesOf(stages), rerouteReturns: reroute },
        }),
      ),
    onSuccess: (saved) => {
      toast("Stages saved.");
      queryClient.setQueryData(keys.categoryStages(categoryKey), saved);
    },
  });
  const problems = problemsOf(save.error);
  const update = (id: number, patch: Partial<StageDraft>) =>
    setStages((all) => all.map((s) => (s.id === id ? { ...s, ...patch } : s)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label="Stages">
      <ol className="stacked">
        {stages.map((s, i) => {
          const title = `Stage ${i + 1}${s.key.trim() ? `: ${s.key.trim()}` : ""}`;
          const left = problemsLeft(problems, `stages.${i}`, [`stages.${i}.key`, `stages.${i}.name`]);
          return (
            <li key={s.id}>
              <fieldset className="field-card">
                <legend>{title}</legend>
                <div className="field-row">
                  <Labeled label="Key" error={problemAt(problems, `stages.${i}.key`)}>
                    {(c) => (
                      <input
                        {...c}
                        value={s.key}
                        required
                        maxLength={64}
                        spellCheck={false}
                        onChange={(e) => update(s.id, { key: e.target.value })}
                      />
                    )}
                  </Labeled>
                  <Labeled label="Name" error={problemAt(problems, `stages.${i}.name`)}>
                    {(c) => (
                      <input
                        {...c}
                        value={s.name}
                        maxLength={200}
                        onChange={(e) => update(s.id, { name: e.target.value })}
                      />
                    )}
                  </Labeled>
                  <Labeled label="Outcome">
                    {(c) => (
                      <select
                        {...c}
                        value={s.outcome}
                        onChange={(e) => update(s.id, { outcome: e.target.value as StageDraft["outcome"] })}
                      >
                        <option value="">None</option>
                        <option value="won">Won (asks for revenue)</option>
                        <option value="lost">Lost (asks for a reason)</option>
                      </select>
                    )}
                  </Labeled>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={s.terminal || s.outcome !== ""}
                      disabled={s.outcome !== ""}
                      onChange={(e) => update(s.id, { terminal: e.target.checked })}
                    />
                    Final
                  </label>
                </div>
                {left.map((m) => (
                  <p key={m} className="field-error">
                    {m}
                  </p>
                ))}
                <CardActions
                  title={title}
                  index={i}
                  count={stages.length}
                  onMove={(by) => setStages(moved(stages, i, by))}
                  onRemove={() => setStages(stages.filter((x) => x.id !== s.id))}
                />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => setStages([...stages, blankStage()])}>
          + Add stage
        </button>
        <label className="check">
          <input type="checkbox" checked={reroute} onChange={(e) => setReroute(e.target.checked)} />
          Route a returned lead again
        </label>
      </div>
      <SaveBar
        error={save.error}
        problems={problemsLeft(problems, "", ["stages"])}
        saving={save.isPending}
        label="Save stages"
      />
    </form>
  );
}
