import { Link } from "wouter";
import { SequenceFrame } from "../modules/sequences/sequence-frame";
import { SequenceEnrolments } from "../modules/sequences/enrolments-list";
import { SequenceMetrics } from "../modules/sequences/metrics";
import { EditSequence, SequenceEditor } from "../modules/sequences/sequence-editor";
import { SequencesList } from "../modules/sequences/sequences-list";
import { useTitle } from "../ui/use-title";

export function SequencesPage() {
  useTitle("Sequences");
  return (
    <section className="section">
      <h1>Sequences</h1>
      <div className="section-head">
        <p className="muted">
          Emails, texts and tasks that follow up leads not ready to buy, on time and each exactly once.
        </p>
        <Link href="/sequences/new" className="button primary">
          New sequence
        </Link>
      </div>
      <SequencesList />
    </section>
  );
}

export function NewSequencePage() {
  useTitle("New sequence · Sequences");
  return (
    <section className="section">
      <h1>New sequence</h1>
      <SequenceEditor />
    </section>
  );
}

export function SequencePage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Sequence · Sequences");
  return (
    <SequenceFrame sequenceKey={sequenceKey} current="Steps & rules">
      <EditSequence sequenceKey={sequenceKey} />
    </SequenceFrame>
  );
}

export function SequenceEnrolmentsPage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Enrolments · Sequences");
  return (
    <SequenceFrame sequenceKey={sequenceKey} current="Enrolments">
      <SequenceEnrolments sequenceKey={sequenceKey} />
    </SequenceFrame>
  );
}

export function SequenceMetricsPage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Metrics · Sequences");
  return (
    <SequenceFrame sequenceKey={sequenceKey} current="Metrics">
      <SequenceMetrics sequenceKey={sequenceKey} />
    </SequenceFrame>
  );
}
