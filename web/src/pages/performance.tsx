import { PerformanceScreen } from "../modules/portal/performance";
import { useTitle } from "../ui/use-title";

export function PerformancePage() {
  useTitle("Our performance");
  return (
    <section className="section">
      <h1>Our performance</h1>
      <PerformanceScreen />
    </section>
  );
}
