import { Link } from "wouter";
import { ErrorNote } from "./feedback";

/**
 * The foot of an editor's form: why the last save failed (with the problems no input shows), the
 * save button, and a way back.
 */
export function SaveBar({
  error,
  problems = [],
  saving,
  label,
  back,
}: {
  error: unknown;
  /** The API's problems that no input of the form shows beside itself. */
  problems?: string[];
  saving: boolean;
  label: string;
  back?: { href: string; label: string };
}) {
  return (
    <>
      <ErrorNote error={error}>
        {problems.map((m) => (
          <span key={m}> {m}</span>
        ))}
      </ErrorNote>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? "Saving…" : label}
        </button>
        {back ? (
          <Link href={back.href} className="button link">
            {back.label}
          </Link>
        ) : null}
      </div>
    </>
  );
}
