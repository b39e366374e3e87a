import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file system calls `writeWholeFile` writes with (a test substitutes a failing one). */
export interface WriteFileSystem {
  readonly writeFile: typeof writeFile;
}

/**
 * Writes `text` (or binary bytes) to `path` so that a failure part-way (a full disk, a killed process) never costs the user
 * a file: the text goes to a copy made in the same directory (with the permissions of the file it
 * replaces), which is renamed over the target only once it is complete; a symbolic link is followed, so
 * the link stays. When the copy cannot be written, it is removed and the error thrown: an existing file
 * is left untouched and a new one is not created (no empty or partial file is left behind). A device
 * such as /dev/stdout or a pipe, which holds nothing to lose, is written directly. Throws the `fs` error.
 */
export async function writeWholeFile(
  path: string,
  text: string | Uint8Array,
  fs: WriteFileSystem = { writeFile },
): Promise<void> {
  let target = path;
  let mode: number | undefined;
  try {
    target = await realpath(path);
    const info = await stat(target);
    if (!info.isFile()) return await fs.writeFile(path, text, 'utf8');
    mode = info.mode & 0o7777;
  } catch {
    // A new file: made the same way, so that a failed write leaves nothing behind.
  }
  const copy = join(dirname(target), `.${basename(target)}.cdam-${process.pid}.tmp`);
  try {
    await fs.writeFile(copy, text, { encoding: 'utf8', flag: 'wx', ...(mode !== undefined ? { mode } : {}) });
    if (mode !== undefined) await chmod(copy, mode);
    await rename(copy, target);
  } catch (error) {
    await rm(copy, { force: true });
    throw error;
  }
}
