import { crc32, constants, deflateRawSync } from 'node:zlib';
import { crc32Zeros } from './crc32-zeros.js';

/** A piece of a member: bytes, or a run of `zeros` zero bytes (compressed once per length, never built twice). */
export type ZipChunk = Uint8Array | { readonly zeros: number };

/** One member of a zip archive: its bytes in chunks (so a large array need not be one buffer). */
export interface ZipEntry {
  readonly name: string;
  /** Yields the uncompressed bytes in order. */
  readonly chunks: () => Iterable<ZipChunk>;
}

const SYNC = { level: 6, finishFlush: constants.Z_SYNC_FLUSH };
/** Chunks up to this many bytes (the entries of a sparse row) are compressed once per distinct content. */
const SMALL = 64;

const LIMIT_32 = 0xffffffff;

/**
 * A zip archive (deflated members, ZIP64 fields where a size or offset needs them), as NumPy's `np.savez_compressed`
 * writes and `np.load` reads. Each chunk is deflated on its own and ended with a sync flush, so the
 * concatenation is one valid deflate stream; a mostly-zero matrix compresses about 1000 to 1.
 */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const cache = new Map<string, Buffer>();
  const small = (chunk: Uint8Array): Buffer => {
    const key = Buffer.from(chunk).toString('hex');
    let done = cache.get(key);
    if (done === undefined) cache.set(key, (done = deflateRawSync(chunk, SYNC)));
    return done;
  };
  const zeroRun = (length: number): Buffer => {
    const key = `zeros ${length}`;
    let done = cache.get(key);
    if (done === undefined) cache.set(key, (done = deflateRawSync(Buffer.alloc(length), SYNC)));
    return done;
  };
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const compressed: Buffer[] = [];
    let crc = 0;
    let size = 0;
    for (const chunk of entry.chunks()) {
      if (chunk instanceof Uint8Array) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        compressed.push(chunk.length <= SMALL ? small(chunk) : deflateRawSync(chunk, SYNC));
        continue;
      }
      crc = crc32Zeros(crc, chunk.zeros);
      size += chunk.zeros;
      // A run is the sum of power-of-two runs, each compressed once: O(log run) per run.
      for (let bit = 0, rest = chunk.zeros; rest > 0; bit++, rest = Math.floor(rest / 2)) {
        if (rest % 2 === 1) compressed.push(zeroRun(2 ** bit));
      }
    }
    compressed.push(deflateRawSync(Buffer.alloc(0)));
    const data = Buffer.concat(compressed);
    const zip64 = size >= LIMIT_32 || data.length >= LIMIT_32 || offset >= LIMIT_32;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // flags: UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00, so equal networks give equal bytes
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(zip64 ? LIMIT_32 : data.length, 18);
    local.writeUInt32LE(zip64 ? LIMIT_32 : size, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = zip64 ? zip64Extra([size, data.length]) : Buffer.alloc(0);
    local.writeUInt16LE(localExtra.length, 28);
    parts.push(local, name, localExtra, data);

    const entryCentral = Buffer.alloc(46);
    entryCentral.writeUInt32LE(0x02014b50, 0);
    entryCentral.writeUInt16LE(zip64 ? 45 : 20, 4); // version made by
    entryCentral.writeUInt16LE(zip64 ? 45 : 20, 6);
    entryCentral.writeUInt16LE(0x0800, 8);
    entryCentral.writeUInt16LE(8, 10);
    entryCentral.writeUInt32LE(0x00210000, 12);
    entryCentral.writeUInt32LE(crc >>> 0, 16);
    entryCentral.writeUInt32LE(zip64 ? LIMIT_32 : data.length, 20);
    entryCentral.writeUInt32LE(zip64 ? LIMIT_32 : size, 24);
    entryCentral.writeUInt16LE(name.length, 28);
    const centralExtra = zip64 ? zip64Extra([size, data.length, offset]) : Buffer.alloc(0);
    entryCentral.writeUInt16LE(centralExtra.length, 30);
    entryCentral.writeUInt32LE(zip64 ? LIMIT_32 : offset, 42);
    central.push(entryCentral, name, centralExtra);
    offset += local.length + name.length + localExtra.length + data.length;
  }
  const directory = Buffer.concat(central);
  if (offset >= LIMIT_32 || entries.length > 0xffff) throw new RangeError('zip: the archive is too large');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The ZIP64 extended-information extra field with the given 8-byte values. */
function zip64Extra(values: readonly number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}
