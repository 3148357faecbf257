import { lazy, Suspense } from "react";
import { Skeleton } from "../ui/feedback";
import { useTitle } from "../ui/use-title";

// The deliveries screen loads when first opened: it is no one's first screen.
const DeliveriesList = lazy(() =>
  import("../modules/deliveries/deliveries-list").then((m) => ({ default: m.DeliveriesList })),
);

export function DeliveriesPage() {
  useTitle("Deliveries");
  return (
    <section className="section">
      <h1>Deliveries</h1>
      <Suspense fallback={<Skeleton rows={6} label="Loading deliveries" />}>
        <DeliveriesList />
      </Suspense>
    </section>
  );
}
