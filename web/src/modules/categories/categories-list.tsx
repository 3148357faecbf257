import { useQuery } from "@tanstack/react-query";
import { Link, useLocation } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { formatNumber } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { dedupeText } from "./editor";

export const useCategories = () =>
  useQuery({
    queryKey: keys.categories,
    queryFn: async () => (await ok(api.GET("/api/v1/categories"))).items,
  });

/** Every category: its fields, dedupe policy and age; a row opens the editor. */
export function CategoriesList() {
  const categories = useCategories();
  const [, navigate] = useLocation();
  if (categories.isPending) return <Skeleton rows={4} label="Loading categories" />;
  if (categories.error) return <ErrorNote error={categories.error} />;
  if (categories.data.length === 0)
    return (
      <Empty>
        No categories yet. A category says which fields its leads carry and how duplicates are found:{" "}
        <Link href="/categories/new">create the first one</Link>.
      </Empty>
    );
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col" className="num">
              Fields
            </th>
            <th scope="col">Duplicates</th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {categories.data.map((c) => (
            <tr key={c.key} onClick={() => navigate(`/categories/${c.key}`)}>
              <td>
                <Link href={`/categories/${c.key}`}>{c.name}</Link>
              </td>
              <td>
                <code>{c.key}</code>
              </td>
              <td className="num">{formatNumber(c.fields.length)}</td>
              <td>{dedupeText(c.dedupe)}</td>
              <td>
                <RelativeTime at={c.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
