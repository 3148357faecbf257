import { Link } from "wouter";
import { CategoriesList } from "../modules/categories/categories-list";
import { CategoryForm, EditCategory } from "../modules/categories/category-editor";
import { useTitle } from "../ui/use-title";

export function CategoriesPage() {
  useTitle("Categories");
  return (
    <section className="section">
      <div className="section-head">
        <h1>Categories</h1>
        <Link href="/categories/new" className="button primary">
          New category
        </Link>
      </div>
      <CategoriesList />
    </section>
  );
}

export function NewCategoryPage() {
  useTitle("New category");
  return (
    <section className="section">
      <h1>New category</h1>
      <CategoryForm />
    </section>
  );
}

export function CategoryPage({ categoryKey }: { categoryKey: string }) {
  useTitle("Category");
  return (
    <section className="section">
      <EditCategory categoryKey={categoryKey} />
    </section>
  );
}
