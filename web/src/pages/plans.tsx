import { useLocation, useSearch } from "wouter";
import type { SessionUser } from "../modules/auth/session";
import { useCategories } from "../modules/categories/categories-list";
import { PlanEditor } from "../modules/plans/plan-editor";
import { Empty, ErrorNote, Skeleton } from "../ui/feedback";
import { useTitle } from "../ui/use-title";

export function PlansPage({ user }: { user: SessionUser }) {
  useTitle("Plans");
  const categories = useCategories();
  const [, navigate] = useLocation();
  const asked = new URLSearchParams(useSearch()).get("category");
  const items = categories.data ?? [];
  const category = items.find((c) => c.key === asked)?.key ?? items[0]?.key;
  return (
    <section className="section">
      <h1>Plans</h1>
      <ErrorNote error={categories.error} />
      {categories.isPending ? (
        <Skeleton rows={4} label="Loading categories" />
      ) : !category ? (
        <Empty>No categories yet. Create a category first: each category has its own plan.</Empty>
      ) : (
        <>
          <label className="category-picker">
            Category{" "}
            <select
              value={category}
              onChange={(e) => navigate(`/plans?category=${encodeURIComponent(e.target.value)}`)}
            >
              {items.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <PlanEditor key={category} category={category} me={user} />
        </>
      )}
    </section>
  );
}
