import { isStaff, type SessionUser } from "../modules/auth/session";
import { LeadDetail } from "../modules/leads/lead-detail";
import { useTitle } from "../ui/use-title";

export function LeadPage({ id, user }: { id: string; user: SessionUser }) {
  useTitle("Lead");
  return <LeadDetail id={id} staff={isStaff(user.role)} returns={user.role === "partner"} />;
}
