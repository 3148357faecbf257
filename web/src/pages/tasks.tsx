import { MyTasks } from "../modules/tasks/my-tasks";
import { useTitle } from "../ui/use-title";

export function TasksPage() {
  useTitle("Tasks");
  return (
    <section className="section">
      <h1>Tasks</h1>
      <MyTasks />
    </section>
  );
}
