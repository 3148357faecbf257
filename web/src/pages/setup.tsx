import { useLocation } from "wouter";
import { AuthForm, text } from "../modules/auth/auth-form";
import { createFirstAdmin } from "../modules/auth/onboarding";
import { Field } from "../ui/field";
import { useTitle } from "../ui/use-title";

export function SetupPage() {
  useTitle("Set up");
  const [, navigate] = useLocation();
  return (
    <AuthForm
      title="Set up Carousel"
      intro={
        <p>
          Create the first admin. The setup code is printed in the server&apos;s log when it starts, so only
          whoever runs the server can do this.
        </p>
      }
      submit="Create admin and sign in"
      onSubmit={async (form) => {
        await createFirstAdmin({
          code: text(form, "code"),
          name: text(form, "name"),
          email: text(form, "email"),
          password: String(form.get("password") ?? ""),
        });
        navigate("/", { replace: true });
      }}
    >
      <Field label="Setup code" name="code" autoComplete="off" required autoFocus />
      <Field label="Your name" name="name" autoComplete="name" required />
      <Field label="Email" name="email" type="email" autoComplete="username" required />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
        hint="At least 10 characters."
      />
    </AuthForm>
  );
}
