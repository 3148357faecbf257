import { Link, useLocation } from "wouter";
import { formatNumber } from "../../ui/format";
import { ListBody } from "../../ui/list-controls";
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
  const [, navigate] = useLocation();
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
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Sequences table">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Version
              </th>
              <th scope="col" className="num">
                Enrolled
              </th>
              <th scope="col" className="num">
                Active
              </th>
              <th scope="col">Changed</th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => {
              const how = howItEnrols(s);
              return (
                <tr key={s.key} onClick={() => navigate(`/sequences/${s.key}`)}>
                  <td>
                    <Link href={`/sequences/${s.key}`}>{s.name}</Link>
                  </td>
                  <td>
                    <span className={how.auto ? "status status-assigned" : "status muted"}>{how.text}</span>
                  </td>
                  <td className="num">{formatNumber(s.version)}</td>
                  <td className="num">{formatNumber(s.enrolled)}</td>
                  <td className="num">{formatNumber(s.active)}</td>
                  <td>
                    <RelativeTime at={s.updatedAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </ListBody>
  );
}
