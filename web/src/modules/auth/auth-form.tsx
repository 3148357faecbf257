import { useState, type FormEvent, type ReactNode } from "react";
import { ErrorNote } from "../../ui/feedback";

/** A sign-in style form: one submit, a busy state, and the API's message when it fails. */
export function AuthForm({
  title,
  intro,
  submit,
  onSubmit,
  children,
  footer,
}: {
  title: string;
  intro?: ReactNode;
  submit: string;
  onSubmit: (form: FormData) => Promise<void>;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const handle = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit(new FormData(event.currentTarget));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="auth-page">
      <form className="auth-card" onSubmit={handle} noValidate={false}>
        <p className="brand-mark" aria-hidden="true">
          Carousel
        </p>
        <h1>{title}</h1>
        {intro ? <div className="muted">{intro}</div> : null}
        {children}
        <ErrorNote error={error} />
        <button className="primary wide" type="submit" disabled={busy}>
          {busy ? "Please wait…" : submit}
        </button>
        {footer ? <div className="auth-footer">{footer}</div> : null}
      </form>
    </main>
  );
}

export const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
