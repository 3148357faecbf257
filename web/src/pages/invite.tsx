import { useLocation } from "wouter";
import { AuthForm } from "../modules/auth/auth-form";
import { acceptInvite } from "../modules/auth/onboarding";
import { Field } from "../ui/field";
import { useTitle } from "../ui/use-title";

export function InvitePage({ token }: { token: string }) {
  useTitle("Accept invite");
  const [, navigate] = useLocation();
  return (
    <AuthForm
      title="Welcome to Carousel"
      intro={<p>Choose a password to finish setting up your account.</p>}
      submit="Set password and sign in"
      onSubmit={async (form) => {
        await acceptInvite(token, { password: String(form.get("password") ?? "") });
        navigate("/", { replace: true });
      }}
    >
      <Field
        label="Password"
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
