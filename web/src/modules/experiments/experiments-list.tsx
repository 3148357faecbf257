import { Link, useLocation } from "wouter";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatNumber, formatPercent } from "../../ui/format";
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
  const [, navigate] = useLocation();
  if (experiments.isPending) return <Skeleton rows={4} label="Loading experiments" />;
  if (experiments.error) return <ErrorNote error={experiments.error} />;
  if (experiments.data.length === 0)
    return (
      <Empty>
        No experiments yet. An experiment splits a category&apos;s new leads between plan versions and says
        which does better: <Link href="/experiments/new">start the first one</Link>.
      </Empty>
    );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="Experiments table">
      <table className="table experiments-table">
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Status</th>
            <th scope="col">Arms</th>
            <th scope="col" className="num">
              Leads
            </th>
            <th scope="col">Verdict</th>
            <th scope="col">Started</th>
          </tr>
        </thead>
        <tbody>
          {experiments.data.map((e) => (
            <tr key={e.id} onClick={() => navigate(`/experiments/${e.id}`)}>
              <td>
                <Link href={`/experiments/${e.id}`}>{e.category}</Link>
              </td>
              <td>
                <span className={`status experiment-${e.status}`}>{statusWords(e)}</span>
              </td>
              <td>{e.arms.map((a) => `${a.name} ${formatPercent(a.share)}`).join(" · ")}</td>
              <td className="num">{formatNumber(e.leads)}</td>
              <td className="verdict-cell">
                <VerdictCell experiment={e} />
              </td>
              <td>
                <RelativeTime at={e.startedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
