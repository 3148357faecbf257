import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api, ok } from "../../api/client";
import { keys } from "../../api/query";
import type { paths } from "../../api/schema";

export type Offer =
  paths["/api/v1/my/offers"]["get"]["responses"]["200"]["content"]["application/json"]["items"][number];

/** The caller's live offers; an offer past its time leaves the list at once, without a refetch. */
export function useOffers(enabled: boolean, now: number) {
  const query = useQuery({
    queryKey: keys.offers,
    queryFn: async () => (await ok(api.GET("/api/v1/my/offers"))).items,
    enabled,
  });
  const live = (query.data ?? []).filter((o) => o.expiresAt === null || Date.parse(o.expiresAt) > now);
  return { ...query, live };
}

/** A browser notification for each offer that arrives while the permission is granted. */
export function useOfferNotifications(offers: readonly Offer[]) {
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    const ids = new Set(offers.map((o) => o.id));
    const before = seen.current;
    seen.current = ids;
    if (before === null || typeof Notification === "undefined" || Notification.permission !== "granted")
      return;
    for (const offer of offers) {
      if (before.has(offer.id)) continue;
      const where = [offer.lead.city, offer.lead.state].filter(Boolean).join(", ");
      new Notification("New lead offered", {
        body: [offer.lead.firstName ?? "A lead", where].filter(Boolean).join(" · "),
        tag: offer.id,
      });
    }
  }, [offers]);
}

/** The product a lead is about: the first enum-like field its category captured. */
export function productOf(fields: Record<string, unknown>): string | null {
  for (const value of Object.values(fields))
    if (typeof value === "string" && value.length <= 40) return value;
  return null;
}
