/** The roles a user can have, as the screens name them. */
export const ROLES = [
  { role: "admin", label: "Admin", about: "everything, users included" },
  { role: "manager", label: "Manager", about: "leads, routing and reports" },
  { role: "agent", label: "Agent", about: "works the leads of one agent recipient" },
  { role: "partner", label: "Partner", about: "a partner's or buyer's portal" },
] as const;
export type Role = (typeof ROLES)[number]["role"];

export const isRole = (s: string): s is Role => ROLES.some((r) => r.role === s);

/** The recipient kinds a user of `role` may act for; none for staff, who act for nobody. */
export function kindsFor(role: string): string[] {
  if (role === "agent") return ["agent"];
  if (role === "partner") return ["partner", "buyer"];
  return [];
}
