import { ImportScreen } from "../modules/imports/import-screen";
import { useTitle } from "../ui/use-title";

export function ImportPage() {
  useTitle("Import");
  return (
    <section className="section">
      <h1>Import</h1>
      <p className="muted">
        Bring in leads or recipients from a CSV file. Each lead is checked, deduplicated and routed as if it
        had just arrived; each refused row is listed with the reason.
      </p>
      <ImportScreen />
    </section>
  );
}
