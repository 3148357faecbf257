import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { formatDuration, formatMoney, formatNumber, formatPercent } from "../../ui/format";
import { Labeled } from "../../ui/labeled";
import { problemAt, problemsOf } from "../../ui/problems";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { ShortNumber } from "./short-number";
import { experimentKeys, useExperimentReport } from "./experiment-queries";
import {
  levelOf,
  metricWords,
  retestWords,
  statusWords,
  stopWords,
  verdictWords,
  type ExperimentReport,
} from "./words";
import "../categories/categories.css";
import "./experiments.css";

/** A rate to a tenth of a point: 0.2345 → "23.5%"; a dash without leads. */
const rate = (r: number | null) => (r === null ? "—" : `${(r * 100).toFixed(1)}%`);
const money = (m: number | null) => (m === null ? "—" : formatMoney(m));
const speed = (s: number | null) => (s === null ? "—" : formatDuration(s));

/** One experiment: its arms' measures, the verdict in words, and stop, promote and re-test. */
export function ExperimentDetail({ id }: { id: string }) {
  const report = useExperimentReport(id);
  if (report.isPending) return <Skeleton rows={6} label="Loading the experiment" />;
  if (report.error) return <ErrorNote error={report.error} />;
  const r = report.data;
  return (
    <>
      <p className="small back-link">
        <Link href="/experiments">
          <span aria-hidden="true">← </span>All experiments
        </Link>
      </p>
      <h1>
        Experiment on {r.category} <span className={`status experiment-${r.status}`}>{statusWords(r)}</span>
      </h1>
      <Facts report={r} />
      <VerdictBox report={r} />
      <Measures report={r} />
      {r.status === "running" ? <StopButton report={r} /> : null}
      {r.kind === "test" && r.status !== "promoted" ? <PromoteForm report={r} /> : null}
      {r.status === "promoted" && r.promotedArm !== null ? (
        <p>
          <strong>{r.arms[r.promotedArm]?.name}</strong> was promoted: its plan is the category&apos;s plan.
        </p>
      ) : null}
      {r.retest ? <RetestResult id={r.retest} /> : null}
    </>
  );
}

function Facts({ report: r }: { report: ExperimentReport }) {
  return (
    <dl className="experiment-facts">
      <div>
        <dt>Started</dt>
        <dd>
          <RelativeTime at={r.startedAt} />
        </dd>
      </div>
      <div>
        <dt>Splits leads</dt>
        <dd>
          {r.status === "running" ? (
            stopWords(r)
          ) : r.endedAt ? (
            <>
              ended <RelativeTime at={r.endedAt} />
            </>
          ) : (
            "—"
          )}
        </dd>
      </div>
      <div>
        <dt>Leads so far</dt>
        <dd>{formatNumber(r.leads)}</dd>
      </div>
      <div>
        <dt>Compares</dt>
        <dd>{metricWords(r.metric)}</dd>
      </div>
      <div>
        <dt>Shares</dt>
        <dd>
          {r.auto
            ? `automatic, each arm ${formatPercent(r.auto.minShare)}–${formatPercent(r.auto.maxShare)}, every ${r.auto.everyHours} h`
            : "fixed"}
        </dd>
      </div>
      {r.parent ? (
        <div>
          <dt>Re-test of</dt>
          <dd>
            <Link href={`/experiments/${r.parent}`}>the experiment that promoted this plan</Link>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function VerdictBox({ report: r }: { report: ExperimentReport }) {
  const words = verdictWords(r);
  const retest = retestWords(r.retestOutcome, r.status === "running");
  return (
    <section
      className={`verdict${r.verdict.winner === null ? "" : " has-winner"}`}
      aria-labelledby="verdict-heading"
    >
      <h2 id="verdict-heading">Verdict</h2>
      <p className="verdict-headline">{words.headline}</p>
      {retest && r.retestOutcome !== "no_difference" ? <p>{retest}</p> : null}
      <ul>
        {words.comparisons.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
      <p className="muted small">
        You may look as often as you like: the test (a sequential mSPRT) keeps its {levelOf(r.verdict.alpha)}{" "}
        confidence however often the results are checked. A difference counts as real once its p-value is
        under {r.verdict.alphaPerComparison}.
      </p>
    </section>
  );
}

function Measures({ report: r }: { report: ExperimentReport }) {
  const columns = [
    "Leads",
    "Contact rate",
    "Win rate",
    "Speed to lead (median)",
    "Margin per lead",
    "Revenue per lead",
    "Return rate",
  ];
  return (
    <section className="section" aria-labelledby="measures-heading">
      <h2 id="measures-heading">Each arm&apos;s measures</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Each arm's measures table">
        <table className="table compact">
          <thead>
            <tr>
              <th scope="col">Arm</th>
              <th scope="col" className="num">
                Share
              </th>
              {columns.map((c) => (
                <th scope="col" className="num" key={c}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.results.map((f) => {
              const arm = r.arms[f.arm]!;
              return (
                <tr key={f.arm}>
                  <th scope="row">
                    {arm.name}
                    {f.arm === 0 && !/control/i.test(arm.name) ? " (control)" : ""}
                    <br />
                    <span className="muted small">plan version {arm.planVersion}</span>
                  </th>
                  <td className="num">{formatPercent(arm.share)}</td>
                  <td className="num">{formatNumber(f.leads)}</td>
                  <td className="num">{rate(f.contactRate)}</td>
                  <td className="num">{rate(f.winRate)}</td>
                  <td className="num">{speed(f.medianSecondsToContact)}</td>
                  <td className="num">{money(f.marginPerLead)}</td>
                  <td className="num">{money(f.revenuePerLead)}</td>
                  <td className="num">{rate(f.returnRate)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: experimentKeys.all });
    await queryClient.invalidateQueries({ queryKey: experimentKeys.report(id) });
  };
}

function StopButton({ report: r }: { report: ExperimentReport }) {
  const toast = useToast();
  const refresh = useRefresh(r.id);
  const stop = useMutation({
    mutationFn: () => ok(api.POST("/api/v1/experiments/{id}/stop", { params: { path: { id: r.id } } })),
    onSuccess: async () => {
      toast(`The experiment stopped: ${r.category}'s new leads go back to its plan.`);
      await refresh();
    },
  });
  return (
    <section className="section" aria-labelledby="stop-heading">
      <h2 id="stop-heading">Stop</h2>
      <p className="muted small">
        Stopping sends the category&apos;s new leads back to its live plan. The figures stay.
      </p>
      <ErrorNote error={stop.error} />
      <div className="actions">
        <button
          type="button"
          className="stop-button"
          disabled={stop.isPending}
          onClick={() => {
            if (window.confirm("Stop the experiment? New leads go back to the category's live plan."))
              stop.mutate();
          }}
        >
          Stop the experiment
        </button>
      </div>
    </section>
  );
}

function PromoteForm({ report: r }: { report: ExperimentReport }) {
  const toast = useToast();
  const refresh = useRefresh(r.id);
  const [arm, setArm] = useState(String(r.verdict.winner ?? ""));
  const [holdout, setHoldout] = useState(true);
  const [share, setShare] = useState("10");
  const [days, setDays] = useState("14");
  const promote = useMutation({
    mutationFn: () =>
      ok(
        api.POST("/api/v1/experiments/{id}/promote", {
          params: { path: { id: r.id } },
          body: {
            ...(arm === "" ? {} : { arm: Number(arm) }),
            ...(holdout ? { holdout: { share: Number(share) / 100, days: Number(days) } } : {}),
          },
        }),
      ),
    onSuccess: async (done) => {
      const name = r.arms[done.experiment.promotedArm ?? 0]?.name ?? "The arm";
      toast(
        done.retest
          ? `${name}'s plan is live as version ${done.planVersion}; a re-test keeps ${share}% on the previous plan.`
          : `${name}'s plan is live as version ${done.planVersion}.`,
      );
      await refresh();
    },
  });
  const problems = problemsOf(promote.error);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    promote.mutate();
  };
  const chosen = arm === "" ? null : r.arms[Number(arm)];
  return (
    <section className="section" aria-labelledby="promote-heading">
      <h2 id="promote-heading">Promote the winner</h2>
      <form className="promote-form" onSubmit={onSubmit} aria-labelledby="promote-heading" noValidate>
        <p className="muted small">
          Promoting makes the arm&apos;s plan the category&apos;s live plan, as a new version, and ends the
          experiment.
        </p>
        <Labeled
          label="Arm to promote"
          hint={
            r.verdict.winner === null ? "No arm has won yet: promote one only if you are sure." : undefined
          }
          error={problemAt(problems, "arm")}
        >
          {(p) => (
            <select {...p} value={arm} onChange={(e) => setArm(e.target.value)}>
              {r.verdict.winner === null ? <option value="">Choose an arm</option> : null}
              {r.arms.map((a) => (
                <option key={a.arm} value={a.arm}>
                  {a.name}
                  {a.arm === r.verdict.winner ? " (the winner)" : ""}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <label className="check">
          <input type="checkbox" checked={holdout} onChange={(e) => setHoldout(e.target.checked)} /> Re-test:
          keep a holdout on the current plan and check that the winner still wins
        </label>
        {holdout ? (
          <div className="field-row">
            <ShortNumber
              label="Holdout %"
              field="holdout.share"
              problems={problems}
              value={share}
              onChange={setShare}
              decimal
            />
            <ShortNumber
              label="For (days)"
              field="holdout.days"
              problems={problems}
              value={days}
              onChange={setDays}
            />
          </div>
        ) : null}
        {problemAt(problems, "holdout") &&
        !problemAt(problems, "holdout.share") &&
        !problemAt(problems, "holdout.days") ? (
          <p className="error-note" role="alert">
            {problemAt(problems, "holdout")}
          </p>
        ) : problems.length === 0 ? (
          <ErrorNote error={promote.error} />
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={promote.isPending || chosen === null}>
            {chosen ? `Promote ${chosen.name}` : "Promote"}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The re-test a promotion started: the promoted plan against a holdout on the plan it replaced. */
function RetestResult({ id }: { id: string }) {
  const retest = useExperimentReport(id);
  return (
    <section className="section" aria-labelledby="retest-heading">
      <h2 id="retest-heading">Re-test</h2>
      <ErrorNote error={retest.error} />
      {retest.data ? (
        <>
          <p>
            {retest.data.retestOutcome === "no_difference"
              ? verdictWords(retest.data).headline
              : retestWords(retest.data.retestOutcome, retest.data.status === "running")}
          </p>
          <p className="muted small">
            {formatPercent(retest.data.arms[1]?.share ?? 0)} of new leads on the previous plan,{" "}
            {retest.data.status === "running" ? stopWords(retest.data) : "finished"};{" "}
            {formatNumber(retest.data.leads)} leads so far.{" "}
            <Link href={`/experiments/${id}`}>Open the re-test</Link>
          </p>
        </>
      ) : (
        <Skeleton rows={2} label="Loading the re-test" />
      )}
    </section>
  );
}
