/**
 * A hash table from string keys to the ids of the rows that hold them, in two typed arrays:
 * 12 bytes a slot, at most half of the slots taken, so 24 bytes a key at most and no object
 * per key. It keeps a 32-bit hash of each key, not the key: an entry whose hash matches is
 * confirmed by the caller's `holds(id)` (reading the row), so two keys that share a hash only
 * cost that read. Ids are positive; an entry is never removed, only pointed at a newer row.
 */
export class KeyTable {
  /** Each slot's key hash, 0 for an empty slot (a hash of 0 is kept as 1). */
  #hashes: Uint32Array;
  /** Each slot's row id (a float64 holds every id SQLite gives up to 2^53). */
  #ids: Float64Array;
  #bits = 10;
  #size = 0;
  readonly #hash: (key: string) => number;

  /** `hash` is for tests that make keys collide. */
  constructor(hash: (key: string) => number = hashOf) {
    this.#hash = hash;
    this.#hashes = new Uint32Array(1 << this.#bits);
    this.#ids = new Float64Array(1 << this.#bits);
  }

  /** Keys held. */
  get size(): number {
    return this.#size;
  }

  /** The id of the row holding `key`, or 0. */
  get(key: string, holds: (id: number) => boolean): number {
    const slot = this.#find(this.#hashKey(key), holds);
    return slot < 0 ? 0 : this.#ids[slot]!;
  }

  /** Makes `id` the row holding `key`. */
  set(key: string, id: number, holds: (id: number) => boolean): void {
    const hash = this.#hashKey(key);
    const slot = this.#find(hash, holds);
    if (slot >= 0) {
      this.#ids[slot] = id;
      return;
    }
    if ((this.#size + 1) * 2 > this.#hashes.length) this.#grow();
    this.#place(hash, id);
    this.#size++;
  }

  #hashKey(key: string): number {
    return this.#hash(key) >>> 0 || 1;
  }

  /** The slot of the entry whose row holds the key, or -1. */
  #find(hash: number, holds: (id: number) => boolean): number {
    const mask = this.#hashes.length - 1;
    for (let slot = this.#home(hash); ; slot = (slot + 1) & mask) {
      const h = this.#hashes[slot]!;
      if (h === 0) return -1;
      if (h === hash && holds(this.#ids[slot]!)) return slot;
    }
  }

  #place(hash: number, id: number): void {
    const mask = this.#hashes.length - 1;
    let slot = this.#home(hash);
    while (this.#hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.#hashes[slot] = hash;
    this.#ids[slot] = id;
  }

  /** Where a hash's probe starts: its top bits after a multiplicative mix (Fibonacci hashing). */
  #home(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> (32 - this.#bits);
  }

  #grow(): void {
    const hashes = this.#hashes;
    const ids = this.#ids;
    this.#bits++;
    this.#hashes = new Uint32Array(1 << this.#bits);
    this.#ids = new Float64Array(1 << this.#bits);
    for (let i = 0; i < hashes.length; i++) if (hashes[i] !== 0) this.#place(hashes[i]!, ids[i]!);
  }
}

/** FNV-1a over the key's UTF-16 code units, then murmur3's finalizer to spread every bit. */
export function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
