import type { ReactNode } from "react";
import { useLocation } from "wouter";
import { ErrorNote, Skeleton } from "./feedback";

/** One column of a list table: its header, and what each row shows under it. */
export interface ListColumn<T> {
  /** The column's header; on a phone, the label before each row's value. */
  header: string;
  /** A header read by screen readers only, and no label on a phone: a column of buttons. */
  unseen?: boolean;
  /** Figures: right-aligned, in tabular digits. */
  num?: boolean;
  /** The cells' own class, for a column that needs its own look, or a row's own in it. */
  className?: string | ((row: T) => string);
  cell: (row: T) => ReactNode;
}

/** A list as its query gives it: pending until loaded, then its rows or the API's error. */
export interface ListQuery<T> {
  isPending: boolean;
  error: unknown;
  data: readonly T[] | undefined;
}

/**
 * A list screen's table: a skeleton while it loads, the API's error, `empty` when it has no rows,
 * else one row a thing under the columns' headers. A row with an `href` opens it on a click. The
 * table scrolls sideways in its own region on a narrow screen; on a phone each row becomes a card,
 * its first cell a title and the others labelled with their column's header.
 */
export function ListTable<T>({
  list,
  loading = "Loading",
  skeletonRows = 4,
  empty,
  label,
  className,
  caption,
  columns,
  rowKey,
  href,
  after,
}: {
  /** The rows, or the query that loads them. */
  list: readonly T[] | ListQuery<T>;
  /** What loads, for the skeleton's accessible name: "Loading sources". */
  loading?: string;
  skeletonRows?: number;
  /** What to show when there are no rows: what to do next. */
  empty: ReactNode;
  /** The table's region, as a screen reader names it: "Sources table". */
  label: string;
  className?: string;
  /** What the rows add up to, quiet above them: "3 returns, $75.00 credited". */
  caption?: ReactNode;
  columns: readonly ListColumn<T>[];
  rowKey: (row: T) => string;
  href?: (row: T) => string;
  /** What reads under the table, when it has rows: a note on its figures. */
  after?: ReactNode;
}) {
  const [, navigate] = useLocation();
  const query: ListQuery<T> = isQuery(list) ? list : { isPending: false, error: null, data: list };
  if (query.isPending) return <Skeleton rows={skeletonRows} label={loading} />;
  if (query.error) return <ErrorNote error={query.error} />;
  const rows = query.data ?? [];
  if (rows.length === 0) return <>{empty}</>;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
        <table className={["table list-table", className].filter(Boolean).join(" ")}>
          {caption ? <caption className="muted">{caption}</caption> : null}
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.num ? "num" : undefined}>
                  {c.unseen ? <span className="visually-hidden">{c.header}</span> : c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const to = href?.(row);
              return (
                <tr key={rowKey(row)} onClick={to === undefined ? undefined : () => navigate(to)}>
                  {columns.map((c, i) => (
                    <td
                      key={c.header}
                      className={cellClass(c, row)}
                      data-label={i === 0 || c.unseen ? undefined : c.header}
                    >
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {after}
    </>
  );
}

const isQuery = <T,>(list: readonly T[] | ListQuery<T>): list is ListQuery<T> => !Array.isArray(list);

const cellClass = <T,>(column: ListColumn<T>, row: T): string | undefined => {
  const own = typeof column.className === "function" ? column.className(row) : column.className;
  return [column.num ? "num" : "", own].filter(Boolean).join(" ") || undefined;
};
