import { Redirect } from "wouter";
import type { SessionUser } from "../modules/auth/session";
import { AuditLog } from "../modules/settings/audit";
import { usePeople } from "../modules/settings/people";
import { SettingsFrame, settingsSections } from "../modules/settings/settings-nav";
import { SuppressionsSettings } from "../modules/settings/suppressions";
import { TokensSettings } from "../modules/settings/tokens";
import { UsersSettings } from "../modules/settings/users";
import { WebhooksSettings } from "../modules/settings/webhooks";
import { useTitle } from "../ui/use-title";

/** /settings opens the first section the role may use. */
export function SettingsPage({ user }: { user: SessionUser }) {
  return <Redirect to={settingsSections(user.role)[0]!.href} replace />;
}

export function UsersSettingsPage({ user }: { user: SessionUser }) {
  useTitle("Users · Settings");
  if (user.role !== "admin") return <Redirect to="/settings" replace />;
  return (
    <SettingsFrame role={user.role} title="Users">
      <UsersSettings me={user.id} />
    </SettingsFrame>
  );
}

export function TokensSettingsPage({ user }: { user: SessionUser }) {
  useTitle("API tokens · Settings");
  const people = usePeople(user.role === "admin");
  return (
    <SettingsFrame role={user.role} title="API tokens">
      <TokensSettings me={user.id} people={people} />
    </SettingsFrame>
  );
}

export function WebhooksSettingsPage({ user }: { user: SessionUser }) {
  useTitle("Webhooks · Settings");
  return (
    <SettingsFrame role={user.role} title="Webhooks">
      <WebhooksSettings />
    </SettingsFrame>
  );
}

export function AuditSettingsPage({ user }: { user: SessionUser }) {
  useTitle("Audit log · Settings");
  const people = usePeople(user.role === "admin");
  return (
    <SettingsFrame role={user.role} title="Audit log">
      <AuditLog people={people} />
    </SettingsFrame>
  );
}

export function SuppressionsSettingsPage({ user }: { user: SessionUser }) {
  useTitle("Suppression list · Settings");
  return (
    <SettingsFrame role={user.role} title="Suppression list">
      <SuppressionsSettings />
    </SettingsFrame>
  );
}
