import type { ReactNode } from "react";
import { Link, useLocation } from "wouter";
import type { Role } from "../auth/session";
import "./settings.css";

/** The sections of Settings a role may use: users are the admin's, the rest is staff's. */
export function settingsSections(role: Role) {
  return [
    ...(role === "admin" ? [{ href: "/settings/users", label: "Users" }] : []),
    { href: "/settings/tokens", label: "API tokens" },
    { href: "/settings/webhooks", label: "Webhooks" },
    { href: "/settings/audit", label: "Audit log" },
  ];
}

/** Settings' frame: its title, the sections as tabs, and the section's page. */
export function SettingsFrame({ role, title, children }: { role: Role; title: string; children: ReactNode }) {
  const [location] = useLocation();
  return (
    <section className="section">
      <h1>Settings</h1>
      <nav className="settings-tabs" aria-label="Settings">
        {settingsSections(role).map((s) => (
          <Link key={s.href} href={s.href} aria-current={location === s.href ? "page" : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      <h2 className="visually-hidden">{title}</h2>
      {children}
    </section>
  );
}
