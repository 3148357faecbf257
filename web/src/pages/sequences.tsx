import { lazy, Suspense, type ReactNode } from "react";
import { Link } from "wouter";
import { Skeleton } from "../ui/feedback";
import { useTitle } from "../ui/use-title";

// The sequences screens load when first opened: they are not part of anyone's first screen.
const SequenceFrame = lazy(() =>
  import("../modules/sequences/sequence-frame").then((m) => ({ default: m.SequenceFrame })),
);
const SequencesList = lazy(() =>
  import("../modules/sequences/sequences-list").then((m) => ({ default: m.SequencesList })),
);
const SequenceEditor = lazy(() =>
  import("../modules/sequences/sequence-editor").then((m) => ({ default: m.SequenceEditor })),
);
const EditSequence = lazy(() =>
  import("../modules/sequences/sequence-editor").then((m) => ({ default: m.EditSequence })),
);
const SequenceEnrolments = lazy(() =>
  import("../modules/sequences/enrolments-list").then((m) => ({ default: m.SequenceEnrolments })),
);
const SequenceMetrics = lazy(() =>
  import("../modules/sequences/metrics").then((m) => ({ default: m.SequenceMetrics })),
);

const SequenceVersions = lazy(() =>
  import("../modules/sequences/versions").then((m) => ({ default: m.SequenceVersions })),
);

const Loading = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Skeleton rows={6} label="Loading sequences" />}>{children}</Suspense>
);

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
      <Loading>
        <SequencesList />
      </Loading>
    </section>
  );
}

export function NewSequencePage() {
  useTitle("New sequence · Sequences");
  return (
    <section className="section">
      <h1>New sequence</h1>
      <Loading>
        <SequenceEditor />
      </Loading>
    </section>
  );
}

function Framed({
  sequenceKey,
  current,
  children,
}: {
  sequenceKey: string;
  current: string;
  children: ReactNode;
}) {
  return (
    <Loading>
      <SequenceFrame sequenceKey={sequenceKey} current={current}>
        {children}
      </SequenceFrame>
    </Loading>
  );
}

export function SequencePage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Sequence · Sequences");
  return (
    <Framed sequenceKey={sequenceKey} current="Steps & rules">
      <EditSequence sequenceKey={sequenceKey} />
    </Framed>
  );
}

export function SequenceEnrolmentsPage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Enrolments · Sequences");
  return (
    <Framed sequenceKey={sequenceKey} current="Enrolments">
      <SequenceEnrolments sequenceKey={sequenceKey} />
    </Framed>
  );
}

export function SequenceMetricsPage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Metrics · Sequences");
  return (
    <Framed sequenceKey={sequenceKey} current="Metrics">
      <SequenceMetrics sequenceKey={sequenceKey} />
    </Framed>
  );
}

export function SequenceVersionsPage({ sequenceKey }: { sequenceKey: string }) {
  useTitle("Versions · Sequences");
  return (
    <Framed sequenceKey={sequenceKey} current="Versions">
      <SequenceVersions sequenceKey={sequenceKey} />
    </Framed>
  );
}
