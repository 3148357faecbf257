import { useMemo } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { ListBody } from "../../ui/list-controls";
import { ListTable } from "../../ui/list-table";
import { formatMoney, humanize } from "../../ui/format";
import { useCategories, useRecipients } from "./hooks";
import { basePrice, capsSummary, type Recipient } from "./recipient";
import { territorySummary } from "./territory";
import "./recipients.css";

const KINDS = ["agent", "partner", "buyer"] as const;
const STATUSES = ["available", "away", "retired"] as const;

/** The list filters, kept in the URL so a view can be shared. */
export function listFilters(search: string) {
  const params = new URLSearchParams(search);
  return {
    kind: params.get("kind") ?? "",
    status: params.get("status") ?? "",
    category: params.get("category") ?? "",
  };
}

export function matches(r: Recipient, f: ReturnType<typeof listFilters>) {
  return (
    (!f.kind || r.kind === f.kind) &&
    (!f.status || r.status === f.status) &&
    (!f.category || r.categories.includes(f.category))
  );
}

/** Every agent, partner and buyer with what routing needs to know at a glance; a row opens the editor. */
export function RecipientsList() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const filters = listFilters(search);
  const recipients = useRecipients();
  const categories = useCategories();
  const rows = useMemo(
    () =>
      (recipients.data ?? []).filter((r) => matches(r, filters)).sort((a, b) => a.name.localeCompare(b.name)),
    [recipients.data, filters.kind, filters.status, filters.category],
  );
  const set = (name: string, value: string) => {
    const params = new URLSearchParams(search);
    if (value) params.set(name, value);
    else params.delete(name);
    const query = params.toString();
    navigate(`/recipients${query ? `?${query}` : ""}`);
  };
  const categoryName = new Map((categories.data ?? []).map((c) => [c.key, c.name]));
  const filtered = Boolean(filters.kind || filters.status || filters.category);
  return (
    <div>
      <div className="filters" role="group" aria-label="Filter recipients">
        <label>
          Kind
          <select value={filters.kind} onChange={(e) => set("kind", e.target.value)}>
            <option value="">Any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {humanize(k)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={filters.status} onChange={(e) => set("status", e.target.value)}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={filters.category} onChange={(e) => set("category", e.target.value)}>
            <option value="">Any</option>
            {(categories.data ?? []).map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <Link href="/recipients" className="button link">
            Clear
          </Link>
        ) : null}
      </div>
      <ListBody
        loading={recipients.isPending}
        error={recipients.error}
        label="Loading recipients"
        rows={6}
        count={rows.length}
        filtered={filtered}
        emptyFiltered={"No recipient matches these filters. Clear a filter to see more."}
        empty={
          <>
            No recipients yet. <Link href="/recipients/new">Add the first agent, partner or buyer →</Link>
          </>
        }
      >
        <ListTable
          list={rows}
          empty={null}
          label="Recipients table"
          className="recipients-table"
          rowKey={(r) => r.key}
          href={(r) => `/recipients/${encodeURIComponent(r.key)}`}
          columns={[
            {
              header: "Name",
              cell: (r) => (
                <>
                  <Link href={`/recipients/${encodeURIComponent(r.key)}`}>{r.name}</Link>
                  {r.exclusive ? <span className="rc-badge">Exclusive</span> : null}
                </>
              ),
            },
            { header: "Kind", cell: (r) => humanize(r.kind) },
            {
              header: "Categories",
              cell: (r) => r.categories.map((c) => categoryName.get(c) ?? c).join(", "),
            },
            {
              header: "Status",
              cell: (r) => <span className={`status recipient-${r.status}`}>{humanize(r.status)}</span>,
            },
            { header: "Territory", className: "wrap", cell: (r) => territorySummary(r.territory) },
            { header: "Caps", cell: (r) => capsSummary(r.caps) },
            {
              header: "Price",
              num: true,
              cell: (r) => {
                const price = basePrice(r.price);
                return (
                  <>
                    {price === null ? "—" : formatMoney(price)}
                    {r.price !== null && typeof r.price === "object" ? " +rules" : ""}
                  </>
                );
              },
            },
          ]}
        />
      </ListBody>
    </div>
  );
}
