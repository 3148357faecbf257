import type { ReactNode } from "react";
import { TabbedSection } from "../../ui/section-tabs";
import "./email.css";

/** The sections of Email: the templates nurture sends, and who they come from. */
export const EMAIL_SECTIONS = [
  { href: "/email/templates", label: "Templates" },
  { href: "/email/sender", label: "Sender" },
];

export function EmailFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <TabbedSection title="Email" tabs={EMAIL_SECTIONS} current={title}>
      {children}
    </TabbedSection>
  );
}
