import { open } from 'node:fs/promises';

/** The most bytes `cdam` reads from one file or from standard input: 256 MiB. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** The bytes read, or `undefined` when the input holds more than the cap. */
export type BoundedBytes = Buffer | undefined;

/** Bytes asked for per read: large enough that a 180 MB artifact takes a few hundred reads. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * All bytes of the file at `path`, or `undefined` when it holds more than `maxBytes`. A regular file is
 * refused by its size before any read; a device or FIFO (`/dev/zero`, `<(yes)`) is read in chunks and
 * dropped once it passes the cap, so it never reads more than `maxBytes + 1` bytes.
 * Rejects with the Node.js error (ENOENT, EISDIR, ...) when the file cannot be opened or read.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<BoundedBytes> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) return undefined;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return undefined;
    }
  } finally {
    await handle.close();
  }
}

/**
 * All bytes of `stream` (standard input), or `undefined` once it passes `maxBytes`. Stopping early
 * leaves the `for await` loop, which destroys the stream, so an endless producer is cut off.
 */
export async function readStreamBounded(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<BoundedBytes> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.length;
    if (total > maxBytes) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

/** A byte count as people write it: `256 MiB`, `4 KiB`, `100 bytes`. */
export function formatByteCount(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return bytes === 1 ? '1 byte' : `${bytes} bytes`;
}
