import { ReturnsScreen } from "../modules/portal/returns";
import { useTitle } from "../ui/use-title";

export function ReturnsPage() {
  useTitle("Returns");
  return (
    <section className="section">
      <h1>Returns</h1>
      <ReturnsScreen />
    </section>
  );
}
