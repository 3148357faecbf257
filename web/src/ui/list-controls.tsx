import { Link } from "wouter";

/** The buttons of a list's filter form: Apply, and Clear (back to `clearHref`) once filtered. */
export function FilterActions({ filtered, clearHref }: { filtered: boolean; clearHref: string }) {
  return (
    <div className="actions">
      <button type="submit" className="primary">
        Apply
      </button>
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
