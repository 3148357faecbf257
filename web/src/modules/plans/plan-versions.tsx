import { useState } from "react";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { RelativeTime } from "../../ui/time";
import { describeHow, describeWho, methodLabel, modeLabel, type Tier } from "./draft";
import { usePlanVersion, usePlanVersions, type PlanVersion } from "./plan-queries";
import { authorOf } from "./versions";

/** The tiers of a plan in words, in order. */
export function TierList({ tiers }: { tiers: readonly Tier[] }) {
  return (
    <ol className="tier-words">
      {tiers.map((t, i) => (
        <li key={i}>
          <strong>{describeWho(t.select)}</strong> — {describeHow(t)}
        </li>
      ))}
    </ol>
  );
}

const dash = (v: string | number | undefined) => (v === undefined || v === "" ? "—" : v);

/** Every setting of every tier of one version, for reading it closely. */
function TierTable({ version, tiers }: { version: number; tiers: readonly Tier[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">The tiers of version {version}</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">Kind</th>
            <th scope="col">Tags</th>
            <th scope="col">Keys</th>
            <th scope="col">Method</th>
            <th scope="col">Mode</th>
            <th scope="col" className="num">
              SLA (s)
            </th>
            <th scope="col" className="num">
              Attempts
            </th>
            <th scope="col" className="num">
              Pool (s)
            </th>
            <th scope="col" className="num">
              Max recipients
            </th>
          </tr>
        </thead>
        <tbody>
          {tiers.map((t, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{dash(t.select.kind)}</td>
              <td>{dash(t.select.tags?.join(", "))}</td>
              <td>{dash(t.select.keys?.join(", "))}</td>
              <td>{methodLabel(t.method)}</td>
              <td>{modeLabel(t.mode)}</td>
              <td className="num">{dash(t.slaSeconds)}</td>
              <td className="num">{dash(t.attempts)}</td>
              <td className="num">{dash(t.poolSeconds)}</td>
              <td className="num">{dash(t.maxRecipients)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every version of the category's plan, newest first; any one can be viewed and restored as the draft. */
export function PlanVersions({
  category,
  me,
  names,
  onRestore,
}: {
  category: string;
  me: { id: string };
  names: ReadonlyMap<string, string>;
  onRestore: (version: PlanVersion) => void;
}) {
  const versions = usePlanVersions(category);
  const [viewing, setViewing] = useState<number | null>(null);
  const viewed = usePlanVersion(category, viewing);
  if (versions.isPending) return <Skeleton rows={3} label="Loading the version history" />;
  if (versions.error) return <ErrorNote error={versions.error} />;
  return (
    <ol className="stacked roomy plan-list" aria-label="Plan versions">
      {versions.data.map((v) => (
        <li key={v.version} className="card version">
          <div className="version-head">
            <h3>
              Version {v.version} {v.live ? <span className="live-badge">Live</span> : null}
            </h3>
            <p className="muted small">
              Saved by {authorOf(v.createdBy, me, names)} <RelativeTime at={v.createdAt} />
            </p>
          </div>
          <TierList tiers={v.tiers} />
          <div className="actions">
            <button
              type="button"
              aria-expanded={viewing === v.version}
              onClick={() => setViewing(viewing === v.version ? null : v.version)}
            >
              {viewing === v.version ? `Hide version ${v.version}` : `View version ${v.version}`}
            </button>
            <button type="button" onClick={() => onRestore(v)}>
              Restore version {v.version} as draft
            </button>
          </div>
          {viewing === v.version ? (
            viewed.isPending ? (
              <Skeleton rows={1} label={`Loading version ${v.version}`} />
            ) : viewed.error ? (
              <ErrorNote error={viewed.error} />
            ) : (
              <TierTable version={v.version} tiers={viewed.data.tiers} />
            )
          ) : null}
        </li>
      ))}
    </ol>
  );
}
