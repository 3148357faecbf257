import { randomFillSync } from "node:crypto";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export type IdKind =
  | "lead"
  | "event"
  | "user"
  | "token"
  | "assignment"
  | "delivery"
  | "request"
  | "task"
  | "auction"
  | "audit"
  | "import"
  | "enrolment"
  | "message"
  | "experiment"
  | "score";

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
  audit: "aud",
  import: "imp",
  enrolment: "enr",
  message: "msg",
  experiment: "exp",
  score: "scr",
};

/** The random part is two 40-bit halves (eight characters each), kept as plain numbers. */
const HALF = 2 ** 40;

let lastTime = 0;
let lastHigh = 0;
let lastLow = 0;
/** The id's characters before its low half, as last written (they change once a millisecond at most). */
let lastHead = "";

/**
 * A prefixed, time-sortable id: `lead_01jd3k...`. Ten characters of millisecond clock, then
 * sixteen of randomness. Within one process ids are strictly increasing (a second id in the
 * same millisecond increments the random part), so they also order a lead's events and serve
 * as stable paging cursors.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = Math.max(now, lastTime);
  let fresh = time !== lastTime;
  if (!fresh) {
    lastLow += 1;
    if (lastLow === HALF) {
      lastLow = 0;
      lastHigh += 1;
      fresh = true;
      if (lastHigh === HALF) {
        time += 1;
        freshRandom();
      }
    }
  } else {
    freshRandom();
  }
  if (fresh) lastHead = encodeTime(time) + encodeHalf(lastHigh);
  lastTime = time;
  return `${PREFIX[kind]}_${lastHead}${encodeHalf(lastLow)}`;
}

const pool = Buffer.alloc(4000);
let used = pool.length;

/** Fresh randomness with headroom (the high half starts below 2^39), so increments cannot overflow in practice. */
function freshRandom(): void {
  if (used + 10 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  lastHigh = Math.floor(pool.readUIntBE(used, 5) / 2);
  lastLow = pool.readUIntBE(used + 5, 5);
  used += 10;
}

/** Every 10-bit value as its two characters. */
const PAIRS = Array.from({ length: 1024 }, (_, i) => ALPHABET[i >> 5]! + ALPHABET[i & 31]!);
const TWO_20 = 2 ** 20;
const TWO_30 = 2 ** 30;

/** A 40-bit value as eight characters, most significant first. */
function encodeHalf(value: number): string {
  const high = Math.floor(value / TWO_20) % TWO_20;
  const low = value % TWO_20;
  return PAIRS[high >> 10]! + PAIRS[high & 1023]! + PAIRS[low >> 10]! + PAIRS[low & 1023]!;
}

/** A millisecond time as ten characters (its low 50 bits), most significant first. */
function encodeTime(time: number): string {
  const high = Math.floor(time / TWO_30) % TWO_20;
  const low = time % TWO_30;
  return (
    PAIRS[high >> 10]! +
    PAIRS[high & 1023]! +
    PAIRS[low >> 20]! +
    PAIRS[(low >> 10) & 1023]! +
    PAIRS[low & 1023]!
  );
}

/** The smallest id of `kind` made at or after `time`: a bound for reading by id what was made since then. */
export function firstIdAt(kind: IdKind, time: number): string {
  return `${PREFIX[kind]}_${encodeTime(Math.max(0, time))}`;
}

export function hasKind(id: string, kind: IdKind): boolean {
  return id.startsWith(`${PREFIX[kind]}_`);
}
