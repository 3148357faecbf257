import { Link, useLocation } from "wouter";
import { AuthForm, text } from "../modules/auth/auth-form";
import { signIn } from "../modules/auth/session";
import { Field } from "../ui/field";
import { useTitle } from "../ui/use-title";

export function SignInPage() {
  useTitle("Sign in");
  const [, navigate] = useLocation();
  return (
    <AuthForm
      title="Sign in"
      submit="Sign in"
      onSubmit={async (form) => {
        await signIn(text(form, "email"), String(form.get("password") ?? ""));
        navigate("/", { replace: true });
      }}
      footer={<Link href="/reset">Forgot your password?</Link>}
    >
      <Field label="Email" name="email" type="email" autoComplete="username" required autoFocus />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
    </AuthForm>
  );
}
