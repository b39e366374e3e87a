import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A JSON-RPC error as the server sent it. */
export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

interface Notification {
  readonly method: string;
  readonly params: unknown;
}

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * A minimal LSP client over a real server process: Content-Length framing on the child's stdin and stdout,
 * requests matched to responses by id, notifications kept for `waitFor`. For tests and the bench only.
 */
export class LspClient {
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly notifications: Notification[] = [];
  private readonly waiters: { test: (n: Notification) => boolean; resolve: (n: Notification) => void }[] = [];
  /** What the server wrote to stderr. */
  stderr = '';
  /** Settles with the exit code when the process ends. */
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    void this.exited.then(() => {
      for (const { reject } of this.pending.values()) reject(new Error(`server exited; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  /** Starts `cdam lsp --stdio` from the sources (through tsx), as an editor would start the built one. */
  static startCdam(): LspClient {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/cli/src/main.ts', 'lsp', '--stdio'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new LspClient(child);
  }

  /** Sends raw bytes, framing and all (for tests of bad input). */
  writeRaw(bytes: Buffer | string): void {
    this.child.stdin!.write(bytes);
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.writeRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request<T = unknown>(method: string, params?: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.send(params === undefined ? { id, method } : { id, method, params });
    });
  }

  notify(method: string, params?: unknown): void {
    this.send(params === undefined ? { method } : { method, params });
  }

  /** The first notification (already received or still to come) that passes `test`. */
  waitFor<T = unknown>(method: string, test: (params: T) => boolean = () => true): Promise<T> {
    const matches = (n: Notification) => n.method === method && test(n.params as T);
    const seen = this.notifications.find(matches);
    if (seen !== undefined) {
      this.notifications.splice(this.notifications.indexOf(seen), 1);
      return Promise.resolve(seen.params as T);
    }
    return new Promise((resolve) => this.waiters.push({ test: matches, resolve: (n) => resolve(n.params as T) }));
  }

  /** Forgets the notifications received so far. */
  clearNotifications(): void {
    this.notifications.length = 0;
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from the server: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as Record<string, unknown>);
    }
  }

  private dispatch(message: Record<string, unknown>): void {
    if (typeof message.id === 'number' && ('result' in message || 'error' in message)) {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      const error = message.error as { code: number; message: string } | undefined;
      if (error !== undefined) waiting?.reject(new RpcError(error.code, error.message));
      else waiting?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      // a request from the server (such as client/registerCapability): answer it with null
      this.send({ id: message.id, result: null });
      return;
    }
    const notification = { method: String(message.method), params: message.params };
    const waiter = this.waiters.findIndex((w) => w.test(notification));
    if (waiter >= 0) this.waiters.splice(waiter, 1)[0]!.resolve(notification);
    else this.notifications.push(notification);
  }

  /** Sends `shutdown` then `exit` and waits for the process to end. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.request('shutdown');
    this.notify('exit');
    return this.exited;
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill();
  }
}
