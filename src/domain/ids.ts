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

/**
 * A prefixed, time-sortable id: `lead_01jd3k...`. Ten characters of millisecond clock, then
 * sixteen of randomness. Within one process ids are strictly increasing (a second id in the
 * same millisecond increments the random part), so they also order a lead's events and serve
 * as stable paging cursors.
 */
export function newId(kind: IdKind, now: number = Date.now()): string {
  let time = Math.max(now, lastTime);
  if (time === lastTime) {
    lastLow += 1;
    if (lastLow === HALF) {
      lastLow = 0;
      lastHigh += 1;
      if (lastHigh === HALF) {
        time += 1;
        freshRandom();
      }
    }
  } else {
    freshRandom();
  }
  lastTime = time;
  return `${PREFIX[kind]}_${encode(time, 10)}${encode(lastHigh, 8)}${encode(lastLow, 8)}`;
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

function encode(value: number, length: number): string {
  let out = "";
  let v = value;
  for (let i = 0; i < length; i++) {
    out = ALPHABET[v % 32]! + out;
    v = Math.floor(v / 32);
  }
  return out;
}

/** The smallest id of `kind` made at or after `time`: a bound for reading by id what was made since then. */
export function firstIdAt(kind: IdKind, time: number): string {
  return `${PREFIX[kind]}_${encode(Math.max(0, time), 10)}`;
}

export function hasKind(id: string, kind: IdKind): boolean {
  return id.startsWith(`${PREFIX[kind]}_`);
}
