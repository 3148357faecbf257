import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { keys, queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { exactTime } from "../../ui/format";
import { useToast } from "../../ui/toast";
import {
  putReturnPolicy,
  refreshRecipient,
  retireRecipient,
  sendTest,
  setPaused,
  useReturnPolicy,
} from "./hooks";
import type { Recipient } from "./recipient";

const pretty = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

/** "Send a test": a sample lead to the recipient's channel now, showing the request and the answer. */
export function DeliveryTest({ recipient }: { recipient: Recipient }) {
  const toast = useToast();
  const test = useMutation({ mutationFn: () => sendTest(recipient.key) });
  const paused = useMutation({
    mutationFn: (on: boolean) => setPaused(recipient.key, on),
    onSuccess: (state) => {
      toast(state.paused ? "Deliveries paused." : "Deliveries resumed.");
      void queryClient.invalidateQueries({ queryKey: keys.recipient(recipient.key) });
    },
  });
  const pause = recipient.deliveryPause;
  const none = recipient.delivery.channel === "none";
  return (
    <section className="card rc-editor-section" aria-labelledby="sec-test">
      <h2 id="sec-test">Test and pause delivery</h2>
      {none ? (
        <p className="muted small">No delivery channel is set: leads are worked in Carousel.</p>
      ) : (
        <p className="muted small">
          Send a sample lead to the {recipient.delivery.channel === "http" ? "URL" : "address"} saved above,
          now. Nothing is stored.
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => test.mutate()} disabled={none || test.isPending}>
          {test.isPending ? "Sending…" : "Send a test"}
        </button>
        {pause ? (
          <button type="button" onClick={() => paused.mutate(false)} disabled={paused.isPending}>
            Resume deliveries
          </button>
        ) : (
          <button type="button" onClick={() => paused.mutate(true)} disabled={paused.isPending}>
            Pause deliveries
          </button>
        )}
      </div>
      {pause !== undefined ? (
        <p className={`small ${pause ? "rc-paused" : "muted"}`} role="status">
          {pause
            ? `Deliveries paused since ${exactTime(pause.since)} by ${pause.by ?? "the admin token"}: ` +
              `${pause.waiting} waiting, sent after resume.`
            : "Deliveries go out as leads are assigned."}
        </p>
      ) : null}
      <ErrorNote error={test.error ?? paused.error} />
      {test.data ? (
        <div className="rc-test-result" role="region" aria-label="Test result">
          <p className={`rc-test-outcome outcome-${test.data.outcome}`}>
            {test.data.outcome === "delivered" ? "Delivered" : `Not delivered (${test.data.outcome})`}
            {test.data.reason ? `: ${test.data.reason}` : ""}
            {test.data.externalId ? ` · their id ${test.data.externalId}` : ""}
          </p>
          <h3>Request</h3>
          <pre aria-label="Request sent">{pretty(test.data.request)}</pre>
          <h3>Response</h3>
          <pre aria-label="Response received">{pretty(test.data.response)}</pre>
        </div>
      ) : null}
    </section>
  );
}

/** How long after assignment the recipient may return a lead, and how many a month. */
export function ReturnPolicyForm({ recipient }: { recipient: Recipient }) {
  const toast = useToast();
  const policy = useReturnPolicy(recipient.key);
  const save = useMutation({
    mutationFn: (body: { windowDays: number; monthlyCap: number | null }) =>
      putReturnPolicy(recipient.key, body),
    onSuccess: () => toast("Return policy saved."),
  });
  const [problem, setProblem] = useState("");
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = Number(form.get("windowDays"));
    const capText = String(form.get("monthlyCap") ?? "").trim();
    const cap = capText === "" ? null : Number(capText);
    if (!Number.isInteger(days) || days < 0 || days > 365)
      return setProblem("Days to return: a whole number from 0 to 365.");
    if (cap !== null && (!Number.isInteger(cap) || cap < 0))
      return setProblem("Returns a month: a whole number, or empty for no cap.");
    setProblem("");
    save.mutate({ windowDays: days, monthlyCap: cap });
  };
  return (
    <section className="card rc-editor-section" aria-labelledby="sec-returns">
      <h2 id="sec-returns">Return policy</h2>
      {policy.isPending ? (
        <Skeleton rows={1} label="Loading the return policy" />
      ) : (
        <form className="rc-field-row" onSubmit={submit} key={JSON.stringify(policy.data)}>
          <label className="field">
            Days to return
            <input
              name="windowDays"
              inputMode="numeric"
              defaultValue={policy.data?.windowDays ?? 7}
              size={5}
            />
          </label>
          <label className="field">
            Returns a month
            <input
              name="monthlyCap"
              inputMode="numeric"
              defaultValue={policy.data?.monthlyCap ?? ""}
              placeholder="No cap"
              size={8}
            />
          </label>
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              Save return policy
            </button>
          </div>
        </form>
      )}
      {problem ? (
        <p className="error-note" role="alert">
          {problem}
        </p>
      ) : null}
      <ErrorNote error={policy.error ?? save.error} />
    </section>
  );
}

/** Retire for good, after saying once what that does. */
export function RetireRecipient({ recipient }: { recipient: Recipient }) {
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const retire = useMutation({
    mutationFn: () => retireRecipient(recipient.key),
    onSuccess: (saved) => {
      refreshRecipient(saved);
      toast(`${saved.name} retired.`);
    },
  });
  if (recipient.status === "retired")
    return (
      <section className="card rc-editor-section" aria-labelledby="sec-retire">
        <h2 id="sec-retire">Retired</h2>
        <p className="muted small">
          {recipient.name} is retired: it receives nothing more and changes no more. Its history stays.
        </p>
      </section>
    );
  return (
    <section className="card rc-editor-section rc-danger-zone" aria-labelledby="sec-retire">
      <h2 id="sec-retire">Retire</h2>
      {!asking ? (
        <button type="button" className="rc-danger-button" onClick={() => setAsking(true)}>
          Retire {recipient.name}…
        </button>
      ) : (
        <div role="alertdialog" aria-labelledby="retire-q" aria-describedby="retire-what">
          <p id="retire-q">
            <strong>Retire {recipient.name} for good?</strong>
          </p>
          <p id="retire-what" className="small">
            It receives no more leads and leaves every pool; offers it holds open go to the next candidate.
            The leads it holds stay with it, and its history and users can still be read. A retired recipient
            cannot be changed again.
          </p>
          <div className="actions">
            <button
              type="button"
              className="rc-danger-button"
              onClick={() => retire.mutate()}
              disabled={retire.isPending}
            >
              Retire for good
            </button>
            <button type="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <ErrorNote error={retire.error} />
    </section>
  );
}
