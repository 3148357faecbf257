import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, ok, toApiError } from "../../api/client";
import { queryClient } from "../../api/query";
import { ErrorNote } from "../../ui/feedback";
import { PagedRows } from "../../ui/list-controls";
import { RelativeTime } from "../../ui/time";
import { useToast } from "../../ui/toast";
import { AskFirst } from "./shown-once";
import { batches, parseSuppressionList } from "./suppression-list";

const SUPPRESSIONS = ["suppressions"] as const;
type Kind = "email" | "phone";

/**
 * The addresses no email goes to and the numbers no call list offers: added one by one or as a
 * pasted list or CSV file, searched, and taken off again.
 */
export function SuppressionsSettings() {
  return (
    <>
      <ImportSuppressions />
      <SuppressionsList />
    </>
  );
}

interface Imported {
  added: number;
  alreadyListed: number;
  refused: { value: string; problem: string }[];
}

function ImportSuppressions() {
  const toast = useToast();
  const [text, setText] = useState("");
  const [reason, setReason] = useState("imported list");
  const [result, setResult] = useState<Imported | null>(null);
  const parsed = parseSuppressionList(text);
  const count = parsed.emails.length + parsed.phones.length;
  const add = useMutation({
    mutationFn: async () => {
      const total: Imported = { added: 0, alreadyListed: 0, refused: [] };
      for (const [kind, values] of [
        ["email", parsed.emails],
        ["phone", parsed.phones],
      ] as const)
        for (const batch of batches(values)) {
          const r = await ok(
            api.POST("/api/v1/suppressions", { body: { kind, values: batch, reason: reason.trim() } }),
          );
          total.added += r.added;
          total.alreadyListed += r.alreadyListed;
          total.refused.push(...r.refused);
        }
      return total;
    },
    onSuccess: (r) => {
      setResult(r);
      setText("");
      toast(`${r.added} added to the suppression list.`);
      void queryClient.invalidateQueries({ queryKey: SUPPRESSIONS });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count > 0) add.mutate();
  };
  return (
    <section className="settings-form" aria-labelledby="suppress-title">
      <h2 id="suppress-title">Add to the suppression list</h2>
      <form className="editor" onSubmit={submit}>
        <label className="field">
          Email addresses or phone numbers
          <textarea
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={"ann@example.com\n+15155550100"}
          />
        </label>
        <div className="field-row">
          <label className="field">
            Or a CSV or text file
            <input
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                if (file) setText(await file.text());
              }}
            />
          </label>
          <label className="field">
            Reason
            <input value={reason} required maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </label>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={add.isPending || count === 0}>
            {count === 0
              ? "Add"
              : `Add ${parsed.emails.length} email${parsed.emails.length === 1 ? "" : "s"} and ${parsed.phones.length} phone${parsed.phones.length === 1 ? "" : "s"}`}
          </button>
        </div>
        <ErrorNote error={add.error} />
        {result ? (
          <div role="status">
            <p>
              {result.added} added, {result.alreadyListed} already listed
              {result.refused.length > 0 ? `, ${result.refused.length} refused:` : "."}
            </p>
            {result.refused.length > 0 ? (
              <ul className="problems">
                {result.refused.map((r) => (
                  <li key={r.value}>
                    <code>{r.value}</code>: {r.problem}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </form>
    </section>
  );
}

function SuppressionsList() {
  const toast = useToast();
  const [kind, setKind] = useState<Kind | "">("");
  const [q, setQ] = useState("");
  const [cursor, setCursor] = useState<string | undefined>();
  const [removing, setRemoving] = useState<{ kind: Kind; value: string } | null>(null);
  const query = {
    ...(kind ? { kind } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(cursor ? { cursor } : {}),
  };
  const list = useQuery({
    queryKey: [...SUPPRESSIONS, query],
    queryFn: () => ok(api.GET("/api/v1/suppressions", { params: { query } })),
  });
  const remove = useMutation({
    mutationFn: async (s: { kind: Kind; value: string }) => {
      const { response, error } = await api.DELETE("/api/v1/suppressions/{kind}/{value}", {
        params: { path: s },
      });
      if (!response.ok) throw toApiError(response.status, error);
    },
    onSuccess: (_, s) => {
      toast(`${s.value} taken off the suppression list.`);
      setRemoving(null);
      void queryClient.invalidateQueries({ queryKey: SUPPRESSIONS });
    },
  });
  const items = list.data?.items ?? [];
  return (
    <section aria-labelledby="suppressed-title">
      <h2 id="suppressed-title">On the list</h2>
      <form
        className="filters"
        onSubmit={(e) => e.preventDefault()}
        role="search"
        aria-label="Search the suppression list"
      >
        <label>
          Kind
          <select
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as Kind | "");
              setCursor(undefined);
            }}
          >
            <option value="">Emails and phones</option>
            <option value="email">Emails</option>
            <option value="phone">Phones</option>
          </select>
        </label>
        <label>
          Search
          <input
            type="search"
            value={q}
            maxLength={254}
            onChange={(e) => {
              setQ(e.target.value);
              setCursor(undefined);
            }}
          />
        </label>
      </form>
      <PagedRows
        list={list}
        cursor={cursor}
        onCursor={setCursor}
        label="Suppressed"
        failed={remove.error}
        loading="Loading the suppression list"
        count={items.length}
        filtered={Boolean(kind || q.trim())}
        empty={<>Nobody is suppressed. Unsubscribes, hard bounces and do-not-call outcomes land here.</>}
        emptyFiltered={<>Nothing on the list matches. Clear the search to see it all.</>}
      >
        {items.map((s) => (
          <li key={`${s.kind}:${s.value}`} className="row">
            <div className="row-main">
              <strong className="suppressed-value">{s.value}</strong>
              <span className="muted small">
                {s.kind === "email" ? "Email" : "Phone"} · {s.reason} · by {s.actor} ·{" "}
                <RelativeTime at={s.createdAt} />
              </span>
            </div>
            <AskFirst
              asking={removing?.kind === s.kind && removing.value === s.value}
              onAsk={() => setRemoving({ kind: s.kind, value: s.value })}
              confirm="Take off"
              label={`Take off ${s.value}`}
              className="danger"
              question={`Take ${s.value} off the list?`}
              consequence={
                s.kind === "email" ? "Nurture emails may reach it again." : "Call lists may offer it again."
              }
              onConfirm={() => remove.mutate({ kind: s.kind, value: s.value })}
              onCancel={() => setRemoving(null)}
              busy={remove.isPending}
            />
          </li>
        ))}
      </PagedRows>
    </section>
  );
}
