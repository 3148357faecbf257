import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { useNameAndKey } from "../../ui/name-and-key";
import { problemAt, problemsLeft, problemsOf } from "../../ui/problems";
import { SaveBar } from "../../ui/save-bar";
import { useToast } from "../../ui/toast";
import { useCategories } from "../categories/categories-list";
import "../categories/categories.css";
import { TEMPLATES } from "./templates-list";
import {
  partsBody,
  previewOf,
  renderable,
  STARTER,
  type Parts,
  type PreviewSource,
  type Template,
} from "./templates";

/** A template found by its key, in its editor. */
export function EditTemplate({ templateKey }: { templateKey: string }) {
  const template = useQuery({
    queryKey: [...TEMPLATES, templateKey],
    queryFn: () => ok(api.GET("/api/v1/templates/{key}", { params: { path: { key: templateKey } } })),
  });
  if (template.isPending) return <Skeleton rows={6} label="Loading the template" />;
  if (template.error)
    return (
      <ErrorNote error={template.error}>
        {" "}
        <Link href="/email/templates">Back to templates</Link>
      </ErrorNote>
    );
  return <TemplateEditor template={template.data} key={template.data.updatedAt} />;
}

/** `value`, once it has stayed the same for `ms`: a preview follows typing without a call per key. */
function useSettled<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Creates a template (without `template`) or edits one: name, subject, HTML and text parts, with
 * a live preview for a sample or stored lead beside it, and a test send.
 */
export function TemplateEditor({ template }: { template?: Template }) {
  const creating = template === undefined;
  const toast = useToast();
  const [, navigate] = useLocation();
  const named = useNameAndKey(template, "names it in sequences; cannot change later");
  const [parts, setParts] = useState<Parts>(
    template ? { subject: template.subject, html: template.html, text: template.text ?? "" } : STARTER,
  );
  const set = (part: keyof Parts) => (value: string) => setParts((p) => ({ ...p, [part]: value }));
  const save = useMutation({
    mutationFn: () => {
      const body = { name: named.name, ...partsBody(parts) };
      if (creating) return ok(api.POST("/api/v1/templates", { body: { ...body, key: named.key } }));
      return ok(api.PATCH("/api/v1/templates/{key}", { params: { path: { key: template.key } }, body }));
    },
    onSuccess: (saved) => {
      toast(creating ? `Template ${saved.name} created.` : `Template ${saved.name} saved.`);
      void queryClient.invalidateQueries({ queryKey: TEMPLATES });
      if (creating) navigate(`/email/templates/${saved.key}`);
    },
  });
  const problems = problemsOf(save.error);
  const elsewhere = problemsLeft(problems, "", ["name", "key", "subject", "html", "text"]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <div className="template-layout">
      <form className="editor" onSubmit={submit} aria-label={creating ? "New template" : "Template"}>
        {named.inputs(problems)}
        <Labeled label="Subject" error={problemAt(problems, "subject")}>
          {(c) => (
            <input
              {...c}
              value={parts.subject}
              required
              maxLength={998}
              onChange={(e) => set("subject")(e.target.value)}
            />
          )}
        </Labeled>
        <Labeled
          label="HTML"
          error={problemAt(problems, "html")}
          hint="Liquid: {{ lead.firstName }}, {{ lead.city }}, {{ lead.fields.<key> }}, {{ sender.name }}, {{ unsubscribeUrl }}. Values are escaped."
        >
          {(c) => (
            <textarea
              {...c}
              className="code"
              rows={12}
              required
              spellCheck={false}
              value={parts.html}
              onChange={(e) => set("html")(e.target.value)}
            />
          )}
        </Labeled>
        <Labeled
          label="Text (optional)"
          error={problemAt(problems, "text")}
          hint="Left empty, the text part is made from the HTML. A footer with your postal address and an unsubscribe link is added when missing."
        >
          {(c) => (
            <textarea
              {...c}
              className="code"
              rows={5}
              value={parts.text}
              onChange={(e) => set("text")(e.target.value)}
            />
          )}
        </Labeled>
        <SaveBar
          error={save.error}
          problems={elsewhere}
          saving={save.isPending}
          label={creating ? "Create template" : "Save template"}
          back={{ href: "/email/templates", label: creating ? "Cancel" : "Back to templates" }}
        />
      </form>
      <Preview parts={parts} />
    </div>
  );
}

/** The email as a lead would get it, following the editor as it is typed; and a test send of it. */
function Preview({ parts }: { parts: Parts }) {
  const toast = useToast();
  const categories = useCategories();
  const [source, setSource] = useState<PreviewSource>({ kind: "sample", category: "" });
  const [to, setTo] = useState("");
  const body = useSettled({ ...partsBody(parts), ...previewOf(source) });
  const preview = useQuery({
    queryKey: ["template-preview", body],
    queryFn: () => ok(api.POST("/api/v1/templates/preview", { body })),
    enabled: renderable(parts),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const send = useMutation({
    mutationFn: () => ok(api.POST("/api/v1/templates/test-send", { body: { ...body, to: to.trim() } })),
    onSuccess: () => toast(`Test sent to ${to.trim()}.`),
  });
  return (
    <section className="editor template-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      <div className="field-row">
        <label className="field">
          Fill it with
          <select
            value={source.kind === "lead" ? "@lead" : source.category}
            onChange={(e) =>
              setSource(
                e.target.value === "@lead"
                  ? { kind: "lead", leadId: "" }
                  : { kind: "sample", category: e.target.value },
              )
            }
          >
            <option value="">A sample lead</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.key} value={c.key}>
                A sample {c.name} lead
              </option>
            ))}
            <option value="@lead">A stored lead…</option>
          </select>
        </label>
        {source.kind === "lead" ? (
          <label className="field">
            Lead id
            <input
              value={source.leadId}
              spellCheck={false}
              onChange={(e) => setSource({ kind: "lead", leadId: e.target.value })}
            />
          </label>
        ) : null}
      </div>
      <ErrorNote error={preview.error} />
      {!renderable(parts) ? (
        <p className="muted">Write a subject and some HTML to see the email.</p>
      ) : preview.data ? (
        <div className={preview.isFetching ? "rendered stale" : "rendered"} aria-busy={preview.isFetching}>
          <p className="rendered-subject">
            <span className="muted">Subject:</span> <strong>{preview.data.subject}</strong>
          </p>
          <iframe className="rendered-html" sandbox="" title="The email's HTML" srcDoc={preview.data.html} />
          <details>
            <summary>Text part</summary>
            <pre className="rendered-text">{preview.data.text}</pre>
          </details>
        </div>
      ) : (
        <Skeleton rows={4} label="Rendering the preview" />
      )}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          send.mutate();
        }}
      >
        <label className="grow">
          Send a test to
          <input
            type="email"
            required
            value={to}
            onChange={(e) => setTo(e.target.value)}
            placeholder="you@example.com"
          />
        </label>
        <button type="submit" disabled={send.isPending || !renderable(parts)}>
          {send.isPending ? "Sending…" : "Send test"}
        </button>
      </form>
      <ErrorNote error={send.error} />
    </section>
  );
}
