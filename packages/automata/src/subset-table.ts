/**
 * Interning of sorted state subsets as dense ids (internal), without string keys: members live in one
 * growing `Int32Array` pool, looked up by an open-addressing hash table. `intern` costs O(subset size)
 * expected.
 */
export class SubsetTable {
  private memberPool: Int32Array = new Int32Array(1024);
  private poolSize = 0;
  private offsets: Int32Array = new Int32Array(257);
  private hashes: Int32Array = new Int32Array(256);
  private slots = new Int32Array(512); // id + 1, 0 = empty
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The shared member pool: subset `id` is `pool[start(id) .. start(id + 1))`. Re-read after `intern`. */
  get pool(): Int32Array {
    return this.memberPool;
  }

  /** Where subset `id` starts in `pool`; `start(size)` is the end of the last one. */
  start(id: number): number {
    return this.offsets[id];
  }

  /** The id of the sorted subset `values[0 .. length)`, added when new. */
  intern(values: Int32Array, length: number): number {
    let hash = 0x811c9dc5 ^ length;
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ values[i], 0x01000193);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === hash && this.equals(id, values, length)) return id;
    }
    return this.add(values, length, hash);
  }

  private equals(id: number, values: Int32Array, length: number): boolean {
    const from = this.offsets[id];
    if (this.offsets[id + 1] - from !== length) return false;
    for (let i = 0; i < length; i++) if (this.memberPool[from + i] !== values[i]) return false;
    return true;
  }

  private add(values: Int32Array, length: number, hash: number): number {
    const id = this.count++;
    if (this.poolSize + length > this.memberPool.length)
      this.memberPool = grow(this.memberPool, this.poolSize + length);
    this.memberPool.set(values.subarray(0, length), this.poolSize);
    this.poolSize += length;
    if (id + 2 > this.offsets.length) this.offsets = grow(this.offsets, id + 2);
    if (id + 1 > this.hashes.length) this.hashes = grow(this.hashes, id + 1);
    this.offsets[id + 1] = this.poolSize;
    this.hashes[id] = hash;
    if (this.count * 2 > this.slots.length) this.rehash();
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[id] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let id = 0; id < this.count; id++) this.place(id);
  }
}

function grow(array: Int32Array, needed: number): Int32Array {
  let length = array.length * 2;
  while (length < needed) length *= 2;
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
