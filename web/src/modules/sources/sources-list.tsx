import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, formatNumber, formatPercent } from "../../ui/format";
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
  const [, navigate] = useLocation();
  if (sources.isPending) return <Skeleton rows={4} label="Loading sources" />;
  if (sources.error) return <ErrorNote error={sources.error} />;
  if (sources.data.length === 0)
    return (
      <Empty>
        No sources yet. A source is a form, landing page or partner that sends leads:{" "}
        <Link href="/sources/new">create the first one</Link> to get its intake key and a form to embed.
      </Empty>
    );
  const counts = countsBySource(today.data);
  const categoryName = (key: string) => categories.data?.find((c) => c.key === key)?.name ?? key;
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Category</th>
              <th scope="col" className="num">
                Cost per lead
              </th>
              <th scope="col" className="num">
                Leads today
              </th>
              <th scope="col" className="num">
                Quality
              </th>
              <th scope="col">Contact · win · return (90 days)</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {sources.data.map((s) => (
              <tr key={s.key} onClick={() => navigate(`/sources/${s.key}`)}>
                <td>
                  <Link href={`/sources/${s.key}`}>{s.name}</Link>
                </td>
                <td>{categoryName(s.category)}</td>
                <td className="num">{formatMoney(s.costPerLead)}</td>
                <td className="num">{today.data ? formatNumber(counts.get(s.key) ?? 0) : "—"}</td>
                <td className="num">{s.quality.score}</td>
                <td>
                  {formatPercent(s.quality.contactRate.shrunk)} · {formatPercent(s.quality.winRate.shrunk)} ·{" "}
                  {formatPercent(s.quality.returnRate.shrunk)}
                  <span className="muted small">
                    {" "}
                    of {formatNumber(s.quality.leads)} {s.quality.leads === 1 ? "lead" : "leads"}
                  </span>
                </td>
                <td>
                  <SourceStatus source={s} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Quality is 0–100, where 50 is the category&apos;s average. The rates are shrunk toward the
        category&apos;s average, so a source with few leads sits near it until its own leads say otherwise.
      </p>
    </>
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
