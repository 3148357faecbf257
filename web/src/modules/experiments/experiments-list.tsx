import { Link } from "wouter";
import { Empty } from "../../ui/feedback";
import { formatNumber, formatPercent } from "../../ui/format";
import { ListTable } from "../../ui/list-table";
import { RelativeTime } from "../../ui/time";
import { useExperimentReport, useExperiments } from "./experiment-queries";
import { statusWords, verdictWords, type Experiment } from "./words";
import "./experiments.css";

/** The verdict of one listed experiment, fetched with its figures. */
function VerdictCell({ experiment }: { experiment: Experiment }) {
  const report = useExperimentReport(experiment.id);
  if (report.isPending) return <span className="muted">…</span>;
  if (report.error) return <span className="muted">—</span>;
  return <>{verdictWords(report.data).headline}</>;
}

/** Every experiment, newest first: its category, status, arms, leads so far and verdict. */
export function ExperimentsList() {
  const experiments = useExperiments();
  return (
    <ListTable
      list={experiments}
      loading="Loading experiments"
      empty={
        <Empty>
          No experiments yet. An experiment splits a category&apos;s new leads between plan versions and says
          which does better: <Link href="/experiments/new">start the first one</Link>.
        </Empty>
      }
      label="Experiments table"
      className="experiments-table"
      rowKey={(e) => e.id}
      href={(e) => `/experiments/${e.id}`}
      columns={[
        { header: "Category", cell: (e) => <Link href={`/experiments/${e.id}`}>{e.category}</Link> },
        {
          header: "Status",
          cell: (e) => <span className={`status experiment-${e.status}`}>{statusWords(e)}</span>,
        },
        { header: "Arms", cell: (e) => e.arms.map((a) => `${a.name} ${formatPercent(a.share)}`).join(" · ") },
        { header: "Leads", num: true, cell: (e) => formatNumber(e.leads) },
        { header: "Verdict", className: "verdict-cell", cell: (e) => <VerdictCell experiment={e} /> },
        { header: "Started", cell: (e) => <RelativeTime at={e.startedAt} /> },
      ]}
    />
  );
}
