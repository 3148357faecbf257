import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import type { DayCount } from "./figures";

/** Leads and wins per day, drawn from what the summary computed; loaded only with the dashboard. */
export default function VolumeChart({ days }: { days: DayCount[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((d) => new Date(`${d.day}T00:00:00`).getTime() / 1000);
    const accent =
      getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#1f5fbf";
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: 220,
        series: [
          {},
          { label: "Leads", stroke: accent, width: 2, fill: `${accent}22`, points: { show: true } },
          { label: "Won", stroke: "#1e7b34", width: 2, points: { show: true } },
        ],
        axes: [
          {
            values: (_u, ticks) =>
              ticks.map((t) => new Date(t * 1000).toLocaleDateString("en-US", { weekday: "short" })),
          },
          { size: 40 },
        ],
        scales: { x: { time: true } },
      },
      [xs, days.map((d) => d.leads), days.map((d) => d.won)],
      el,
    );
    const resize = () => plot.setSize({ width: el.clientWidth, height: 220 });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      plot.destroy();
    };
  }, [days]);
  const total = days.reduce((s, d) => s + d.leads, 0);
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={`Leads per day this week: ${total} in all`} />
    </figure>
  );
}
