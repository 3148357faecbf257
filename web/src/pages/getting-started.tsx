import { GettingStarted } from "../modules/getting-started/getting-started";
import { useTitle } from "../ui/use-title";

export function GettingStartedPage() {
  useTitle("Getting started");
  return (
    <section className="section">
      <h1>Getting started</h1>
      <GettingStarted />
    </section>
  );
}
