import { posix } from 'node:path';
import { withoutByteOrderMark, type Io } from '../io.js';
import { visiblePath } from '../visible-path.js';

/** An `Io` over an in-memory file map that records what a command printed and wrote. */
export interface MemoryIo extends Io {
  /** Everything written to standard output so far. */
  stdout(): string;
  /** Everything written to standard error so far. */
  stderr(): string;
  /** The files, including those the command wrote (keys are normalised relative paths). */
  readonly files: Map<string, string>;
  /** Paths passed to `writeFile` and `writeBytes`, in order. */
  readonly writes: string[];
  /** The binary files `writeBytes` wrote. */
  readonly binaries: Map<string, Uint8Array>;
}

export interface MemoryIoOptions {
  readonly stdin?: string;
  readonly isTTY?: boolean;
  readonly stdinIsTTY?: boolean;
  /** Whether standard error is a terminal (default false). */
  readonly errIsTTY?: boolean;
  readonly cwd?: string;
  /** Paths that exist but cannot be written (to test write errors). */
  readonly readOnly?: readonly string[];
}

/**
 * A test double for `Io`: `memoryIo({ 'a.fsa': text })`; reads of other paths fail like a missing file.
 * Like `nodeIo`, reads drop a leading byte-order mark.
 */
export function memoryIo(files: Readonly<Record<string, string>> = {}, options: MemoryIoOptions = {}): MemoryIo {
  const key = (path: string) => posix.normalize(path);
  const store = new Map(Object.entries(files).map(([path, text]) => [key(path), text]));
  const readOnly = new Set((options.readOnly ?? []).map(key));
  const writes: string[] = [];
  const binaries = new Map<string, Uint8Array>();
  let stdout = '';
  let stderr = '';
  return {
    cwd: options.cwd ?? '/project',
    isTTY: options.isTTY ?? false,
    stdinIsTTY: options.stdinIsTTY ?? false,
    errIsTTY: options.errIsTTY ?? false,
    files: store,
    writes,
    binaries,
    async readFile(path) {
      const text = store.get(key(path));
      return text === undefined
        ? { ok: false, message: `cannot read '${visiblePath(path)}': no such file or directory` }
        : { ok: true, value: withoutByteOrderMark(text) };
    },
    async writeFile(path, text) {
      if (readOnly.has(key(path)))
        return { ok: false, message: `cannot write '${visiblePath(path)}': permission denied` };
      writes.push(key(path));
      store.set(key(path), text);
      return { ok: true, value: undefined };
    },
    async writeBytes(path, bytes) {
      if (readOnly.has(key(path)))
        return { ok: false, message: `cannot write '${visiblePath(path)}': permission denied` };
      writes.push(key(path));
      binaries.set(key(path), bytes);
      return { ok: true, value: undefined };
    },
    async stdin() {
      return { ok: true, value: withoutByteOrderMark(options.stdin ?? '') };
    },
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
