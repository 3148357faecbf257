import type { ReactNode } from "react";
import { TabbedSection } from "../../ui/section-tabs";
import { useSequence } from "./queries";
import "./sequences.css";

/** A sequence's sections: its steps and rules, the leads in it, what its messages came to, and its versions. */
export function SequenceFrame({
  sequenceKey,
  current,
  children,
}: {
  sequenceKey: string;
  current: string;
  children: ReactNode;
}) {
  const sequence = useSequence(sequenceKey);
  const base = `/sequences/${encodeURIComponent(sequenceKey)}`;
  return (
    <TabbedSection
      title={sequence.data?.name ?? "Sequence"}
      tabs={[
        { href: base, label: "Steps & rules" },
        { href: `${base}/enrolments`, label: "Enrolments" },
        { href: `${base}/metrics`, label: "Metrics" },
        { href: `${base}/versions`, label: "Versions" },
      ]}
      current={current}
    >
      {children}
    </TabbedSection>
  );
}
