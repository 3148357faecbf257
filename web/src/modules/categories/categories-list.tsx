import { useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import { Empty } from "../../ui/feedback";
import { formatNumber } from "../../ui/format";
import { ListTable } from "../../ui/list-table";
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
  return (
    <ListTable
      list={categories}
      loading="Loading categories"
      empty={
        <Empty>
          No categories yet. A category says which fields its leads carry and how duplicates are found:{" "}
          <Link href="/categories/new">create the first one</Link>.
        </Empty>
      }
      label="Categories table"
      rowKey={(c) => c.key}
      href={(c) => `/categories/${c.key}`}
      columns={[
        { header: "Name", cell: (c) => <Link href={`/categories/${c.key}`}>{c.name}</Link> },
        { header: "Key", cell: (c) => <code>{c.key}</code> },
        { header: "Fields", num: true, cell: (c) => formatNumber(c.fields.length) },
        { header: "Duplicates", cell: (c) => dedupeText(c.dedupe) },
        { header: "Created", cell: (c) => <RelativeTime at={c.createdAt} /> },
      ]}
    />
  );
}
