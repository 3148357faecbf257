import { DeliveriesList } from "../modules/deliveries/deliveries-list";
import { useTitle } from "../ui/use-title";

export function DeliveriesPage() {
  useTitle("Deliveries");
  return (
    <section className="section">
      <h1>Deliveries</h1>
      <DeliveriesList />
    </section>
  );
}
