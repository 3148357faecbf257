import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { ErrorNote } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { useToast } from "../../ui/toast";
import { useSources } from "../sources/sources-list";
import { fileProblem, percentDone, progressSentence, reasonsOf } from "./progress";
import "./imports.css";

type Import = Awaited<ReturnType<typeof readImport>>;
type Kind = "leads" | "recipients";

const readImport = (id: string) => ok(api.GET("/api/v1/imports/{id}", { params: { path: { id } } }));

/** Pick a file, say what it holds, and watch it go in: the mapping, a progress bar, the refused rows. */
export function ImportScreen() {
  const toast = useToast();
  const [kind, setKind] = useState<Kind>("leads");
  const [source, setSource] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const announced = useRef<string | null>(null);
  // The one query of the sources list: another shape under the same key would be read as this one.
  const sources = useSources();
  const enabledSources = (sources.data ?? []).filter((s) => s.enabled);

  const start = useMutation({
    mutationFn: async () => {
      if (!file) throw new Error("Choose a CSV file first.");
      const csv = await file.text();
      return ok(
        api.POST("/api/v1/imports", {
          params: {
            header: { "idempotency-key": `${file.name}-${file.size}-${file.lastModified}-${kind}-${source}` },
          },
          body: { kind, fileName: file.name, csv, ...(kind === "leads" ? { source } : {}) },
        }),
      );
    },
    onSuccess: (started) => setImportId(started.id),
  });

  const progress = useQuery({
    queryKey: ["import", importId],
    enabled: importId !== null,
    queryFn: () => readImport(importId!),
    refetchInterval: (query) =>
      (query.state.data as Import | undefined)?.status === "running" ? 500 : false,
  });
  const current = progress.data ?? start.data;

  useEffect(() => {
    if (!current || current.status === "running" || announced.current === current.id) return;
    announced.current = current.id;
    toast(progressSentence(current, current.kind), current.status === "failed" ? "error" : "ok");
  }, [current, toast]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setProblem("Choose a CSV file first.");
    const wrong = fileProblem(file);
    if (wrong) return setProblem(wrong);
    if (kind === "leads" && !source) return setProblem("Choose the source the leads came from.");
    setProblem(null);
    setImportId(null);
    start.mutate();
  };

  return (
    <div className="import">
      <form className="editor" onSubmit={submit} aria-label="Choose a file to import">
        <div className="import-row">
          <Labeled label="What the file holds">
            {(control) => (
              <select {...control} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
                <option value="leads">Leads</option>
                <option value="recipients">Recipients</option>
              </select>
            )}
          </Labeled>
          {kind === "leads" ? (
            <Labeled label="Source" hint="Its category checks each lead; its cost is each lead's cost.">
              {(control) => (
                <select {...control} value={source} onChange={(e) => setSource(e.target.value)} required>
                  <option value="">Choose a source</option>
                  {enabledSources.map((s) => (
                    <option key={s.key} value={s.key}>
                      {s.name} ({s.category})
                    </option>
                  ))}
                </select>
              )}
            </Labeled>
          ) : null}
          <Labeled
            label="CSV file"
            hint={
              kind === "leads"
                ? "A header row naming the fields: First Name, Email, Phone, Zip, the category's fields…"
                : "A header row with key, name, kind, categories; optional states, zips, price, day cap…"
            }
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept=".csv,text/csv"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Labeled>
        </div>
        {problem ? (
          <p className="error-note" role="alert">
            {problem}
          </p>
        ) : null}
        <ErrorNote error={start.error ?? sources.error} />
        <div>
          <button type="submit" className="primary" disabled={start.isPending}>
            {start.isPending ? "Uploading…" : "Start import"}
          </button>
        </div>
      </form>
      {current ? <ImportReport report={current} /> : null}
      <ErrorNote error={progress.error} />
    </div>
  );
}

function ImportReport({ report }: { report: Import }) {
  const percent = percentDone(report);
  return (
    <section className="section" aria-labelledby="import-progress-title">
      <h2 id="import-progress-title">{report.fileName}</h2>
      <div className="import-progress">
        <progress max={100} value={percent} aria-label="Import progress" aria-valuetext={`${percent}%`} />
        <span className="num">{percent}%</span>
      </div>
      <p role="status" className={report.status === "failed" ? "error-note" : undefined}>
        {progressSentence(report, report.kind)}
        {report.error ? ` ${report.error}` : ""}
      </p>
      <details className="import-columns">
        <summary>Columns: what each fills</summary>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Column in the file</th>
                <th scope="col">Fills</th>
              </tr>
            </thead>
            <tbody>
              {report.columns.map((c, i) => (
                <tr key={`${i}-${c.header}`}>
                  <td>{c.header || `(column ${i + 1})`}</td>
                  <td className={c.field === null ? "muted" : undefined}>{c.field ?? "not imported"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      {report.refusals.length > 0 ? (
        <>
          <h3>Refused rows</h3>
          <div className="table-wrap">
            <table className="table refusals">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.refusals.map((r) => (
                  <tr key={r.line}>
                    <td className="num">{r.line}</td>
                    <td>{reasonsOf(r.problems)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {report.refused > report.refusals.length ? (
            <p className="muted">
              The first {report.refusals.length.toLocaleString("en-US")} of{" "}
              {report.refused.toLocaleString("en-US")} refused rows.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
