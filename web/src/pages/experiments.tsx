import { lazy, Suspense } from "react";
import { Link } from "wouter";
import { ExperimentDetail } from "../modules/experiments/experiment-detail";
import { ExperimentForm } from "../modules/experiments/experiment-form";
import { ExperimentsList } from "../modules/experiments/experiments-list";
import { Skeleton } from "../ui/feedback";
import { useTitle } from "../ui/use-title";

// The re-test schedules load when the page is first opened, outside the main bundle.
const RetestSchedules = lazy(() => import("../modules/experiments/retest-schedule"));

export function ExperimentsPage() {
  useTitle("Experiments");
  return (
    <section className="section">
      <div className="section-head">
        <h1>Experiments</h1>
        <Link href="/experiments/new" className="button primary">
          New experiment
        </Link>
      </div>
      <ExperimentsList />
      <Suspense fallback={<Skeleton rows={3} label="Loading the re-test schedules" />}>
        <RetestSchedules />
      </Suspense>
    </section>
  );
}

export function NewExperimentPage() {
  useTitle("New experiment");
  return (
    <section className="section">
      <h1>New experiment</h1>
      <ExperimentForm />
    </section>
  );
}

export function ExperimentPage({ id }: { id: string }) {
  useTitle("Experiment");
  return (
    <section className="section">
      <ExperimentDetail id={id} />
    </section>
  );
}
