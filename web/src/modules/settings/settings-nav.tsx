import type { ReactNode } from "react";
import type { Role } from "../auth/session";
import { TabbedSection } from "../../ui/section-tabs";
import "./settings.css";

/** The sections of Settings a role may use: users are the admin's, the rest is staff's. */
export function settingsSections(role: Role) {
  return [
    ...(role === "admin" ? [{ href: "/settings/users", label: "Users" }] : []),
    { href: "/settings/tokens", label: "API tokens" },
    { href: "/settings/webhooks", label: "Webhooks" },
    { href: "/settings/suppressions", label: "Suppression list" },
    { href: "/settings/audit", label: "Audit log" },
  ];
}

/** Settings' frame: its title, the sections as tabs, and the section's page. */
export function SettingsFrame({ role, title, children }: { role: Role; title: string; children: ReactNode }) {
  return (
    <TabbedSection title="Settings" tabs={settingsSections(role)} current={title}>
      {children}
    </TabbedSection>
  );
}
