/** Who put a plan version live, as a person reads it. */
export function authorOf(
  createdBy: string | null,
  me: { id: string },
  names: ReadonlyMap<string, string> = new Map(),
): string {
  if (createdBy === null) return "Carousel";
  if (createdBy === me.id) return "you";
  if (createdBy === "bootstrap") return "the admin token";
  return names.get(createdBy) ?? "another user";
}

/** The number the next saved version gets: one past the newest, live or not. */
export const nextVersion = (versions: readonly { version: number }[]) =>
  versions.reduce((n, v) => Math.max(n, v.version), 0) + 1;
