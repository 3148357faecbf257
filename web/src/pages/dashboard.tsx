import { Dashboard } from "../modules/dashboard/dashboard";
import { useTitle } from "../ui/use-title";

export function DashboardPage() {
  useTitle("Dashboard");
  return (
    <section className="section">
      <h1>Dashboard</h1>
      <Dashboard />
    </section>
  );
}
