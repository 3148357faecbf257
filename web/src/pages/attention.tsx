import { NeedsAttention } from "../modules/attention/attention";
import { useTitle } from "../ui/use-title";

export function AttentionPage() {
  useTitle("Needs attention");
  return (
    <section className="section">
      <h1>Needs attention</h1>
      <p className="muted">
        Leads nobody is working and nothing will route by itself, and deliveries that gave up.
      </p>
      <NeedsAttention />
    </section>
  );
}
