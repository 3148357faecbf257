import type { ReactNode } from "react";
import { Link } from "wouter";
import { Empty, ErrorNote, Skeleton } from "./feedback";

interface ListBodyProps {
  loading: boolean;
  error: unknown;
  /** What loads, for the skeleton's accessible name: "Loading leads". */
  label: string;
  rows?: number;
  count: number;
  filtered: boolean;
  empty: ReactNode;
  emptyFiltered: ReactNode;
  children: ReactNode;
}

/**
 * A filtered list's body: its error, a skeleton of `rows` while it loads, what to do when it is
 * empty (`emptyFiltered` when filters hide everything), else the list itself.
 */
export function ListBody({
  loading,
  error,
  label,
  rows = 6,
  count,
  filtered,
  empty,
  emptyFiltered,
  children,
}: ListBodyProps) {
  return (
    <>
      <ErrorNote error={error} />
      {loading ? (
        <Skeleton rows={rows} label={label} />
      ) : count === 0 ? (
        <Empty>{filtered ? emptyFiltered : empty}</Empty>
      ) : (
        children
      )}
    </>
  );
}

/** A filter form's date range: `from` and `to` inputs (YYYY-MM-DD), named so. */
export function DateRange({ from, to }: { from: string | undefined; to: string | undefined }) {
  return (
    <>
      <label>
        From
        <input name="from" type="date" defaultValue={from} />
      </label>
      <label>
        To
        <input name="to" type="date" defaultValue={to} />
      </label>
    </>
  );
}

/**
 * The buttons of a list's filter form: Apply, any of the list's own (`children`), and Clear (back
 * to `clearHref`) once filtered.
 */
export function FilterActions({
  filtered,
  clearHref,
  children,
}: {
  filtered: boolean;
  clearHref: string;
  children?: ReactNode;
}) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        Apply
      </button>
      {children}
      {filtered ? (
        <Link href={clearHref} className="button link">
          Clear
        </Link>
      ) : null}
    </div>
  );
}

/** "First page" once past the first, "Next page" while there is one: cursor paging of a list. */
export function Pager({
  onFirstPage,
  nextCursor,
  onPage,
}: {
  /** Given when not on the first page. */
  onFirstPage?: (() => void) | undefined;
  nextCursor: string | null | undefined;
  onPage: (cursor: string) => void;
}) {
  return (
    <nav className="pager" aria-label="Pages">
      {onFirstPage ? (
        <button type="button" onClick={onFirstPage}>
          First page
        </button>
      ) : null}
      {nextCursor ? (
        <button type="button" onClick={() => onPage(nextCursor)}>
          Next page
        </button>
      ) : null}
    </nav>
  );
}

/**
 * A list the screen pages by a cursor it holds itself (`cursor`, `onCursor`): `ListBody`'s states
 * around rows named `label`, what went wrong with a row's action (`failed`), then the pager.
 */
export function PagedRows({
  list,
  cursor,
  onCursor,
  label,
  failed,
  children,
  ...body
}: Omit<ListBodyProps, "loading" | "error"> & {
  list: { isPending: boolean; error: unknown; data?: { nextCursor?: string | null } | undefined };
  cursor: string | undefined;
  onCursor: (cursor: string | undefined) => void;
  /** The rows, as a screen reader names them: "Enrolments". */
  label: string;
  failed?: unknown;
  /** What loads, for the skeleton's accessible name: "Loading enrolments". */
  loading: string;
}) {
  return (
    <>
      <ListBody {...body} loading={list.isPending} error={list.error} label={body.loading}>
        <ul className="rows" aria-label={label}>
          {children}
        </ul>
      </ListBody>
      <ErrorNote error={failed} />
      <Pager
        onFirstPage={cursor ? () => onCursor(undefined) : undefined}
        nextCursor={list.data?.nextCursor}
        onPage={onCursor}
      />
    </>
  );
}
