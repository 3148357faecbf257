import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import type { paths } from "../../api/schema";
import { DateRange, FilterActions, ListBody, Pager } from "../../ui/list-controls";
import { humanize } from "../../ui/format";
import { ListTable, type ListColumn } from "../../ui/list-table";
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

const COLUMNS: readonly ListColumn<Lead>[] = [
  { header: "Received", cell: (lead) => <RelativeTime at={lead.createdAt} /> },
  {
    header: "Name",
    title: true,
    cell: (lead) => (
      <Link href={`/leads/${lead.id}`} tabIndex={-1}>
        {fullName(lead)}
      </Link>
    ),
  },
  { header: "Category", cell: (lead) => lead.category },
  { header: "Source", cell: (lead) => lead.source },
  { header: "State", cell: (lead) => lead.state ?? "—" },
  {
    header: "Status",
    cell: (lead) => <span className={`status status-${lead.status}`}>{humanize(lead.status)}</span>,
  },
  { header: "Stage", cell: (lead) => humanize(lead.stage) },
  { header: "Score", num: true, cell: (lead) => lead.score },
];

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
  const go = (next: Filters) => navigate(`/leads${searchFromFilters(next)}`);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Filters = {};
    for (const [key, value] of form.entries())
      if (String(value).trim()) next[key as keyof Filters] = String(value).trim();
    go(next);
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
        <ListTable
          list={items}
          empty={null}
          label="Leads table"
          rowKey={(lead) => lead.id}
          href={(lead) => `/leads/${lead.id}`}
          rowLabel={(lead) => `${fullName(lead)}, ${humanize(lead.status)}, ${humanize(lead.stage)}`}
          columns={COLUMNS}
        />
      </ListBody>
      <Pager
        onFirstPage={filters.cursor ? () => go({ ...filters, cursor: undefined }) : undefined}
        nextCursor={leads.data?.nextCursor}
        onPage={(cursor) => go({ ...filters, cursor })}
      />
    </div>
  );
}
