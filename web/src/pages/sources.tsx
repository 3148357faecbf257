import { Link } from "wouter";
import { EditSource, SourceForm } from "../modules/sources/source-editor";
import { SourcesList } from "../modules/sources/sources-list";
import { useTitle } from "../ui/use-title";

export function SourcesPage() {
  useTitle("Sources");
  return (
    <section className="section">
      <div className="section-head">
        <h1>Sources</h1>
        <Link href="/sources/new" className="button primary">
          New source
        </Link>
      </div>
      <SourcesList />
    </section>
  );
}

export function NewSourcePage() {
  useTitle("New source");
  return (
    <section className="section">
      <h1>New source</h1>
      <SourceForm />
    </section>
  );
}

export function SourcePage({ sourceKey }: { sourceKey: string }) {
  useTitle("Source");
  return (
    <section className="section">
      <EditSource sourceKey={sourceKey} />
    </section>
  );
}
