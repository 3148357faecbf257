import { useRef, useState, type KeyboardEvent } from "react";
import {
  GRID_COLUMNS,
  GRID_ROWS,
  neighbour,
  STATE_NAMES,
  STATE_TILES,
  toggleState,
  type Direction,
} from "./state-grid";

const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

/**
 * The US as a grid of state tiles, each a toggle button named after its state. One tile is in
 * the tab order; the arrow keys move between tiles, Space or Enter picks one.
 */
export function StatePicker({ value, onChange }: { value: string[]; onChange: (states: string[]) => void }) {
  const [focus, setFocus] = useState(() => value[0] ?? "IA");
  const grid = useRef<HTMLDivElement>(null);
  const onKey = (event: KeyboardEvent<HTMLButtonElement>, code: string) => {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const next = neighbour(code, direction);
    setFocus(next);
    grid.current?.querySelector<HTMLButtonElement>(`[data-state="${next}"]`)?.focus();
  };
  return (
    <div className="rc-state-picker">
      <div
        ref={grid}
        className="rc-state-grid"
        role="group"
        aria-label="States"
        style={{
          gridTemplateColumns: `repeat(${GRID_COLUMNS}, minmax(0, 1fr))`,
          gridTemplateRows: `repeat(${GRID_ROWS}, auto)`,
        }}
      >
        {STATE_TILES.map((t) => (
          <button
            key={t.code}
            type="button"
            data-state={t.code}
            className="rc-state-tile"
            aria-pressed={value.includes(t.code)}
            title={t.name}
            tabIndex={t.code === focus ? 0 : -1}
            style={{ gridColumn: t.col + 1, gridRow: t.row + 1 }}
            onFocus={() => setFocus(t.code)}
            onKeyDown={(e) => onKey(e, t.code)}
            onClick={() => onChange(toggleState(value, t.code))}
          >
            <span aria-hidden="true">{t.code}</span>
            <span className="rc-sr-only">{t.name}</span>
          </button>
        ))}
      </div>
      <div className="rc-chosen-states" aria-live="polite">
        {value.length === 0 ? (
          <p className="muted small">No state chosen: every state, unless zips or a radius say otherwise.</p>
        ) : (
          <>
            <p className="small">
              {value.length} state{value.length === 1 ? "" : "s"} chosen:
            </p>
            <ul className="rc-chips" aria-label="Chosen states">
              {value.map((code) => (
                <li key={code}>
                  {STATE_NAMES[code] ?? code}
                  <button
                    type="button"
                    className="rc-chip-remove"
                    aria-label={`Remove ${STATE_NAMES[code] ?? code}`}
                    onClick={() => onChange(value.filter((c) => c !== code))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" className="link small" onClick={() => onChange([])}>
              Clear states
            </button>
          </>
        )}
      </div>
    </div>
  );
}
