import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRef, type FormEvent, type KeyboardEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import type { paths } from "../../api/schema";
import { DateRange, FilterActions, ListBody, Pager } from "../../ui/list-controls";
import { humanize } from "../../ui/format";
import { RelativeTime } from "../../ui/time";
import { filtersFromSearch, searchFromFilters, type Filters } from "./filters";
import { fullName, type Lead } from "./lead";

type LeadQuery = NonNullable<paths["/api/v1/leads"]["get"]["parameters"]["query"]>;
const STATUSES: NonNullable<LeadQuery["status"]>[] = [
  "unassigned",
  "offered",
  "pooled",
  "auction",
  "assigned",
  "closed",
];
const statusOf = (s: string | undefined) => STATUSES.find((x) => x === s);
const STAGES = ["new", "assigned", "contacted", "qualified", "won", "lost"];

/** A filter that picks one of `choices`, or any. */
function FilterChoice(props: { label: string; name: string; value: string | undefined; choices: string[] }) {
  return (
    <label>
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""}>
        <option value="">Any</option>
        {props.choices.map((c) => (
          <option key={c} value={c}>
            {humanize(c)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Every lead, filtered from the URL, a page at a time; ↑/↓ move between rows, Enter opens one. */
export function LeadsTable() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = filtersFromSearch(search);
  const leads = useQuery({
    queryKey: keys.leads(filters as Record<string, string>),
    queryFn: () =>
      ok(
        api.GET("/api/v1/leads", {
          params: { query: { ...filters, status: statusOf(filters.status), limit: "50" } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const body = useRef<HTMLTableSectionElement>(null);
  const go = (next: Filters) => navigate(`/leads${searchFromFilters(next)}`);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Filters = {};
    for (const [key, value] of form.entries())
      if (String(value).trim()) next[key as keyof Filters] = String(value).trim();
    go(next);
  };
  const onKey = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const rows = [...(body.current?.querySelectorAll<HTMLTableRowElement>("tr") ?? [])];
    const at = rows.indexOf(document.activeElement as HTMLTableRowElement);
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = rows[Math.min(rows.length - 1, Math.max(0, at + (event.key === "ArrowDown" ? 1 : -1)))];
      next?.focus();
    } else if (event.key === "Enter" && at >= 0) {
      const id = rows[at]?.dataset["id"];
      if (id) navigate(`/leads/${id}`);
    }
  };
  const items = (leads.data?.items ?? []) as unknown as Lead[];
  const filtered = Object.keys(filters).some((k) => k !== "cursor");
  return (
    <div>
      <form className="filters" onSubmit={apply} key={search} aria-label="Filter leads">
        <label className="grow">
          Search
          <input name="q" type="search" defaultValue={filters.q} placeholder="Name, email or phone" />
        </label>
        <label>
          Category
          <input name="category" defaultValue={filters.category} size={10} />
        </label>
        <label>
          Source
          <input name="source" defaultValue={filters.source} size={10} />
        </label>
        <FilterChoice label="Stage" name="stage" value={filters.stage} choices={STAGES} />
        <FilterChoice label="Status" name="status" value={filters.status} choices={STATUSES} />
        <label>
          State
          <input name="state" defaultValue={filters.state} size={3} maxLength={2} />
        </label>
        <label>
          Recipient
          <input name="recipient" defaultValue={filters.recipient} size={10} />
        </label>
        <DateRange from={filters.from} to={filters.to} />
        <FilterActions filtered={filtered} clearHref="/leads">
          <a
            className="button"
            href={`/api/v1/leads/export${searchFromFilters({ ...filters, cursor: undefined })}`}
            download
          >
            Export CSV
          </a>
        </FilterActions>
      </form>
      <ListBody
        loading={leads.isPending}
        error={leads.error}
        label="Loading leads"
        rows={8}
        count={items.length}
        filtered={filtered}
        emptyFiltered={"No lead matches these filters. Clear a filter to see more."}
        empty={
          "No leads yet. Send a test lead to a source's form, or post one to /api/v1/leads with the source's intake key."
        }
      >
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Name</th>
                <th scope="col">Category</th>
                <th scope="col">Source</th>
                <th scope="col">State</th>
                <th scope="col">Status</th>
                <th scope="col">Stage</th>
                <th scope="col" className="num">
                  Score
                </th>
              </tr>
            </thead>
            <tbody ref={body} onKeyDown={onKey}>
              {items.map((lead) => (
                <tr
                  key={lead.id}
                  data-id={lead.id}
                  tabIndex={0}
                  onClick={() => navigate(`/leads/${lead.id}`)}
                  aria-label={`${fullName(lead)}, ${humanize(lead.status)}, ${humanize(lead.stage)}`}
                >
                  <td>
                    <RelativeTime at={lead.createdAt} />
                  </td>
                  <td>
                    <Link href={`/leads/${lead.id}`} tabIndex={-1}>
                      {fullName(lead)}
                    </Link>
                  </td>
                  <td>{lead.category}</td>
                  <td>{lead.source}</td>
                  <td>{lead.state ?? "—"}</td>
                  <td>
                    <span className={`status status-${lead.status}`}>{humanize(lead.status)}</span>
                  </td>
                  <td>{humanize(lead.stage)}</td>
                  <td className="num">{lead.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ListBody>
      <Pager
        onFirstPage={filters.cursor ? () => go({ ...filters, cursor: undefined }) : undefined}
        nextCursor={leads.data?.nextCursor}
        onPage={(cursor) => go({ ...filters, cursor })}
      />
    </div>
  );
}
