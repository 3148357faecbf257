import { useQuery } from "@tanstack/react-query";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { Labeled } from "../../ui/labeled";
import { CopyButton } from "./copy-button";
import type { Source } from "./sources";

/**
 * The source's form for a site owner: a script tag that renders it, a plain HTML form to paste,
 * and a live preview of the form's own page in a sandbox (no scripts, nothing sent from it).
 */
export function Embed({ source }: { source: Source }) {
  const embed = useQuery({
    queryKey: [...keys.sources, source.key, "embed"],
    queryFn: () => ok(api.GET("/api/v1/sources/{key}/embed", { params: { path: { key: source.key } } })),
  });
  return (
    <section className="editor" aria-labelledby="embed-title">
      <h2 id="embed-title">Form to embed</h2>
      <p className="muted small">
        Put the form on any site. The script follows later changes to the category's fields; pasted HTML keeps
        the fields it had when copied. Either posts to Carousel, which thanks the person (or sends them to the
        page in <code>data-redirect</code> or a <code>redirect</code> field).
      </p>
      {embed.isPending ? (
        <Skeleton rows={3} label="Loading the form" />
      ) : embed.error ? (
        <ErrorNote error={embed.error} />
      ) : (
        <div className="embed">
          <div className="embed-code">
            <Labeled label="Script tag" hint="paste it where the form should appear">
              {(c) => <textarea {...c} readOnly rows={3} value={embed.data.script} spellCheck={false} />}
            </Labeled>
            <CopyButton text={embed.data.script} what="script tag" />
            <Labeled label="HTML form" hint="for pages that cannot load scripts">
              {(c) => <textarea {...c} readOnly rows={12} value={embed.data.html} spellCheck={false} />}
            </Labeled>
            <CopyButton text={embed.data.html} what="HTML form" />
          </div>
          <div className="embed-preview">
            <h3>Preview</h3>
            {source.enabled ? (
              <>
                <iframe src={source.formUrl} sandbox="" title={`Preview of the ${source.name} form`} />
                <a href={source.formUrl} target="_blank" rel="noopener noreferrer">
                  Open the form's own page
                </a>
              </>
            ) : (
              <p className="muted">The source is disabled: its form is off until it takes leads again.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
