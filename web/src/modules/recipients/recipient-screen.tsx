import { ErrorNote, Skeleton } from "../../ui/feedback";
import { humanize } from "../../ui/format";
import { useTitle } from "../../ui/use-title";
import { useRecipient } from "./hooks";
import { DeliveryTest, RetireRecipient, ReturnPolicyForm } from "./recipient-actions";
import { RecipientEditor } from "./recipient-editor";
import "./recipients.css";

/** The editor of one recipient (`key`), or of a new one; loaded only when a manager opens it. */
export default function RecipientScreen({ recipientKey }: { recipientKey: string | null }) {
  return recipientKey === null ? <NewRecipient /> : <EditRecipient recipientKey={recipientKey} />;
}

function NewRecipient() {
  useTitle("New recipient");
  return (
    <section className="section">
      <h1>New recipient</h1>
      <RecipientEditor recipient={null} />
    </section>
  );
}

function EditRecipient({ recipientKey }: { recipientKey: string }) {
  const recipient = useRecipient(recipientKey);
  const r = recipient.data;
  useTitle(r?.name ?? "Recipient");
  if (recipient.isPending) return <Skeleton rows={8} label="Loading the recipient" />;
  if (!r) return <ErrorNote error={recipient.error}> Go back to the recipients and pick one.</ErrorNote>;
  return (
    <section className="section">
      <div className="section-head">
        <h1>{r.name}</h1>
        <span className={`status recipient-${r.status}`}>
          {humanize(r.kind)} · {humanize(r.status)}
        </span>
      </div>
      {r.status === "retired" ? (
        <RetireRecipient recipient={r} />
      ) : (
        <>
          <RecipientEditor key={r.updatedAt} recipient={r} />
          <DeliveryTest recipient={r} />
          <ReturnPolicyForm recipient={r} />
          <RetireRecipient recipient={r} />
        </>
      )}
    </section>
  );
}
