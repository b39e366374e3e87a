import { statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { closestFileName } from './did-you-mean.js';
import { formatByteCount, MAX_INPUT_BYTES, readFileBounded, readStreamBounded } from './read-bounded.js';
import { writeWholeFile, type WriteFileSystem } from './write-whole-file.js';
import { visiblePath } from './visible-path.js';

/** A file read or write that failed for a reason the user can fix (missing file, no permission). */
export type IoResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Everything a command touches outside itself. Commands never use `process` or `fs` directly,
 * so tests run them against `memoryIo` and assert on the captured output.
 * `out` and `err` write the text as given (callers end lines with `\n`).
 */
export interface Io {
  readFile(path: string): Promise<IoResult<string>>;
  writeFile(path: string, text: string): Promise<IoResult<void>>;
  /** Writes binary `bytes` (an exported model) as `writeFile` writes text. */
  writeBytes(path: string, bytes: Uint8Array): Promise<IoResult<void>>;
  /** All of standard input, as text. */
  stdin(): Promise<IoResult<string>>;
  out(text: string): void;
  err(text: string): void;
  /** Whether standard output is a terminal (for colour and tables). */
  readonly isTTY: boolean;
  /** Whether standard input is a terminal, so that reading it waits for the user to type. */
  readonly stdinIsTTY?: boolean;
  /** Whether standard error is a terminal, so that a progress bar may redraw itself in place. */
  readonly errIsTTY?: boolean;
  readonly cwd: string;
  /**
   * Whether two paths name one existing file (through a symbolic or hard link, say). Optional: without it
   * only the resolved paths are compared.
   */
  sameFile?(a: string, b: string): boolean;
}

/** A short, lowercase reason for a failed file operation, from a Node.js `errno` code. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Why `path` cannot be written, with the fix: a missing directory is named (`-o out/x.json` when `out/` does
 * not exist), and a directory given as the output is told apart from a file.
 */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `cannot write '${visiblePath(path)}': the directory '${visiblePath(dirname(path))}' does not exist; create it first`;
    case 'EISDIR':
      return `cannot write '${visiblePath(path)}': it is a directory; give a file name inside it`;
    default:
      return `cannot write '${visiblePath(path)}': ${describeFileError(error)}`;
  }
}

/**
 * File text as the commands read it: a UTF-8 byte-order mark, which some Windows editors put first, is
 * dropped, so that it is neither a stray character of the first name nor counted in column numbers.
 */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** For a missing file, the name of a file beside it that is a likely typo of it (`turnstyle.fsa`). */
async function nearbyFileName(cwd: string, path: string, error: unknown): Promise<string | undefined> {
  if ((error as NodeJS.ErrnoException | undefined)?.code !== 'ENOENT') return undefined;
  try {
    const names = await readdir(resolve(cwd, dirname(path)));
    const guess = closestFileName(basename(path), names);
    return guess === undefined
      ? undefined
      : dirname(path) === '.' && !path.startsWith('.')
        ? guess
        : join(dirname(path), guess);
  } catch {
    return undefined;
  }
}

/** Options of `nodeIo`; the defaults are the real process. */
export interface NodeIoOptions {
  /** The most bytes read from one file or from standard input (default `MAX_INPUT_BYTES`, 256 MiB). */
  readonly maxReadBytes?: number;
  /** Standard input (default `process.stdin`). */
  readonly stdin?: AsyncIterable<Buffer | string>;
  /** The file system that writes files (default node's; a test substitutes a full disk). */
  readonly writeFileSystem?: WriteFileSystem;
}

/**
 * The real process: files relative to `process.cwd()`, standard streams. A file or standard input longer
 * than `maxReadBytes` is a failed read, found without reading past the cap (`cdam check /dev/zero`).
 */
export function nodeIo(options: NodeIoOptions = {}): Io {
  const cwd = process.cwd();
  const maxReadBytes = options.maxReadBytes ?? MAX_INPUT_BYTES;
  const tooLarge = `it is larger than ${formatByteCount(maxReadBytes)}, the most cdam reads from one`;
  return {
    cwd,
    isTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    errIsTTY: process.stderr.isTTY === true,
    async readFile(path) {
      try {
        const bytes = await readFileBounded(resolve(cwd, path), maxReadBytes);
        if (bytes === undefined) {
          return {
            ok: false,
            message: `cannot read '${visiblePath(path)}': ${tooLarge} file; check that it is the file you meant`,
          };
        }
        return { ok: true, value: withoutByteOrderMark(bytes.toString('utf8')) };
      } catch (error) {
        const guess = await nearbyFileName(cwd, path, error);
        const hint = guess === undefined ? '' : `; did you mean '${visiblePath(guess)}'?`;
        return { ok: false, message: `cannot read '${visiblePath(path)}': ${describeFileError(error)}${hint}` };
      }
    },
    async writeFile(path, text) {
      try {
        await writeWholeFile(resolve(cwd, path), text, options.writeFileSystem);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, message: describeWriteError(path, error) };
      }
    },
    async writeBytes(path, bytes) {
      try {
        await writeWholeFile(resolve(cwd, path), bytes);
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, message: describeWriteError(path, error) };
      }
    },
    async stdin() {
      try {
        const bytes = await readStreamBounded(options.stdin ?? process.stdin, maxReadBytes);
        if (bytes === undefined) {
          return { ok: false, message: `cannot read standard input: ${tooLarge} input; give it in smaller parts` };
        }
        return { ok: true, value: withoutByteOrderMark(bytes.toString('utf8')) };
      } catch (error) {
        return { ok: false, message: `cannot read standard input: ${describeFileError(error)}` };
      }
    },
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    sameFile: (a, b) => isSameFile(resolve(cwd, a), resolve(cwd, b)),
  };
}

/** Whether both paths exist and lead (following links) to one file: the same device and inode. */
function isSameFile(a: string, b: string): boolean {
  const first = statSync(a, { throwIfNoEntry: false });
  const second = statSync(b, { throwIfNoEntry: false });
  return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}
