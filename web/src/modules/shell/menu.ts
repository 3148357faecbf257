import type { Role } from "../auth/session";

export interface MenuItem {
  href: string;
  label: string;
}

/**
 * The menu of each role, in the order people use it. Screens not built yet have no entry: a menu
 * item always leads somewhere useful.
 */
export function menuFor(
  role: Role,
  { setupDone = false, buyer = false }: { setupDone?: boolean; buyer?: boolean } = {},
): MenuItem[] {
  switch (role) {
    case "admin":
    case "manager":
      return [
        { href: "/dashboard", label: "Dashboard" },
        { href: "/leads", label: "Leads" },
        { href: "/attention", label: "Needs attention" },
        { href: "/reports", label: "Reports" },
        { href: "/sources", label: "Sources" },
        { href: "/categories", label: "Categories" },
        { href: "/recipients", label: "Recipients" },
        { href: "/plans", label: "Plans" },
        { href: "/experiments", label: "Experiments" },
        { href: "/deliveries", label: "Deliveries" },
        { href: "/email", label: "Email" },
        { href: "/sequences", label: "Sequences" },
        { href: "/import", label: "Import" },
        { href: "/settings", label: "Settings" },
        // A new installation's checklist; each step is ticked from what the API says exists. Once
        // every step is done it leaves the menu (its address still works).
        ...(role === "admin" && !setupDone ? [{ href: "/getting-started", label: "Getting started" }] : []),
      ];
    case "agent":
      return [
        { href: "/work", label: "Work" },
        { href: "/calls", label: "Call list" },
        { href: "/my-leads", label: "My leads" },
        { href: "/tasks", label: "Tasks" },
      ];
    case "partner":
      // A buyer is sent its leads and pays for them; a partner takes offers and claims from a pool.
      return buyer
        ? [
            { href: "/leads-bought", label: "Leads bought" },
            { href: "/spend", label: "Deliveries & spend" },
            { href: "/returns", label: "Returns" },
            { href: "/performance", label: "Our performance" },
          ]
        : [
            { href: "/work", label: "Offers & pool" },
            { href: "/calls", label: "Call list" },
            { href: "/my-leads", label: "Our leads" },
            { href: "/tasks", label: "Tasks" },
            { href: "/returns", label: "Returns" },
            { href: "/performance", label: "Our performance" },
          ];
  }
}

/** Where each role lands after signing in. */
export function homeOf(role: Role, { buyer = false }: { buyer?: boolean } = {}): string {
  if (role === "admin" || role === "manager") return "/dashboard";
  return buyer ? "/leads-bought" : "/work";
}
