import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { DateRange, FilterActions, ListBody } from "../../ui/list-controls";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { diff, summarize } from "./diff";
import { AUDIT_ENTITIES } from "../../../../src/domain/audit";

const ENTITIES = AUDIT_ENTITIES;
const FILTERS = ["entity", "key", "actor", "from", "to", "cursor"] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

interface Entry {
  id: string;
  action: string;
  actor: string;
  at: string;
  entity: string;
  key: string;
  before: unknown;
  after: unknown;
}

function filtersOf(search: string): Filters {
  const params = new URLSearchParams(search);
  const out: Filters = {};
  for (const f of FILTERS) {
    const v = params.get(f);
    if (v) out[f] = v;
  }
  return out;
}

const searchOf = (f: Filters) => {
  const s = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]).toString();
  return s ? `?${s}` : "";
};

/**
 * Every change of configuration, newest first, filtered from the URL, a page at a time; each entry
 * opens into what changed, field by field. `people` names the actors (an admin can read users).
 */
export function AuditLog({ people }: { people: Map<string, string> }) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = filtersOf(search);
  const entries = useQuery({
    queryKey: ["audit", filters],
    queryFn: () => ok(api.GET("/api/v1/audit", { params: { query: { ...filters, limit: "50" } } })),
    placeholderData: keepPreviousData,
  });
  const go = (f: Filters) => navigate(`/settings/audit${searchOf(f)}`);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Filters = {};
    for (const f of FILTERS) {
      const v = String(form.get(f) ?? "").trim();
      if (v && f !== "cursor") next[f] = v;
    }
    go(next);
  };
  const nameOf = (actor: string) =>
    actor === "bootstrap" ? "the admin token" : (people.get(actor) ?? actor);
  const items = (entries.data?.items ?? []) as Entry[];
  const filtered = Object.keys(filters).some((k) => k !== "cursor");
  return (
    <>
      <form className="filters" onSubmit={apply} key={search} aria-label="Filter the audit log">
        <label>
          What
          <select name="entity" defaultValue={filters.entity ?? ""}>
            <option value="">Anything</option>
            {ENTITIES.map((e) => (
              <option key={e} value={e}>
                {humanize(e)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Key or id
          <input name="key" defaultValue={filters.key} size={12} />
        </label>
        <label>
          Who
          {people.size > 0 ? (
            <select name="actor" defaultValue={filters.actor ?? ""}>
              <option value="">Anyone</option>
              <option value="bootstrap">The admin token</option>
              {[...people].map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          ) : (
            <input name="actor" defaultValue={filters.actor} size={12} placeholder="user id" />
          )}
        </label>
        <DateRange from={filters.from} to={filters.to} />
        <FilterActions filtered={filtered} clearHref="/settings/audit" />
      </form>
      <ListBody
        loading={entries.isPending}
        error={entries.error}
        label="Loading the audit log"
        rows={6}
        count={items.length}
        filtered={filtered}
        emptyFiltered={"No change matches these filters."}
        empty={"No changes yet: configuration changes are listed here."}
      >
        <ul className="rows" aria-label="Changes">
          {items.map((e) => (
            <AuditEntry key={e.id} entry={e} who={nameOf(e.actor)} />
          ))}
        </ul>
      </ListBody>
      <nav className="pager" aria-label="Pages">
        {filters.cursor ? (
          <button type="button" onClick={() => go({ ...filters, cursor: undefined })}>
            First page
          </button>
        ) : null}
        {entries.data?.nextCursor ? (
          <button
            type="button"
            onClick={() => go({ ...filters, cursor: entries.data.nextCursor ?? undefined })}
          >
            Next page
          </button>
        ) : null}
      </nav>
    </>
  );
}

function AuditEntry({ entry, who }: { entry: Entry; who: string }) {
  const changes = diff(entry.before, entry.after);
  return (
    <li className="row audit-entry">
      <div className="row-main">
        <details>
          <summary>
            <strong>{who}</strong> {entry.action.replace(/_/g, " ")} {humanize(entry.entity).toLowerCase()}{" "}
            <span className="mono">{entry.key}</span> · <RelativeTime at={entry.at} />{" "}
            <span className="muted small">({summarize(entry.before, entry.after)})</span>
          </summary>
          {changes.length === 0 ? (
            <p className="muted small">No field changed.</p>
          ) : (
            <ul className="diff" aria-label={`What changed in ${entry.key}`}>
              {changes.map((c) => (
                <li key={`${c.kind}-${c.path}`}>
                  <code>{c.path || "value"}</code>:{" "}
                  {c.kind === "added" ? (
                    <ins>{c.after}</ins>
                  ) : c.kind === "removed" ? (
                    <del>{c.before}</del>
                  ) : (
                    <>
                      <del>{c.before}</del> → <ins>{c.after}</ins>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </details>
      </div>
    </li>
  );
}
