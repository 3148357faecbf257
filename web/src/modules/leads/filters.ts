/** The leads table's filters, each one a query parameter of the page's URL and of the API call. */
export const FILTERS = [
  "q",
  "category",
  "source",
  "stage",
  "status",
  "state",
  "recipient",
  "from",
  "to",
] as const;
export type Filter = (typeof FILTERS)[number];
export type Filters = Partial<Record<Filter | "cursor", string>>;

/** The filters a URL's query string names, ignoring anything else and any empty value. */
export function filtersFromSearch(search: string): Filters {
  const params = new URLSearchParams(search);
  const out: Filters = {};
  for (const key of [...FILTERS, "cursor"] as const) {
    const value = params.get(key)?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The query string of a set of filters, in a stable order so a view has one URL. */
export function searchFromFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of [...FILTERS, "cursor"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
