import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * `cdam verify` from the built command line (`pnpm build` first): its worker threads load the bundled
 * `verify-worker.js` beside `main.js`, and give the report of a run on one thread.
 */
const root = fileURLToPath(new URL('../', import.meta.url));
const main = `${root}packages/cli/dist/main.js`;
const run = promisify(execFile);

describe('cdam verify, built', () => {
  it('runs its worker threads from dist with the same report as without them', async () => {
    expect(existsSync(main), `${main} is missing: run pnpm build first`).toBe(true);
    expect(existsSync(`${root}packages/cli/dist/verify-worker.js`)).toBe(true);
    const reports = [];
    for (const workers of ['0', '2']) {
      const args = [
        main,
        'verify',
        'samples/turnstile.fsa',
        '--all',
        '--samples',
        '50',
        '--workers',
        workers,
        '--json',
      ];
      const { stdout } = await run(process.execPath, args, { cwd: root, env: { ...process.env, CI: 'true' } });
      const { elapsedMs, ...report } = JSON.parse(stdout) as { elapsedMs: number; [key: string]: unknown };
      expect(elapsedMs).toBeGreaterThanOrEqual(0);
      reports.push(report);
    }
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[0]).toMatchObject({ verified: true, proved: true, randomWords: 50 });
  });
});
