import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { Field } from "../../ui/field";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { USERS_KEY as USERS } from "./keys";
import { kindsFor, ROLES, type Role } from "./roles";
import { Confirm, ShownOnce } from "./shown-once";

const RECIPIENTS = ["recipients", "all"] as const;

interface User {
  id: string;
  email: string;
  name: string;
  role: string;
  recipient: string | null;
  disabled: boolean;
  createdAt: string;
}

interface RecipientChoice {
  key: string;
  name: string;
  kind: string;
}

function useUsers() {
  return useQuery({ queryKey: USERS, queryFn: () => ok(api.GET("/api/v1/users")) });
}

function useRecipients() {
  return useQuery({ queryKey: RECIPIENTS, queryFn: () => ok(api.GET("/api/v1/recipients")) });
}

const refresh = () => queryClient.invalidateQueries({ queryKey: USERS });
const roleLabel = (role: string) => ROLES.find((r) => r.role === role)?.label ?? role;

/** The users: invite one, change a role or recipient, disable or enable. Admins only. */
export function UsersSettings({ me }: { me: string }) {
  const users = useUsers();
  if (users.isPending) return <Skeleton rows={5} label="Loading users" />;
  if (users.error) return <ErrorNote error={users.error} />;
  return (
    <>
      <InviteForm />
      {users.data.items.length === 0 ? (
        <Empty>No users yet. Invite the first one above.</Empty>
      ) : (
        <ul className="rows" aria-label="Users">
          {users.data.items.map((u) => (
            <UserRow key={u.id} user={u} me={me} />
          ))}
        </ul>
      )}
    </>
  );
}

function RecipientSelect({ role, value }: { role: string; value?: string | null }) {
  const recipients = useRecipients();
  const kinds = kindsFor(role);
  if (kinds.length === 0) return null;
  const choices = ((recipients.data?.items ?? []) as unknown as RecipientChoice[]).filter((r) =>
    kinds.includes(r.kind),
  );
  return (
    <label>
      Acts for
      <select name="recipient" required defaultValue={value ?? ""}>
        <option value="" disabled>
          {recipients.isPending
            ? "Loading…"
            : choices.length === 0
              ? `No ${kinds.join(" or ")} recipients yet`
              : "Choose…"}
        </option>
        {choices.map((r) => (
          <option key={r.key} value={r.key}>
            {r.name} ({r.kind})
          </option>
        ))}
      </select>
    </label>
  );
}

function RoleSelect({ value, onChange }: { value: string; onChange: (role: Role) => void }) {
  return (
    <label>
      Role
      <select name="role" value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r.role} value={r.role}>
            {r.label} — {r.about}
          </option>
        ))}
      </select>
    </label>
  );
}

function InviteForm() {
  const toast = useToast();
  const [role, setRole] = useState<Role>("agent");
  const [link, setLink] = useState<{ name: string; url: string | null; token: string } | null>(null);
  const invite = useMutation({
    mutationFn: (body: { name: string; email: string; role: Role; recipient?: string }) =>
      ok(api.POST("/api/v1/users", { body })),
    onSuccess: (user, _, __) => {
      toast(`${user.name} invited.`);
      setLink({ name: user.name, url: user.inviteUrl, token: user.token });
      void refresh();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const recipient = String(form.get("recipient") ?? "");
    invite.mutate(
      {
        name: String(form.get("name") ?? "").trim(),
        email: String(form.get("email") ?? "").trim(),
        role,
        ...(recipient ? { recipient } : {}),
      },
      { onSuccess: () => (event.target as HTMLFormElement).reset() },
    );
  };
  return (
    <section className="settings-form" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a user</h2>
      {link ? (
        <>
          {link.url ? (
            <ShownOnce label={`Invite link for ${link.name}`} value={link.url} onDone={() => setLink(null)} />
          ) : null}
          <details>
            <summary>Their API token (also shown only once)</summary>
            <ShownOnce label={`API token for ${link.name}`} value={link.token} onDone={() => setLink(null)} />
          </details>
        </>
      ) : null}
      <form className="inline-form" onSubmit={submit}>
        <Field label="Name" name="name" required maxLength={200} autoComplete="off" />
        <Field label="Email" name="email" type="email" required autoComplete="off" />
        <RoleSelect value={role} onChange={setRole} />
        <RecipientSelect key={role} role={role} />
        <button type="submit" className="primary" disabled={invite.isPending}>
          Invite
        </button>
      </form>
      <p className="muted small">
        The invite link works once and for 7 days; it is emailed too when the server can send mail.
      </p>
      <ErrorNote error={invite.error} />
    </section>
  );
}

type Patch = { role?: Role; recipient?: string | null; disabled?: boolean };

function UserRow({ user, me }: { user: User; me: string }) {
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [role, setRole] = useState<string>(user.role);
  const patch = useMutation({
    mutationFn: (body: Patch) =>
      ok(api.PATCH("/api/v1/users/{id}", { params: { path: { id: user.id } }, body })),
    onSuccess: (updated, body) => {
      toast(
        body.disabled === true
          ? `${user.name} disabled: signed out everywhere.`
          : body.disabled === false
            ? `${user.name} enabled.`
            : `${user.name} is now ${roleLabel(updated.role)}${updated.recipient ? ` for ${updated.recipient}` : ""}.`,
      );
      setEditing(false);
      setConfirming(false);
      void refresh();
    },
  });
  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const recipient = String(form.get("recipient") ?? "");
    patch.mutate({ role: role as Role, ...(kindsFor(role).length > 0 ? { recipient } : {}) });
  };
  return (
    <li
      className="row"
      aria-label={`${user.name}, ${roleLabel(user.role)}${user.disabled ? ", disabled" : ""}`}
    >
      <div className="row-main">
        <span className="row-title">
          {user.name} {user.id === me ? <span className="tag">you</span> : null}{" "}
          {user.disabled ? <span className="tag tag-off">disabled</span> : null}
        </span>
        <span className="muted small">
          {user.email} · {roleLabel(user.role)}
          {user.recipient ? ` for ${user.recipient}` : ""} · added <RelativeTime at={user.createdAt} />
        </span>
        {editing ? (
          <form className="inline-form" onSubmit={save} aria-label={`Change ${user.name}'s role`}>
            <RoleSelect value={role} onChange={setRole} />
            <RecipientSelect key={role} role={role} value={user.recipient} />
            <button type="submit" className="primary" disabled={patch.isPending}>
              Save
            </button>
            <button type="button" className="link" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </form>
        ) : null}
        {confirming ? (
          <Confirm
            question={`Disable ${user.name}?`}
            consequence="Their sessions end at once, on every device, and their API tokens stop working. You can enable them again later."
            confirm={`Disable ${user.name}`}
            busy={patch.isPending}
            onConfirm={() => patch.mutate({ disabled: true })}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
        <ErrorNote error={patch.error} />
      </div>
      <div className="actions">
        {!editing ? (
          <button type="button" onClick={() => setEditing(true)}>
            Change role
          </button>
        ) : null}
        {user.disabled ? (
          <button type="button" disabled={patch.isPending} onClick={() => patch.mutate({ disabled: false })}>
            Enable
          </button>
        ) : !confirming && user.id !== me ? (
          <button type="button" onClick={() => setConfirming(true)}>
            Disable
          </button>
        ) : null}
      </div>
    </li>
  );
}
