import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledNetwork } from '@cdam/compiler';
import { Network, StateDecoder } from '@cdam/runtime';
import { afterAll, describe, expect, it } from 'vitest';
import { automatonToNpz, npzProblem, MAX_NPZ_PATTERNS, sequenceToNpz } from './npz-export.js';
import { randomNetwork, randomWords, runtimeTrace, sampleNetworks, sampleSequences } from './testing/networks.js';

/**
 * The archive loads in NumPy with allow_pickle=False, holds exactly the documented arrays, and the NumPy
 * function of docs/export.md, run on it by python3, reproduces the runtime's every update to 1e-9 and every
 * decoded state exactly.
 */
const TOLERANCE = 1e-9;
const docs = readFileSync(new URL('../../../docs/export.md', import.meta.url), 'utf8');
const block = /<!-- numpy-update: begin -->\s*```python\n([\s\S]*?)```\s*<!-- numpy-update: end -->/.exec(docs);

const DRIVER = `
import json, sys
import numpy as np
exec(open(sys.argv[1]).read())
out = []
for job in json.load(sys.stdin):
    net = np.load(job['file'], allow_pickle=False)
    arrays = {name: [str(net[name].dtype), list(net[name].shape)] for name in net.files}
    runs = []
    for word in job['words']:
        trace = run(net, word)
        K = int(net['K'])
        states = [decode(net, trace[K * (i + 1) - 1]) for i in range(len(word))]
        runs.append({'trace': [t.tolist() for t in trace], 'states': states})
    out.append({'arrays': arrays, 'runs': runs})
print(json.dumps(out))
`;

const python = spawnSync('python3', ['-c', 'import numpy; print(numpy.__version__)'], { encoding: 'utf8' });
const numpyMissing =
  python.error !== undefined || python.status !== 0
    ? `python3 with numpy is missing here (${python.error?.message ?? python.stderr.trim().split('\n').pop()})`
    : undefined;
if (numpyMissing) process.stderr.write(`npz-export.test: SKIPPED the NumPy replay: ${numpyMissing}\n`);

const dir = mkdtempSync(join(tmpdir(), 'cdam-npz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Job {
  readonly file: string;
  readonly words: string[][];
}
interface Replayed {
  readonly arrays: Record<string, [string, number[]]>;
  readonly runs: { trace: number[][]; states: number[] }[];
}

function replay(jobs: readonly Job[]): Replayed[] {
  const script = join(dir, 'update.py');
  writeFileSync(script, block?.[1] ?? '');
  const child = spawnSync('python3', ['-c', DRIVER, script], {
    input: JSON.stringify(jobs),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) throw new Error(`python3 failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as Replayed[];
}

describe('NumPy export', () => {
  it('docs/export.md holds the NumPy update function between its markers', () => {
    expect(block?.[1]).toContain('def run(net, word):');
    expect(block?.[1].split('\n').length).toBeLessThanOrEqual(25);
  });

  it.skipIf(numpyMissing !== undefined)(
    'the documented NumPy function replays every sample and generated automaton exactly as the runtime',
    () => {
      const networks: CompiledNetwork[] = [...sampleNetworks(), randomNetwork(9, 2, 21), randomNetwork(30, 3, 22)];
      const jobs = networks.map((compiled, i) => {
        const file = join(dir, `net${i}.npz`);
        writeFileSync(file, automatonToNpz(compiled));
        const { alphabet } = compiled.dfa;
        const words = randomWords(alphabet.length, 4, 5, 30 + i).map((w) => w.map((s) => alphabet[s]));
        return { file, words, compiled };
      });
      const replayed = replay(jobs.map(({ file, words }) => ({ file, words })));
      jobs.forEach(({ compiled, words }, i) => {
        const { arrays, runs } = replayed[i];
        const n = compiled.params.neurons;
        const p = compiled.patterns.count;
        const k = compiled.dfa.alphabet.length;
        const S = compiled.dfa.states.length;
        expect(Object.keys(arrays).sort()).toEqual(
          [
            'Xi',
            'H',
            'mean',
            'x0',
            'input_codes',
            'input_start',
            'state_patterns',
            'beta',
            'a',
            'h',
            'eta',
            'K',
            'alphabet',
            'states',
            'accept',
          ].sort(),
        );
        expect(arrays.Xi).toEqual(['float64', [n, p]]);
        expect(arrays.H).toEqual(['float64', [p, p]]);
        expect(arrays.mean).toEqual(['float64', [n]]);
        expect(arrays.x0).toEqual(['float64', [n]]);
        expect(arrays.input_codes).toEqual(['float64', [k, compiled.params.inputNeurons]]);
        expect(arrays.input_start).toEqual(['int64', []]);
        expect(arrays.state_patterns).toEqual(['int64', [S]]);
        for (const name of ['beta', 'a', 'h', 'eta']) expect(arrays[name]).toEqual(['float64', []]);
        expect(arrays.K).toEqual(['int64', []]);
        expect(arrays.alphabet[0]).toMatch(/^<U\d+$/);
        expect(arrays.states[1]).toEqual([S]);
        expect(arrays.accept[1]).toEqual([compiled.dfa.accepting.size]);
        const network = new Network(compiled);
        const decoder = new StateDecoder(compiled);
        const K = compiled.params.iterations;
        words.forEach((word, w) => {
          const expected = runtimeTrace(
            network,
            word.map((s) => compiled.dfa.alphabet.indexOf(s)),
          );
          const flat = expected.flat();
          expect(runs[w].trace).toHaveLength(flat.length);
          let worst = 0;
          flat.forEach((x, t) => x.forEach((v, j) => (worst = Math.max(worst, Math.abs(v - runs[w].trace[t][j])))));
          expect(worst).toBeLessThan(TOLERANCE);
          expect(runs[w].states).toEqual(expected.map((updates) => decoder.decode(updates[K - 1]).state));
        });
      });
    },
  );

  it.skipIf(numpyMissing !== undefined)('a sequence archive loads with its documented arrays', () => {
    const sequence = sampleSequences()[0];
    const file = join(dir, 'sequence.npz');
    writeFileSync(file, sequenceToNpz(sequence));
    const child = spawnSync(
      'python3',
      [
        '-c',
        'import json, sys, numpy as np\nnet = np.load(sys.argv[1], allow_pickle=False)\nprint(json.dumps({k: [str(net[k].dtype), list(net[k].shape)] for k in net.files}))',
        file,
      ],
      { encoding: 'utf8' },
    );
    expect(child.stderr).toBe('');
    const arrays = JSON.parse(child.stdout) as Record<string, [string, number[]]>;
    const p = sequence.positions.length;
    expect(arrays.Xi).toEqual(['float64', [sequence.params.neurons, p]]);
    expect(arrays.H).toEqual(['float64', [p, p]]);
    expect(arrays.step_start).toEqual(['int64', [sequence.stepStart.length]]);
    expect(arrays.labels[1]).toEqual([p]);
  });

  it('refuses a dense H of more than MAX_NPZ_PATTERNS patterns, and names the alternative size', () => {
    expect(npzProblem(MAX_NPZ_PATTERNS)).toBeUndefined();
    expect(npzProblem(MAX_NPZ_PATTERNS + 1)).toContain(`at most ${MAX_NPZ_PATTERNS}`);
  });
});
