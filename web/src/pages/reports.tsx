import { Reports } from "../modules/reports/reports";
import { useTitle } from "../ui/use-title";

export function ReportsPage() {
  useTitle("Reports");
  return (
    <section className="section">
      <h1>Reports</h1>
      <Reports />
    </section>
  );
}
