import { LeadsTable } from "../modules/leads/leads-table";
import { useTitle } from "../ui/use-title";

export function LeadsPage() {
  useTitle("Leads");
  return (
    <section className="section">
      <h1>Leads</h1>
      <LeadsTable />
    </section>
  );
}
