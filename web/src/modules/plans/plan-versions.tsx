import { useState } from "react";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { ListTable, type ListColumn } from "../../ui/list-table";
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

interface Numbered {
  n: number;
  tier: Tier;
}

const TIER_COLUMNS: readonly ListColumn<Numbered>[] = [
  { header: "Tier", cell: (r) => r.n },
  { header: "Kind", cell: (r) => dash(r.tier.select.kind) },
  { header: "Tags", cell: (r) => dash(r.tier.select.tags?.join(", ")) },
  { header: "Keys", cell: (r) => dash(r.tier.select.keys?.join(", ")) },
  { header: "Method", cell: (r) => methodLabel(r.tier.method) },
  { header: "Mode", cell: (r) => modeLabel(r.tier.mode) },
  { header: "SLA (s)", num: true, cell: (r) => dash(r.tier.slaSeconds) },
  { header: "Attempts", num: true, cell: (r) => dash(r.tier.attempts) },
  { header: "Pool (s)", num: true, cell: (r) => dash(r.tier.poolSeconds) },
  { header: "Max recipients", num: true, cell: (r) => dash(r.tier.maxRecipients) },
];

/** Every setting of every tier of one version, for reading it closely. */
function TierTable({ version, tiers }: { version: number; tiers: readonly Tier[] }) {
  return (
    <ListTable
      list={tiers.map((tier, i) => ({ n: i + 1, tier }))}
      empty={null}
      label={`Tiers of version ${version}`}
      name={`The tiers of version ${version}`}
      rowKey={(r) => String(r.n)}
      columns={TIER_COLUMNS}
    />
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
