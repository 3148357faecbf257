import { useMutation, useQuery } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";

interface Task {
  id: string;
  leadId: string;
  title: string;
  dueAt: string;
}

/** The open follow-ups, soonest first, each done with one click. */
export function MyTasks() {
  const toast = useToast();
  const tasks = useQuery({
    queryKey: keys.myTasks,
    queryFn: async () => (await ok(api.GET("/api/v1/my/tasks"))).items as unknown as Task[],
  });
  const complete = useMutation({
    mutationFn: (id: string) => ok(api.POST("/api/v1/tasks/{id}/complete", { params: { path: { id } } })),
    onSuccess: () => {
      toast("Task done.");
      void queryClient.invalidateQueries({ queryKey: keys.myTasks });
    },
  });
  if (tasks.isPending) return <Skeleton rows={3} label="Loading your tasks" />;
  if (tasks.error) return <ErrorNote error={tasks.error} />;
  if (tasks.data.length === 0)
    return <Empty>No open tasks. Set one from a lead&apos;s page to be reminded.</Empty>;
  const now = Date.now();
  return (
    <>
      <ul className="rows" aria-label="Tasks">
        {tasks.data.map((t) => (
          <li key={t.id} className={`row ${Date.parse(t.dueAt) < now ? "overdue" : ""}`}>
            <div className="row-main">
              <strong>{t.title}</strong>
              <span className="muted small">
                due <RelativeTime at={t.dueAt} /> · <Link href={`/leads/${t.leadId}`}>Open lead</Link>
              </span>
            </div>
            <button type="button" onClick={() => complete.mutate(t.id)} disabled={complete.isPending}>
              Done
            </button>
          </li>
        ))}
      </ul>
      <ErrorNote error={complete.error} />
    </>
  );
}
