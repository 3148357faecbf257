import { Link, Redirect } from "wouter";
import { EmailFrame } from "../modules/email/email-nav";
import { SenderSettings } from "../modules/email/sender";
import { EditTemplate, TemplateEditor } from "../modules/email/template-editor";
import { TemplatesList } from "../modules/email/templates-list";
import { useTitle } from "../ui/use-title";

/** /email opens the templates. */
export function EmailPage() {
  return <Redirect to="/email/templates" replace />;
}

export function TemplatesPage() {
  useTitle("Templates · Email");
  return (
    <EmailFrame title="Templates">
      <div className="section-head">
        <p className="muted">
          The emails nurture sequences send, with the lead&apos;s own details filled in.
        </p>
        <Link href="/email/templates/new" className="button primary">
          New template
        </Link>
      </div>
      <TemplatesList />
    </EmailFrame>
  );
}

export function NewTemplatePage() {
  useTitle("New template · Email");
  return (
    <EmailFrame title="New template">
      <TemplateEditor />
    </EmailFrame>
  );
}

export function TemplatePage({ templateKey }: { templateKey: string }) {
  useTitle("Template · Email");
  return (
    <EmailFrame title="Template">
      <EditTemplate templateKey={templateKey} />
    </EmailFrame>
  );
}

export function SenderPage() {
  useTitle("Sender · Email");
  return (
    <EmailFrame title="Sender">
      <SenderSettings />
    </EmailFrame>
  );
}
