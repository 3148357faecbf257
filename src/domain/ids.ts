import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
const RANDOM_CHARS = 16;
const RANDOM_LIMIT = 1n << 80n;

export type IdKind =
  "lead" | "event" | "user" | "token" | "assignment" | "delivery" | "request" | "task" | "auction";

const PREFIX: Record<IdKind, string> = {
  lead: "lead",
  event: "evt",
  user: "usr",
  token: "tok",
  assignment: "asg",
  delivery: "dlv",
  request: "req",
  task: "task",
  auction: "auc",
};

let lastTime = 0;
let lastRandom = 0n;

/**
 * A prefixed, time-sortable id: `lead_01jd3k...`. Ten characters of millisecond clock, then
 * sixteen of randomness. Within one process ids are strictly increasing (a second id in the
 * same millisecond increments the random part), so they also order a lead's events and serve
 * as stable paging cursors.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = Math.max(now, lastTime);
  let random: bigint;
  if (time === lastTime) {
    random = lastRandom + 1n;
    if (random >= RANDOM_LIMIT) {
      time += 1;
      random = freshRandom();
    }
  } else {
    random = freshRandom();
  }
  lastTime = time;
  lastRandom = random;
  return `${PREFIX[kind]}_${encode(BigInt(time), 10)}${encode(random, RANDOM_CHARS)}`;
}

/** Fresh randomness with headroom, so increments within a millisecond cannot overflow in practice. */
function freshRandom(): bigint {
  return BigInt(`0x${randomBytes(10).toString("hex")}`) >> 1n;
}

function encode(value: bigint, length: number): string {
  let out = "";
  let v = value;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[Number(v & 31n)] + out;
    v >>= 5n;
  }
  return out;
}

export function hasKind(id: string, kind: IdKind): boolean {
  return id.startsWith(`${PREFIX[kind]}_`);
}
