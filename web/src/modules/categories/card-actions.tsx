/** Up, Down and Remove for one card of an ordered list, each named after the card. */
export function CardActions({
  title,
  index,
  count,
  onMove,
  onRemove,
}: {
  title: string;
  index: number;
  count: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  return (
    <div className="actions">
      <button type="button" disabled={index === 0} aria-label={`Move ${title} up`} onClick={() => onMove(-1)}>
        ↑ Up
      </button>
      <button
        type="button"
        disabled={index === count - 1}
        aria-label={`Move ${title} down`}
        onClick={() => onMove(1)}
      >
        ↓ Down
      </button>
      <button type="button" className="link danger" aria-label={`Remove ${title}`} onClick={onRemove}>
        Remove
      </button>
    </div>
  );
}
