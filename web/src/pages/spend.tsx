import { SpendScreen } from "../modules/portal/spend";
import { useTitle } from "../ui/use-title";

export function SpendPage() {
  useTitle("Deliveries & spend");
  return (
    <section className="section">
      <h1>Deliveries &amp; spend</h1>
      <SpendScreen />
    </section>
  );
}
