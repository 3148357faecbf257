import type { ReactNode } from "react";

/** A loading placeholder shaped like the rows to come. */
export function Skeleton({ rows = 3, label = "Loading" }: { rows?: number; label?: string }) {
  return (
    <div className="skeleton" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="skeleton-row" />
      ))}
    </div>
  );
}

/** What went wrong in the API's own words, and what to do. */
export function ErrorNote({ error, children }: { error: unknown; children?: ReactNode }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : "Something went wrong. Try again.";
  return (
    <p className="error-note" role="alert">
      {message}
      {children}
    </p>
  );
}

/** An empty list that says what to do next. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
