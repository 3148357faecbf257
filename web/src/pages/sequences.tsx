import { Link } from "wouter";
import { SequenceFrame } from "../modules/sequences/sequence-frame";
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
