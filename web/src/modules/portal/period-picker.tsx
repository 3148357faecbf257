import { useMemo, useState } from "react";
import { Labeled } from "../../ui/labeled";
import { periodEnding } from "./portal-queries";

const CHOICES = [
  ["month", "This month"],
  ["7", "Last 7 days"],
  ["30", "Last 30 days"],
  ["90", "Last 90 days"],
] as const;

export interface Period {
  choice: string;
  setChoice: (c: string) => void;
  from: string;
  to: string;
}

export function usePeriod(initial: string): Period {
  const [choice, setChoice] = useState(initial);
  const { from, to } = useMemo(() => periodEnding(choice === "month" ? "month" : Number(choice)), [choice]);
  return { choice, setChoice, from, to };
}

export function PeriodPicker({ period }: { period: Period }) {
  return (
    <Labeled label="Period" className="inline-field">
      {(control) => (
        <select {...control} value={period.choice} onChange={(e) => period.setChoice(e.target.value)}>
          {CHOICES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}
