import { useState } from "react";
import { Link, useLocation } from "wouter";
import { AuthForm, text } from "../modules/auth/auth-form";
import { completeReset, requestReset } from "../modules/auth/onboarding";
import { Field } from "../ui/field";
import { useTitle } from "../ui/use-title";

export function ResetRequestPage() {
  useTitle("Reset password");
  const [sentTo, setSentTo] = useState<string | null>(null);
  return (
    <AuthForm
      title="Reset your password"
      intro={
        sentTo ? (
          <p role="status">
            If {sentTo} has an account, a link to set a new password is on its way. It works once.
          </p>
        ) : (
          <p>We will email you a link to set a new password.</p>
        )
      }
      submit="Send reset link"
      onSubmit={async (form) => {
        const email = text(form, "email");
        await requestReset(email);
        setSentTo(email);
      }}
      footer={<Link href="/signin">Back to sign in</Link>}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
    </AuthForm>
  );
}

export function ResetPage({ token }: { token: string }) {
  useTitle("New password");
  const [, navigate] = useLocation();
  return (
    <AuthForm
      title="Choose a new password"
      submit="Set password and sign in"
      onSubmit={async (form) => {
        await completeReset(token, String(form.get("password") ?? ""));
        navigate("/", { replace: true });
      }}
    >
      <Field
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        autoFocus
        hint="At least 10 characters."
      />
    </AuthForm>
  );
}
