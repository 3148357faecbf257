import { Link } from "wouter";
import { formatNumber } from "../../ui/format";
import { ListBody } from "../../ui/list-controls";
import { ListTable } from "../../ui/list-table";
import { RelativeTime } from "../../ui/time";
import type { SequenceItem } from "./draft";
import { useSequences } from "./queries";

/** Whether a sequence takes leads by its rules or only by hand. */
export function howItEnrols(s: Pick<SequenceItem, "enroll">): { text: string; auto: boolean } {
  const auto = Object.entries(s.enroll).some(([k, v]) => !k.startsWith("reenroll") && v !== undefined);
  return auto ? { text: "Enrols by its rules", auto } : { text: "By hand only", auto };
}

/** Every sequence: how it enrols, its version and how many leads it holds; a row opens it. */
export function SequencesList() {
  const sequences = useSequences();
  const items = sequences.data ?? [];
  return (
    <ListBody
      loading={sequences.isPending}
      error={sequences.error}
      label="Loading sequences"
      rows={3}
      count={items.length}
      filtered={false}
      empty={
        <>
          No sequences yet. Write the emails under <Link href="/email/templates">Email → Templates</Link>,
          then create a sequence with New sequence.
        </>
      }
      emptyFiltered={null}
    >
      <ListTable
        list={items}
        empty={null}
        label="Sequences table"
        rowKey={(s) => s.key}
        href={(s) => `/sequences/${s.key}`}
        columns={[
          { header: "Name", cell: (s) => <Link href={`/sequences/${s.key}`}>{s.name}</Link> },
          {
            header: "Status",
            cell: (s) => {
              const how = howItEnrols(s);
              return <span className={how.auto ? "status status-assigned" : "status muted"}>{how.text}</span>;
            },
          },
          { header: "Version", num: true, cell: (s) => formatNumber(s.version) },
          { header: "Enrolled", num: true, cell: (s) => formatNumber(s.enrolled) },
          { header: "Active", num: true, cell: (s) => formatNumber(s.active) },
          { header: "Changed", cell: (s) => <RelativeTime at={s.updatedAt} /> },
        ]}
      />
    </ListBody>
  );
}
