import { chmod, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `text` (or binary bytes) to `path` so that a failure part-way (a full disk, a killed process) never leaves the
 * user's file half written: an existing regular file is replaced by renaming a finished copy over it,
 * made in the same directory with the same permissions (a symbolic link is followed, so the link stays).
 * A new file, a device such as /dev/stdout, a pipe, or a directory where no copy can be made is written
 * directly. Throws the `fs` error of the write.
 */
export async function writeWholeFile(path: string, text: string | Uint8Array): Promise<void> {
  let target: string;
  let mode: number;
  try {
    target = await realpath(path);
    const info = await stat(target);
    if (!info.isFile()) return await writeFile(path, text, 'utf8');
    mode = info.mode & 0o7777;
  } catch {
    return await writeFile(path, text, 'utf8');
  }
  const copy = join(dirname(target), `.${basename(target)}.cdam-${process.pid}.tmp`);
  try {
    await writeFile(copy, text, { encoding: 'utf8', mode, flag: 'wx' });
  } catch {
    await rm(copy, { force: true });
    return await writeFile(target, text, 'utf8');
  }
  try {
    await chmod(copy, mode);
    await rename(copy, target);
  } catch (error) {
    await rm(copy, { force: true });
    throw error;
  }
}
