import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { keys, queryClient } from "../../api/query";
import { Labeled } from "../../ui/labeled";
import { useToast } from "../../ui/toast";
import type { Lead } from "../leads/lead";
import { portalKeys, useMyReturns } from "./portal-queries";
import { COMMON_REASONS, OTHER_REASON, returnability } from "./returnability";

const HELD = ["accepted", "claimed"];

/**
 * "Return this lead" with a reason, while the recipient's policy allows it; otherwise why not.
 * The lead carries the caller's own assignment of it (since when it holds the lead).
 */
export function ReturnLead({ lead, now = Date.now() }: { lead: Lead; now?: number }) {
  const returns = useMyReturns();
  const [open, setOpen] = useState(false);
  const held = lead.assignments?.find((a) => HELD.includes(a.status));
  if (!returns.data || !returns.data.canReturn || !held) return null;
  const { policy, month } = returns.data;
  const can = returnability({
    heldSince: Date.parse(held.createdAt),
    windowDays: policy.windowDays,
    left: month.left,
    now,
  });
  if (!can.ok) return <p className="muted small return-why">{can.why}</p>;
  if (!open)
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Return this lead
      </button>
    );
  return <ReturnForm lead={lead} reasons={policy.reasons} onDone={() => setOpen(false)} />;
}

function ReturnForm({ lead, reasons, onDone }: { lead: Lead; reasons: string[] | null; onDone: () => void }) {
  const toast = useToast();
  const choices = reasons ?? [...COMMON_REASONS, OTHER_REASON];
  const [choice, setChoice] = useState(choices[0] ?? "");
  const [other, setOther] = useState("");
  const give = useMutation({
    mutationFn: (reason: string) =>
      ok(api.POST("/api/v1/leads/{id}/return", { params: { path: { id: lead.id } }, body: { reason } })),
    onSuccess: () => {
      toast("Lead returned. It is on your Returns page.");
      onDone();
      void queryClient.invalidateQueries({ queryKey: portalKeys.returns });
      void queryClient.invalidateQueries({ queryKey: keys.myLeads });
      void queryClient.invalidateQueries({ queryKey: keys.lead(lead.id) });
    },
  });
  const reason = reasons === null && choice === OTHER_REASON ? other.trim() : choice;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason) give.mutate(reason);
  };
  return (
    <form className="return-form" onSubmit={submit} aria-label={`Return ${lead.firstName ?? "this lead"}`}>
      <Labeled label="Why are you returning it?">
        {(control) => (
          <select {...control} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {choices.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Labeled>
      {reasons === null && choice === OTHER_REASON ? (
        <Labeled label="Your reason">
          {(control) => (
            <input {...control} value={other} maxLength={1000} onChange={(e) => setOther(e.target.value)} />
          )}
        </Labeled>
      ) : null}
      {give.error ? (
        <p className="field-error" role="alert">
          {give.error.message}
        </p>
      ) : null}
      <div className="return-actions">
        <button type="submit" className="button primary" disabled={!reason || give.isPending}>
          Return lead
        </button>
        <button type="button" className="link" onClick={onDone}>
          Keep it
        </button>
      </div>
    </form>
  );
}
