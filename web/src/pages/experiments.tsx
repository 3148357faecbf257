import { Link } from "wouter";
import { ExperimentDetail } from "../modules/experiments/experiment-detail";
import { ExperimentForm } from "../modules/experiments/experiment-form";
import { ExperimentsList } from "../modules/experiments/experiments-list";
import { useTitle } from "../ui/use-title";

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
