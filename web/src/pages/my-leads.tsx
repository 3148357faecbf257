import type { SessionUser } from "../modules/auth/session";
import { MyLeadsList } from "../modules/leads/my-leads";
import { useTitle } from "../ui/use-title";

export function MyLeadsPage({ user }: { user: SessionUser }) {
  const title = user.role === "partner" ? "Our leads" : "My leads";
  useTitle(title);
  return (
    <section className="section">
      <h1>{title}</h1>
      <MyLeadsList
        emptyText="No leads yet. Accept an offer or claim one from the pool on the Work screen."
        returns={user.role === "partner"}
      />
    </section>
  );
}
