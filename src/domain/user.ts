export const ROLES = ["admin", "manager", "agent", "partner"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The recipient an agent or partner user acts for. */
  recipient: string | null;
  createdAt: number;
  /** A disabled user's tokens stop working; it keeps its history. */
  disabled: boolean;
}

/** Who is calling: a user, or the bootstrap admin from the environment. */
export interface Principal {
  userId: string | null;
  role: Role;
  recipient: string | null;
}

export const isStaff = (p: Principal): boolean => p.role === "admin" || p.role === "manager";
