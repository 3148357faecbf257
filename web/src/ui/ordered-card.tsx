import type { ReactNode } from "react";

/**
 * The head of a card in a list its editor orders (a plan's tiers, a sequence's steps): its
 * heading, and Up, Down and Remove for the card called `name` ("tier 2"). The only card is not
 * removed. Up and Down carry `data-focus` ids from `focusId`, so `refocus` can follow the card.
 */
export function OrderedCardHead({
  headingId,
  heading,
  name,
  focusId,
  index,
  count,
  onMove,
  onRemove,
  className,
}: {
  headingId: string;
  heading: ReactNode;
  name: string;
  focusId: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  /** The head's own class, for the look of its list. */
  className: string;
}) {
  return (
    <div className={`card-head ${className}`}>
      <h3 id={headingId}>{heading}</h3>
      <div className="actions card-tools">
        <button
          type="button"
          data-focus={`${focusId}-up`}
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => onMove(-1)}
        >
          ↑ Up
        </button>
        <button
          type="button"
          data-focus={`${focusId}-down`}
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
        >
          ↓ Down
        </button>
        <button
          type="button"
          className="link danger"
          aria-label={`Remove ${name}`}
          disabled={count === 1}
          onClick={onRemove}
        >
          Remove
        </button>
      </div>
    </div>
  );
}

/** Moves focus to the button that moved the card `focusId`, in its new place (or its twin at an end). */
export function refocus(focusId: string, direction: "up" | "down") {
  requestAnimationFrame(() => {
    const same = document.querySelector<HTMLButtonElement>(`[data-focus="${focusId}-${direction}"]`);
    const other = document.querySelector<HTMLButtonElement>(
      `[data-focus="${focusId}-${direction === "up" ? "down" : "up"}"]`,
    );
    (same && !same.disabled ? same : other)?.focus();
  });
}
