import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { formatNumber } from "../../ui/format";
import type { HourCount, Period } from "./figures";

/**
 * Leads per hour of this period, with the period before laid over it hour for hour; drawn from
 * what the summary counted, and loaded only with the dashboard.
 */
export default function VolumeChart(props: {
  hours: HourCount[];
  before: HourCount[];
  beforeLabel: string;
  period: Period;
}) {
  const { hours, before, beforeLabel, period } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const style = getComputedStyle(document.documentElement);
    const accent = style.getPropertyValue("--accent").trim() || "#1f5fbf";
    const muted = style.getPropertyValue("--muted").trim() || "#667085";
    const label = (t: number) =>
      period === "today"
        ? new Date(t * 1000).toLocaleTimeString("en-US", { hour: "numeric" })
        : new Date(t * 1000).toLocaleDateString("en-US", { weekday: "short" });
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: 220,
        series: [
          {},
          { label: "Leads", stroke: accent, width: 2, fill: `${accent}22`, points: { show: false } },
          { label: beforeLabel, stroke: muted, width: 1, dash: [4, 4], points: { show: false } },
        ],
        axes: [{ values: (_u, ticks) => ticks.map(label) }, { size: 40 }],
        scales: { x: { time: true } },
      },
      [
        hours.map((h) => h.at / 1000),
        // Hours still to come are gaps, not zeros.
        hours.map((h) => (h.at > Date.now() ? null : h.leads)),
        before.map((h) => h.leads),
      ],
      el,
    );
    const resize = () => plot.setSize({ width: el.clientWidth, height: 220 });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [hours, before, beforeLabel, period]);
  const total = hours.reduce((s, h) => s + h.leads, 0);
  const busiest = hours.reduce<HourCount | null>((b, h) => (h.leads > (b?.leads ?? 0) ? h : b), null);
  const words =
    `Leads by hour: ${formatNumber(total)} in all` +
    (busiest
      ? `, the most (${formatNumber(busiest.leads)}) at ${new Date(busiest.at).toLocaleString("en-US", {
          weekday: period === "week" ? "short" : undefined,
          hour: "numeric",
        })}`
      : "");
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={words} />
    </figure>
  );
}
