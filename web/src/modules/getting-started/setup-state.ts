import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, ok, toApiError } from "../../api/client";
import { allDone, checklist, focusCategory, type SetupState } from "./checklist";

type Lists = Pick<SetupState, "categories" | "sources" | "recipients">;

/** Everything the checklist reads, straight from the API: nothing is stored as a flag. */
export function useSetupState(enabled = true) {
  const lists = useQuery({
    queryKey: ["getting-started"],
    enabled,
    queryFn: async (): Promise<Lists> => {
      const [categories, sources, recipients] = await Promise.all([
        ok(api.GET("/api/v1/categories")),
        ok(api.GET("/api/v1/sources")),
        ok(api.GET("/api/v1/recipients")),
      ]);
      return {
        categories: categories.items as unknown as Lists["categories"],
        sources: sources.items as unknown as Lists["sources"],
        recipients: recipients.items as unknown as Lists["recipients"],
      };
    },
  });
  const focus = lists.data ? focusCategory(lists.data) : null;
  const plan = useQuery({
    queryKey: ["getting-started", "plan", focus],
    enabled: enabled && focus !== null,
    queryFn: async () => {
      const { data, response, error } = await api.GET("/api/v1/categories/{key}/plan", {
        params: { path: { key: focus! } },
      });
      if (response.status === 404) return null;
      if (!data) throw toApiError(response.status, error);
      return data;
    },
  });
  // Under "leads", so the live stream refetches it as the test lead moves.
  const lastLead = useQuery({
    queryKey: ["leads", "getting-started", focus],
    enabled: enabled && focus !== null,
    queryFn: async () => {
      const page = await ok(
        api.GET("/api/v1/leads", { params: { query: { category: focus!, limit: "1" } } }),
      );
      return (page.items[0] ?? null) as SetupState["lastLead"];
    },
  });
  const pending = lists.isPending || (focus !== null && (plan.isPending || lastLead.isPending));
  const state: SetupState | null =
    lists.data && !pending
      ? { ...lists.data, plan: plan.data ?? null, lastLead: lastLead.data ?? null }
      : null;
  return { state, error: lists.error ?? plan.error ?? lastLead.error };
}

const DONE_KEY = "carousel.setup-done";

function remembered(): boolean {
  try {
    return localStorage.getItem(DONE_KEY) === "1";
  } catch {
    return false;
  }
}

/**
 * Whether every step of the checklist is done, for the menu: false while unknown, so a new
 * installation's admin always finds the checklist. Once done it stays done (remembered in this
 * browser, so the menu does not flicker on the next visit) and stops watching, so a busy day's
 * leads do not refetch the checklist behind every screen.
 */
export function useSetupDone(enabled: boolean): boolean {
  const [latched, setLatched] = useState(remembered);
  const { state } = useSetupState(enabled && !latched);
  const done = latched || (enabled && state !== null && allDone(checklist(state)));
  useEffect(() => {
    if (!done || latched) return;
    setLatched(true);
    try {
      localStorage.setItem(DONE_KEY, "1");
    } catch {
      // A browser without storage asks again next time.
    }
  }, [done, latched]);
  return enabled && done;
}
