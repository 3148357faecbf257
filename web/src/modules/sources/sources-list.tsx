import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Empty, ErrorNote } from "../../ui/feedback";
import { formatMoney, formatNumber, formatPercent } from "../../ui/format";
import { ListTable } from "../../ui/list-table";
import { useToast } from "../../ui/toast";
import { useCategories } from "../categories/categories-list";
import { countsBySource, startOfDay, type Source } from "./sources";

export const useSources = () =>
  useQuery({
    queryKey: keys.sources,
    queryFn: async () => (await ok(api.GET("/api/v1/sources"))).items,
  });

/**
 * Every source with its category, cost per lead, the leads it sent today, its quality and rates
 * over 90 days, and whether it takes leads (a source its rule paused says why, with Resume); a row
 * opens it.
 */
export function SourcesList() {
  const sources = useSources();
  const categories = useCategories();
  const today = useQuery({
    queryKey: [...keys.sources, "today"],
    queryFn: () =>
      ok(
        api.GET("/api/v1/reports/summary", {
          params: { query: { from: startOfDay(new Date()).toISOString(), groupBy: "source" } },
        }),
      ),
  });
  const counts = countsBySource(today.data);
  const categoryName = (key: string) => categories.data?.find((c) => c.key === key)?.name ?? key;
  return (
    <ListTable
      list={sources}
      loading="Loading sources"
      empty={
        <Empty>
          No sources yet. A source is a form, landing page or partner that sends leads:{" "}
          <Link href="/sources/new">create the first one</Link> to get its intake key and a form to embed.
        </Empty>
      }
      label="Sources table"
      rowKey={(s) => s.key}
      href={(s) => `/sources/${s.key}`}
      columns={[
        { header: "Name", cell: (s) => <Link href={`/sources/${s.key}`}>{s.name}</Link> },
        { header: "Category", cell: (s) => categoryName(s.category) },
        { header: "Cost per lead", num: true, cell: (s) => formatMoney(s.costPerLead) },
        {
          header: "Leads today",
          num: true,
          cell: (s) => (today.data ? formatNumber(counts.get(s.key) ?? 0) : "—"),
        },
        { header: "Quality", num: true, cell: (s) => s.quality.score },
        {
          header: "Contact · win · return (90 days)",
          cell: (s) => (
            <>
              {formatPercent(s.quality.contactRate.shrunk)} · {formatPercent(s.quality.winRate.shrunk)} ·{" "}
              {formatPercent(s.quality.returnRate.shrunk)}
              <span className="muted small">
                {" "}
                of {formatNumber(s.quality.leads)} {s.quality.leads === 1 ? "lead" : "leads"}
              </span>
            </>
          ),
        },
        { header: "Status", cell: (s) => <SourceStatus source={s} /> },
      ]}
      after={
        <p className="muted small">
          Quality is 0–100, where 50 is the category&apos;s average. The rates are shrunk toward the
          category&apos;s average, so a source with few leads sits near it until its own leads say otherwise.
        </p>
      }
    />
  );
}

/** Taking leads, disabled, or paused by its rule with the reason and a Resume button. */
function SourceStatus({ source }: { source: Source }) {
  const toast = useToast();
  const resume = useMutation({
    mutationFn: () =>
      ok(
        api.PATCH("/api/v1/sources/{key}", {
          params: { path: { key: source.key } },
          body: { enabled: true },
        }),
      ),
    onSuccess: (saved) => {
      toast(`Source ${saved.name} resumed.`);
      void queryClient.invalidateQueries({ queryKey: keys.sources });
    },
  });
  if (source.enabled) return <span className="status status-assigned">Taking leads</span>;
  if (!source.paused) return <span className="status status-unassigned">Disabled</span>;
  return (
    <div className="paused">
      <span className="status status-unassigned">Paused by its rule</span>
      <span className="small">{source.paused.reason}</span>
      <button
        type="button"
        aria-label={`Resume ${source.name}`}
        disabled={resume.isPending}
        onClick={(e) => {
          e.stopPropagation();
          resume.mutate();
        }}
      >
        Resume
      </button>
      {resume.error ? <ErrorNote error={resume.error} /> : null}
    </div>
  );
}
