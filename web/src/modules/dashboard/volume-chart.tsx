import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

/** Leads and wins per day, drawn from what the summary computed; loaded only with the dashboard. */
export default function VolumeChart({ days }: { days: { day: string; leads: number; won: number }[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const xs = days.map((d) => Date.parse(d.day) / 1000);
    const accent =
      getComputedStyle(document.documentElement).getPropertyValue("--accent").trim() || "#1f5fbf";
    const plot = new uPlot(
      {
        width: el.clientWidth || 600,
        height: 220,
        series: [
          {},
          { label: "Leads", stroke: accent, width: 2, fill: `${accent}22` },
          { label: "Won", stroke: "#2e7d32", width: 2 },
        ],
        axes: [{}, { size: 40 }],
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
