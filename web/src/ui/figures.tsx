import type { ReactNode } from "react";
import { Link } from "wouter";

/** One headline figure: its label, its value, and how it compares with the period before. */
export interface FigureItem {
  label: string;
  value: ReactNode;
  /** "+12 vs yesterday", or null with nothing to compare. */
  change?: string | null;
  /** Whether the change is good news, bad news or neither. */
  trend?: "up" | "down" | "flat";
  /** Where the figure leads: the list of what it counts. */
  href?: string;
}

/** A row of headline figures, each a box, linked to what it counts when it has an `href`. */
export function FigureList({ items, label }: { items: FigureItem[]; label: string }) {
  return (
    <ul className="figures" aria-label={label}>
      {items.map((f) => {
        const body = (
          <>
            <span className="figure-label">{f.label}</span>
            <span className="figure-value">{f.value}</span>
            {f.change ? <span className={`figure-change trend-${f.trend ?? "flat"}`}>{f.change}</span> : null}
          </>
        );
        return (
          <li key={f.label} className="figure">
            {f.href ? (
              <Link href={f.href} className="figure-box figure-link">
                {body}
              </Link>
            ) : (
              <div className="figure-box">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
