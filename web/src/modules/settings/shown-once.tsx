import { useState } from "react";

/**
 * A secret the API shows once (an invite link, a token, a signing secret), with a copy button.
 * It stays on screen until dismissed, and says it will not be shown again.
 */
export function ShownOnce({ label, value, onDone }: { label: string; value: string; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // Without clipboard access (an insecure origin), the text is selected for a manual copy.
      const field = document.getElementById(`once-${label}`) as HTMLInputElement | null;
      field?.select();
    }
  };
  return (
    <div className="shown-once" role="region" aria-label={label}>
      <p>
        <strong>{label}</strong> — shown only now: copy it before closing this box.
      </p>
      <div className="inline-form">
        <input
          id={`once-${label}`}
          className="grow mono"
          readOnly
          value={value}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="primary" onClick={() => void copy()}>
          {copied ? "Copied" : "Copy"}
        </button>
        <button type="button" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

interface ConfirmProps {
  question: string;
  consequence: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean | undefined;
}

/** A destructive action that asks once, saying what will happen. */
export function Confirm({ question, consequence, confirm, onConfirm, onCancel, busy }: ConfirmProps) {
  return (
    <div className="confirm" role="alertdialog" aria-label={question}>
      <p>
        <strong>{question}</strong> {consequence}
      </p>
      <div className="actions">
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {confirm}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * A destructive action's button, read out as `label`, that asks once before it acts: while
 * `asking` it gives way to the question, whose button says the same (`confirm`). A list asks
 * about one of its rows at a time, so the list holds which.
 */
export function AskFirst({
  asking,
  onAsk,
  label,
  className,
  ...question
}: ConfirmProps & { asking: boolean; onAsk: () => void; label: string; className: string }) {
  if (asking) return <Confirm {...question} />;
  return (
    <button type="button" className={className} aria-label={label} onClick={onAsk}>
      {question.confirm}
    </button>
  );
}
