import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export type IdKind = "lead" | "event" | "user" | "token" | "assignment" | "delivery" | "request";

const PREFIX: Record<IdKind, string> = {
  lead: "lead",
  event: "evt",
  user: "usr",
  token: "tok",
  assignment: "asg",
  delivery: "dlv",
  request: "req",
};

/**
 * A prefixed, time-sortable id: `lead_01jd3k...`. The first ten characters encode the
 * millisecond clock, so ids sort by creation time and serve as stable paging cursors.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = "";
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(10);
  let random = "";
  for (let i = 0; i < 16; i++) random += ALPHABET[(bytes[i % 10]! >> (i >= 10 ? 3 : 0)) & 31];
  return `${PREFIX[kind]}_${time}${random}`;
}

export function hasKind(id: string, kind: IdKind): boolean {
  return id.startsWith(`${PREFIX[kind]}_`);
}
