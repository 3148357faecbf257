import { useMutation } from "@tanstack/react-query";
import { Link } from "wouter";
import { api, toApiError } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote, Skeleton } from "../../ui/feedback";
import { useToast } from "../../ui/toast";
import { allDone, checklist, nextStep, testLead, type SetupState, type Step } from "./checklist";
import "./getting-started.css";
import { useSetupState } from "./setup-state";

/** The checklist of a new installation: each step ticked from the API, linked to its screen. */
export function GettingStarted() {
  const { state, error } = useSetupState();
  if (error) return <ErrorNote error={error}> Reload the page to try again.</ErrorNote>;
  if (!state) return <Skeleton rows={5} label="Checking what is set up" />;
  const steps = checklist(state);
  const next = nextStep(steps);
  const done = steps.filter((s) => s.done).length;
  return (
    <>
      <p className="muted">
        {allDone(steps)
          ? "All set: leads come in, are routed by the plan and reach your recipients."
          : `${done} of ${steps.length} done. Next: ${next!.title.toLowerCase()}.`}
      </p>
      <ol className="checklist" aria-label="Steps">
        {steps.map((step, i) => (
          <StepRow key={step.id} step={step} index={i} current={step === next} state={state} />
        ))}
      </ol>
    </>
  );
}

function StepRow({
  step,
  index,
  current,
  state,
}: {
  step: Step;
  index: number;
  current: boolean;
  state: SetupState;
}) {
  return (
    <li
      className={`checklist-step ${step.done ? "done" : ""} ${current ? "current" : ""}`}
      aria-label={`${step.title}: ${step.done ? "done" : "to do"}`}
    >
      <span className="check" aria-hidden="true">
        {step.done ? "✓" : index + 1}
      </span>
      <div className="row-main">
        <strong>{step.title}</strong>
        <span className="muted">{step.detail}</span>
        {step.id === "lead" ? <TestLead state={state} ready={current || step.done} /> : null}
      </div>
      {step.id !== "lead" || step.done ? (
        <Link href={step.href} className={`button ${current ? "primary" : ""}`}>
          {step.action}
        </Link>
      ) : null}
    </li>
  );
}

interface Sent {
  id: string;
  status: string;
  assignments: { recipient: string; status?: string }[];
}

/** Sends a lead through the first source's intake, as a form or a vendor would, and says where it went. */
function TestLead({ state, ready }: { state: SetupState; ready: boolean }) {
  const toast = useToast();
  const source = state.sources[0];
  const category = state.categories.find((c) => c.key === source?.category);
  const recipient = state.recipients.find(
    (r) => source && r.categories.includes(source.category) && r.status !== "retired",
  );
  const send = useMutation({
    mutationFn: async (): Promise<Sent> => {
      const { data, error, response } = await api.POST("/api/v1/leads", {
        headers: { "X-Intake-Key": source!.intakeKey },
        body: testLead(category ?? {}, recipient, Date.now()),
      });
      if (!data) throw toApiError(response.status, error);
      return data as unknown as Sent;
    },
    onSuccess: () => {
      toast("Test lead sent.");
      void queryClient.invalidateQueries({ queryKey: ["leads"] });
    },
  });
  if (!source || !ready) return null;
  const sent = send.data;
  return (
    <div className="test-lead">
      <button type="button" className="primary" disabled={send.isPending} onClick={() => send.mutate()}>
        {state.lastLead ? "Send another test lead" : "Send a test lead"}
      </button>{" "}
      <span className="muted small">through {source.name}&apos;s intake</span>
      {sent ? (
        <p role="status" className="test-lead-result">
          {sent.assignments.length > 0 ? (
            <>
              It went to <strong>{sent.assignments.map((a) => a.recipient).join(", ")}</strong> (
              {sent.status.replace(/_/g, " ")}).{" "}
            </>
          ) : (
            <>Nobody took it yet ({sent.status.replace(/_/g, " ")}): Needs attention says why. </>
          )}
          <Link href={`/leads/${sent.id}`}>See where it went →</Link>
        </p>
      ) : null}
      <ErrorNote error={send.error} />
    </div>
  );
}
