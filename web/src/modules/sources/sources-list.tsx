import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatMoney, formatNumber } from "../../ui/format";
import { useCategories } from "../categories/categories-list";
import { countsBySource, startOfDay } from "./sources";

export const useSources = () =>
  useQuery({
    queryKey: keys.sources,
    queryFn: async () => (await ok(api.GET("/api/v1/sources"))).items,
  });

/** Every source with its category, cost per lead and the leads it sent today; a row opens it. */
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
              <td>
                <span className={s.enabled ? "status status-assigned" : "status status-unassigned"}>
                  {s.enabled ? "Taking leads" : "Disabled"}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
