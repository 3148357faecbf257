import { LeadsBought } from "../modules/portal/leads-bought";
import { useTitle } from "../ui/use-title";

export function LeadsBoughtPage() {
  useTitle("Leads bought");
  return (
    <section className="section">
      <h1>Leads bought</h1>
      <LeadsBought />
    </section>
  );
}
