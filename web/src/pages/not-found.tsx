import { Link } from "wouter";
import { useTitle } from "../ui/use-title";

export function NotFoundPage() {
  useTitle("Not found");
  return (
    <section className="section">
      <h1>Nothing here</h1>
      <p>
        This address leads nowhere. <Link href="/">Go to your start page</Link>.
      </p>
    </section>
  );
}
