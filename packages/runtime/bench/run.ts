import { formatReport } from './format.js';
import { pythonNumpyRunner } from './numpy-yardstick.js';
import { DEFAULT_PLAN, runBench } from './suite.js';

/**
 * `pnpm bench`: every figure of the benchmark, measured side by side in one run, as tables on stdout.
 * `pnpm --silent bench --json`: the same as one JSON object, and nothing else, on stdout.
 * `--no-numpy` leaves the NumPy yardstick out. Progress goes to stderr.
 */
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--json' && a !== '--no-numpy');
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown option '${unknown[0]}' (options: --json, --no-numpy)\n`);
  process.exit(2);
}
if (typeof globalThis.gc !== 'function') {
  process.stderr.write('bench: run with node --expose-gc for steadier figures (pnpm bench does)\n');
}
const result = await runBench(DEFAULT_PLAN, {
  numpy: args.includes('--no-numpy') ? null : pythonNumpyRunner(),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(args.includes('--json') ? `${JSON.stringify(result)}\n` : `${formatReport(result)}\n`);
