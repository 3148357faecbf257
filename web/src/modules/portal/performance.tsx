import "./portal.css";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { FigureList } from "../../ui/figures";
import { performanceFigures } from "./performance-figures";
import { PeriodPicker, usePeriod } from "./period-picker";
import { useMyPerformance } from "./portal-queries";

/** The recipient's own figures over a period, each beside the period before it. */
export function PerformanceScreen() {
  const period = usePeriod("30");
  const perf = useMyPerformance(period.from, period.to);
  return (
    <>
      <PeriodPicker period={period} />
      {perf.isPending ? (
        <Skeleton rows={2} label="Loading your figures" />
      ) : perf.error ? (
        <ErrorNote error={perf.error} />
      ) : (
        <>
          <FigureList
            label="Our performance"
            items={performanceFigures(perf.data.current, perf.data.previous)}
          />
          <p className="muted small">
            Counted by when each lead reached you, against the {periodDays(perf.data.current)} days before.
            Speed to lead runs from a lead reaching you to its first call or contact stage.
          </p>
        </>
      )}
    </>
  );
}

const periodDays = (p: { from: string; to: string }) =>
  Math.round((Date.parse(p.to) - Date.parse(p.from)) / 86_400_000);
