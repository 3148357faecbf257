import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { api, ok } from "../../api/client";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { formatNumber, formatPercent } from "../../ui/format";
import { ListTable, type ListColumn } from "../../ui/list-table";
import { useTemplates } from "../email/templates-list";
import { stepLabel } from "./draft";
import { sequenceKeys, useSequence } from "./queries";

const COUNTS = [
  ["sent", "Sent"],
  ["delivered", "Delivered"],
  ["uniqueOpens", "Unique opens*"],
  ["uniqueClicks", "Unique clicks"],
  ["replies", "Replies"],
  ["unsubscribes", "Unsubscribes"],
  ["bounces", "Bounces"],
  ["conversions", "Conversions"],
] as const;
type Counts = Record<(typeof COUNTS)[number][0], number>;

const DAYS = [7, 30, 90] as const;

interface CountsRow {
  id: string;
  name: string;
  counts: Counts;
}

function CountsTable({ label, heading, rows }: { label: string; heading: string; rows: CountsRow[] }) {
  return (
    <ListTable
      list={rows}
      empty={null}
      label={`${label} table`}
      rowKey={(r) => r.id}
      columns={[
        { header: heading, rowHeader: true, cell: (r) => r.name },
        ...COUNTS.map(([key, title]): ListColumn<CountsRow> => ({
          header: title,
          num: true,
          cell: (r) => formatNumber(r.counts[key]),
        })),
      ]}
    />
  );
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** What a sequence's messages came to, in all, per step and per template; conversions within N days. */
export function SequenceMetrics({ sequenceKey }: { sequenceKey: string }) {
  const [days, setDays] = useState<number>(30);
  const sequence = useSequence(sequenceKey);
  const templates = useTemplates();
  const metrics = useQuery({
    queryKey: sequenceKeys.metrics(sequenceKey, days),
    queryFn: () =>
      ok(
        api.GET("/api/v1/sequences/{key}/metrics", {
          params: { path: { key: sequenceKey }, query: { conversionDays: String(days) } },
        }),
      ),
  });
  const templateName = (key: string) => templates.data?.find((t) => t.key === key)?.name ?? key;
  const stepName = (id: string) => {
    const steps = sequence.data?.steps ?? [];
    const index = steps.findIndex((s, i) => (s.id ?? String(i + 1)) === id);
    return index < 0 ? `Step ${id}` : `Step ${stepLabel(steps[index]!, index, templateName)}`;
  };
  if (metrics.isPending) return <Skeleton rows={4} label="Loading the metrics" />;
  if (metrics.error) return <ErrorNote error={metrics.error} />;
  const m = metrics.data;
  const rate = m.enrolled === 0 ? "—" : formatPercent(m.converted / m.enrolled);
  return (
    <div className="sequence-metrics">
      <div className="section-head">
        <p className="muted">
          {formatNumber(m.enrolled)} enrolled · {formatNumber(m.converted)} won within {m.conversionDays} days
          of enrolling ({rate})
        </p>
        <label>
          Conversion within{" "}
          <select value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {DAYS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="figures" aria-label="In all">
        {COUNTS.map(([key, title]) => (
          <li key={key} className="card">
            <span className="figure-label">{title}</span>
            <span className="figure-value">{formatNumber(m.total[key])}</span>
          </li>
        ))}
      </ul>
      <p className="muted small">
        * Unique opens are inflated by mail privacy features that load every image; clicks and replies are the
        surer signs.
      </p>
      <Part id="metrics-steps" title="Per step">
        {m.steps.length === 0 ? (
          <p className="muted">Nothing sent yet.</p>
        ) : (
          <CountsTable
            label="Per step"
            heading="Step"
            rows={m.steps.map((s) => ({ id: s.step, name: stepName(s.step), counts: s }))}
          />
        )}
      </Part>
      <Part id="metrics-templates" title="Per template">
        {m.templates.length === 0 ? (
          <p className="muted">Nothing sent yet.</p>
        ) : (
          <CountsTable
            label="Per template"
            heading="Template"
            rows={m.templates.map((t) => ({ id: t.template, name: templateName(t.template), counts: t }))}
          />
        )}
      </Part>
    </div>
  );
}
