/* @jsxRuntime automatic */
/**
 * Per-key latency of `cdam step` on a large automaton: a random complete DFA (default 1000 states over
 * 4 symbols), compiled, stepped through the real runtime by the real app (ink rendering into a string
 * stream, as in the component tests). For each key, the time from writing it to stdin until ink has
 * written the new frame. Prints figures; asserts nothing. Run it as the CLI runs the UI (React's
 * production build) and with colours on, as in a terminal:
 *
 *   NODE_ENV=production FORCE_COLOR=3 node --import tsx packages/tui/bench/key-latency.tsx [states] [symbols] [repeats] [columns] [rows]
 */
import { randomDfa, toSpec } from '@cdam/automata';
import { compileAutomaton, createRng } from '@cdam/compiler';
import { render } from 'ink-testing-library';
import { StepApp } from '../src/step-app.js';
import { modelFromNetwork } from '../src/step-model.js';
import { manualTimer } from '../src/testing/index.js';

const states = Number(process.argv[2] ?? 1000);
const symbols = Number(process.argv[3] ?? 4);
const repeats = Number(process.argv[4] ?? 20);
const columns = Number(process.argv[5] ?? 100);
const rows = Number(process.argv[6] ?? 40);

const dfa = randomDfa(states, symbols, createRng(1, 'bench'));
let t = performance.now();
const compiled = compileAutomaton(toSpec(dfa, { name: 'Random' }));
if (compiled.kind === 'error') throw new Error(compiled.error.message);
const compileMs = performance.now() - t;
const { params } = compiled.network;
console.log(
  `${states} states, ${symbols} symbols: n = ${params.neurons}, p = ${compiled.network.patterns.count}, K = ${params.iterations}; compiled in ${compileMs.toFixed(0)} ms`,
);

const rng = createRng(2, 'word');
const word = Array.from({ length: 200 }, () => dfa.alphabet[rng.nextInt(symbols)]);
t = performance.now();
const model = modelFromNetwork(compiled.network);
const ui = render(
  <StepApp model={model} word={word} fileName="random" timer={manualTimer()} columns={columns} rows={rows} />,
);
console.log(`${columns}x${rows} screen; first frame: ${(performance.now() - t).toFixed(1)} ms`);

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Milliseconds from writing `key` until ink has written a frame (or the key changed nothing). */
async function press(key: string): Promise<number> {
  const before = ui.frames.length;
  const start = performance.now();
  ui.stdin.write(key);
  for (let i = 0; i < 1000 && ui.frames.length === before; i++) await nextTurn();
  return performance.now() - start;
}

const keys: readonly (readonly [string, string])[] = [
  ['→ next input', '\u001B[C'],
  ['. iteration', '.'],
  ['← back', '\u001B[D'],
  ['n noise', 'n'],
  ['? help (open)', '?'],
  ['any key (close help)', 'x'],
  ['e edit', 'e'],
  ['typing a', 'a'],
  ['Esc cancel', '\u001B'],
];

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
for (let i = 0; i < 10; i++) await press(i % 2 === 0 ? '\u001B[C' : '\u001B[D'); // warm up the JIT
for (const [label, key] of keys) {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    times.push(await press(key));
    if (key === '\u001B[D') await press('\u001B[C'); // keep going forward overall
    if (key === '?') await press('x');
    if (key === 'e') await press('\u001B');
    if (key === 'a') await press('\u001B');
  }
  console.log(
    `${label.padEnd(22)} median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`,
  );
  if (key === 'a') await press('e'); // the next key (Esc) cancels an edit
}
ui.unmount();
