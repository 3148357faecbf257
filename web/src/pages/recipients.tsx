import { Link } from "wouter";
import { RecipientsList } from "../modules/recipients/recipients-list";
import { useTitle } from "../ui/use-title";

export function RecipientsPage() {
  useTitle("Recipients");
  return (
    <section className="section">
      <div className="section-head">
        <h1>Recipients</h1>
        <Link href="/recipients/new" className="button primary">
          Add recipient
        </Link>
      </div>
      <RecipientsList />
    </section>
  );
}
