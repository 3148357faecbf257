import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok } from "../../api/client";
import { queryClient } from "../../api/query";
import { Empty, ErrorNote, Skeleton } from "../../ui/feedback";
import { Field } from "../../ui/field";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { noContent } from "./no-content";
import { Confirm, ShownOnce } from "./shown-once";

const TOKENS = ["tokens"] as const;

/**
 * API tokens for integrations: yours, or (for an admin, `people` listing the users) anyone's.
 * A new token is shown once; revoking one stops it at once.
 */
export function TokensSettings({ me, people }: { me: string; people: Map<string, string> }) {
  const toast = useToast();
  const [owner, setOwner] = useState(me);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const tokens = useQuery({
    queryKey: [...TOKENS, owner],
    queryFn: () =>
      ok(api.GET("/api/v1/tokens", { params: { query: owner === me ? {} : { userId: owner } } })),
  });
  const create = useMutation({
    mutationFn: (name: string) =>
      ok(api.POST("/api/v1/tokens", { body: { name, ...(owner === me ? {} : { userId: owner }) } })),
    onSuccess: (token) => {
      toast(`Token "${token.name}" created.`);
      setCreated({ name: token.name, token: token.token });
      void queryClient.invalidateQueries({ queryKey: TOKENS });
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    create.mutate(String(new FormData(element).get("name") ?? "").trim(), {
      onSuccess: () => element.reset(),
    });
  };
  const whose = owner === me ? "your" : `${people.get(owner) ?? owner}'s`;
  return (
    <>
      <section className="settings-form" aria-labelledby="token-title">
        <h2 id="token-title">Create an API token</h2>
        {created ? (
          <ShownOnce label={`Token ${created.name}`} value={created.token} onDone={() => setCreated(null)} />
        ) : null}
        <form className="inline-form" onSubmit={submit}>
          {people.size > 1 ? (
            <label>
              For
              <select value={owner} onChange={(e) => setOwner(e.target.value)}>
                {[...people].map(([id, name]) => (
                  <option key={id} value={id}>
                    {id === me ? `${name} (you)` : name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <Field label="Token name" name="name" required maxLength={200} placeholder="CRM sync" />
          <button type="submit" className="primary" disabled={create.isPending}>
            Create token
          </button>
        </form>
        <p className="muted small">
          A token acts with its user&apos;s role. Send it as Authorization: Bearer …
        </p>
        <ErrorNote error={create.error} />
      </section>
      <h2>{whose.charAt(0).toUpperCase() + whose.slice(1)} tokens</h2>
      {tokens.isPending ? (
        <Skeleton rows={3} label="Loading tokens" />
      ) : tokens.error ? (
        <ErrorNote error={tokens.error} />
      ) : tokens.data.items.length === 0 ? (
        <Empty>No live tokens. Create one above for an integration.</Empty>
      ) : (
        <ul className="rows" aria-label="Tokens">
          {tokens.data.items.map((t) => (
            <TokenRow key={t.id} token={t} />
          ))}
        </ul>
      )}
    </>
  );
}

function TokenRow({ token }: { token: { id: string; name: string; createdAt: string } }) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: () => noContent(api.DELETE("/api/v1/tokens/{id}", { params: { path: { id: token.id } } })),
    onSuccess: () => {
      toast(`Token "${token.name}" revoked.`);
      void queryClient.invalidateQueries({ queryKey: TOKENS });
    },
  });
  return (
    <li className="row" aria-label={token.name}>
      <div className="row-main">
        <span className="row-title">{token.name}</span>
        <span className="muted small">
          created <RelativeTime at={token.createdAt} />
        </span>
        {confirming ? (
          <Confirm
            question={`Revoke "${token.name}"?`}
            consequence="It stops working at once; whatever uses it will get 401 answers."
            confirm="Revoke token"
            busy={revoke.isPending}
            onConfirm={() => revoke.mutate()}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
        <ErrorNote error={revoke.error} />
      </div>
      {!confirming ? (
        <div className="actions">
          <button type="button" onClick={() => setConfirming(true)}>
            Revoke
          </button>
        </div>
      ) : null}
    </li>
  );
}
