import { Fragment, useRef, type KeyboardEvent, type ReactNode } from "react";
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
  /** The row's own header (`<th scope="row">`): the name of what the row is about. */
  rowHeader?: boolean;
  /** The title of the row's card on a phone, when it is not the first column. */
  title?: boolean;
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
 * its first cell (or its `title` column's) a title and the others labelled with their column's header.
 *
 * Rows named by `rowLabel` are stops on the keyboard: ↑/↓ move between them and Enter opens the
 * row's `href`, or else opens or closes the row in place (`toggle`). An open row shows what its
 * `expanded` gives below itself, across the columns (on a phone, at the foot of its card).
 */
export function ListTable<T>({
  list,
  loading = "Loading",
  skeletonRows = 4,
  empty,
  label,
  className,
  name,
  caption,
  columns,
  rowKey,
  href,
  rowLabel,
  rowClassName,
  expanded,
  toggle,
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
  /** The table's own name, for screen readers: "The tiers of version 2". */
  name?: string;
  /** What the rows add up to, quiet above them: "3 returns, $75.00 credited". */
  caption?: ReactNode;
  columns: readonly ListColumn<T>[];
  rowKey: (row: T) => string;
  href?: (row: T) => string;
  /** The row's name as a keyboard stop: "Pam Byron, assigned, contacted". */
  rowLabel?: (row: T) => string;
  rowClassName?: (row: T) => string | undefined;
  /** What a row shows below itself while open (its details), else null. */
  expanded?: (row: T) => ReactNode;
  /** Enter on a row that has no `href`: opens or closes it. */
  toggle?: (row: T) => void;
  /** What reads under the table, when it has rows: a note on its figures. */
  after?: ReactNode;
}) {
  const [, navigate] = useLocation();
  const body = useRef<HTMLTableSectionElement>(null);
  const query: ListQuery<T> = isQuery(list) ? list : { isPending: false, error: null, data: list };
  if (query.isPending) return <Skeleton rows={skeletonRows} label={loading} />;
  if (query.error) return <ErrorNote error={query.error} />;
  const rows = query.data ?? [];
  if (rows.length === 0) return <>{empty}</>;
  const open = (at: number, to: string | undefined) => {
    const row = rows[at];
    if (to) navigate(to);
    else if (row !== undefined) toggle?.(row);
  };
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={label}>
        <table className={["table list-table", className].filter(Boolean).join(" ")} aria-label={name}>
          {caption ? <caption className="muted">{caption}</caption> : null}
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col" className={c.num ? "num" : undefined}>
                  {c.unseen ? <span className="visually-hidden">{c.header}</span> : c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody
            ref={body}
            onKeyDown={rowLabel ? (event) => moveByKey(event, body.current, open) : undefined}
          >
            {rows.map((row) => {
              const to = href?.(row);
              const details = expanded?.(row);
              return (
                <Fragment key={rowKey(row)}>
                  <tr
                    className={rowClassName?.(row)}
                    onClick={to === undefined ? undefined : () => navigate(to)}
                    tabIndex={rowLabel ? 0 : undefined}
                    aria-label={rowLabel?.(row)}
                    data-href={rowLabel ? to : undefined}
                  >
                    {columns.map((c, i) => {
                      const Cell = c.rowHeader ? "th" : "td";
                      return (
                        <Cell
                          key={i}
                          scope={c.rowHeader ? "row" : undefined}
                          className={cellClass(c, row)}
                          data-label={labelled(c, i, columns) ? c.header : undefined}
                        >
                          {c.cell(row)}
                        </Cell>
                      );
                    })}
                  </tr>
                  {details == null ? null : (
                    <tr className="expanded-row">
                      <td colSpan={columns.length}>{details}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {after}
    </>
  );
}

/** ↑/↓ move the focus between the table's rows that are keyboard stops; Enter opens the focused one. */
function moveByKey(
  event: KeyboardEvent<HTMLTableSectionElement>,
  body: HTMLTableSectionElement | null,
  open: (at: number, href: string | undefined) => void,
) {
  const rows = [...(body?.querySelectorAll<HTMLTableRowElement>(":scope > tr[tabindex]") ?? [])];
  const at = rows.indexOf(document.activeElement as HTMLTableRowElement);
  if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    event.preventDefault();
    rows[Math.min(rows.length - 1, Math.max(0, at + (event.key === "ArrowDown" ? 1 : -1)))]?.focus();
  } else if (event.key === "Enter" && at >= 0) {
    open(at, rows[at]?.dataset["href"]);
  }
}

const isQuery = <T,>(list: readonly T[] | ListQuery<T>): list is ListQuery<T> => !Array.isArray(list);

const cellClass = <T,>(column: ListColumn<T>, row: T): string | undefined => {
  const own = typeof column.className === "function" ? column.className(row) : column.className;
  return (
    [column.num ? "num" : "", column.title ? "card-title" : "", own].filter(Boolean).join(" ") || undefined
  );
};

/** On a phone every cell but the card's title and a column of buttons carries its column's header. */
const labelled = <T,>(column: ListColumn<T>, index: number, columns: readonly ListColumn<T>[]): boolean =>
  !column.unseen && !column.title && (index > 0 || columns.some((c) => c.title));
