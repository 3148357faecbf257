import type { SessionUser } from "../modules/auth/session";
import { CallList } from "../modules/calls/call-list";
import { Empty } from "../ui/feedback";
import { useTitle } from "../ui/use-title";

/** The rep's call list: whom to call now and why, the outcome in one click, then the next. */
export function CallsPage({ user }: { user: SessionUser }) {
  useTitle("Call list");
  return (
    <section className="section call-list">
      <h1>Call list</h1>
      {user.recipient === null ? (
        <Empty>
          Your account is not linked to a recipient yet, so there is nobody for you to call. Ask an admin to
          link it.
        </Empty>
      ) : (
        <CallList />
      )}
    </section>
  );
}
