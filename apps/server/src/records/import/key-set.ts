/**
 * A set of strings kept as 64-bit hashes in two typed arrays (open addressing), so a dry run can
 * remember every key of a million-row file in tens of megabytes instead of gigabytes of strings.
 * Two different keys share a hash with a chance of about n²/2⁶⁵ — one in a million at 4 M keys.
 */
export class KeySet {
  #hi = new Uint32Array(1 << 16);
  #lo = new Uint32Array(1 << 16);
  #size = 0;

  /** How many distinct keys were added. */
  get size(): number {
    return this.#size;
  }

  /** Adds `key`; true when it was new. */
  add(key: string): boolean {
    if ((this.#size + 1) * 2 > this.#hi.length) this.#grow();
    hash(key);
    const added = place(this.#hi, this.#lo, h1, h2, true);
    if (added) this.#size++;
    return added;
  }

  /** True when `key` was added before. */
  has(key: string): boolean {
    hash(key);
    return !place(this.#hi, this.#lo, h1, h2, false);
  }

  #grow(): void {
    const [hi, lo] = [this.#hi, this.#lo];
    this.#hi = new Uint32Array(hi.length * 2);
    this.#lo = new Uint32Array(hi.length * 2);
    for (let i = 0; i < hi.length; i++) {
      const a = hi[i] ?? 0;
      const b = lo[i] ?? 0;
      if (a !== 0 || b !== 0) place(this.#hi, this.#lo, a, b, true);
    }
  }
}

let h1 = 0;
let h2 = 0;

// Finds (a, b); inserts it when `insert`. True when it was not there.
function place(hi: Uint32Array, lo: Uint32Array, a: number, b: number, insert: boolean): boolean {
  const mask = hi.length - 1;
  for (let i = b & mask; ; i = (i + 1) & mask) {
    const x = hi[i] ?? 0;
    const y = lo[i] ?? 0;
    if (x === a && y === b) return false;
    if (x === 0 && y === 0) {
      if (insert) {
        hi[i] = a;
        lo[i] = b;
      }
      return true;
    }
  }
}

// Two independent 32-bit hashes of the UTF-16 code units into h1, h2; never both 0 (a free slot).
function hash(text: string): void {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  h1 = a >>> 0;
  h2 = (b ^ (b >>> 12)) >>> 0 || 1;
}
