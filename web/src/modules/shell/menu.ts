import type { Role } from "../auth/session";

export interface MenuItem {
  href: string;
  label: string;
}

/**
 * The menu of each role, in the order people use it. Screens not built yet have no entry: a menu
 * item always leads somewhere useful.
 */
export function menuFor(role: Role, { setupDone = false }: { setupDone?: boolean } = {}): MenuItem[] {
  switch (role) {
    case "admin":
    case "manager":
      return [
        { href: "/dashboard", label: "Dashboard" },
        { href: "/leads", label: "Leads" },
        { href: "/attention", label: "Needs attention" },
        { href: "/sources", label: "Sources" },
        { href: "/categories", label: "Categories" },
        { href: "/recipients", label: "Recipients" },
        { href: "/plans", label: "Plans" },
        { href: "/deliveries", label: "Deliveries" },
        { href: "/import", label: "Import" },
        { href: "/settings", label: "Settings" },
        // A new installation's checklist; each step is ticked from what the API says exists. Once
        // every step is done it leaves the menu (its address still works).
        ...(role === "admin" && !setupDone ? [{ href: "/getting-started", label: "Getting started" }] : []),
      ];
    case "agent":
      return [
        { href: "/work", label: "Work" },
        { href: "/my-leads", label: "My leads" },
        { href: "/tasks", label: "Tasks" },
      ];
    case "partner":
      return [
        { href: "/work", label: "Offers & pool" },
        { href: "/my-leads", label: "Our leads" },
      ];
  }
}

/** Where each role lands after signing in. */
export const homeOf = (role: Role) => (role === "admin" || role === "manager" ? "/dashboard" : "/work");
