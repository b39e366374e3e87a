import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo } from '../testing/index.js';

interface JsonCapacity {
  symbols: number;
  cotteret: number;
  automata: {
    states: number;
    trial: number;
    neurons: number;
    patterns: number;
    exact: boolean;
    accuracy: number;
    noisyAccuracy: number | null;
    capacity: { perNeuron: number; perNeuronAndPattern: number; perStoredNumber: number; storedNumbers: number };
  }[];
  sequences: { items: number; neurons: number; patterns: number; exact: boolean; cycleExact: boolean }[];
}

const small = ['capacity', '--states', '8,20', '--sequences', '6,30', '--words', '4', '--length', '15'];

describe('cdam capacity', () => {
  it('measures exact automata and sequences with the compiler-chosen n, and reports the ratios', async () => {
    const io = memoryIo();
    expect(await runCli([...small, '--json'], io)).toBe(ExitCode.Ok);
    const result = JSON.parse(io.stdout()) as JsonCapacity;
    expect(result.cotteret).toBe(0.029);
    expect(result.automata.map((row) => row.states)).toEqual([8, 20]);
    for (const row of result.automata) {
      // the compiler's automatic choice is exact, so every word follows the automaton
      expect(row.exact).toBe(true);
      expect(row.accuracy).toBe(1);
      expect(row.noisyAccuracy).not.toBeNull();
      expect(row.patterns).toBe(row.states * 3); // states + one transition per state and symbol
      expect(row.capacity.perNeuron).toBe(row.states / row.neurons);
      expect(row.capacity.perNeuronAndPattern).toBe(row.states / (row.neurons + row.patterns));
      expect(row.capacity.storedNumbers).toBe(row.neurons * row.patterns);
    }
    expect(result.sequences.map((row) => [row.items, row.patterns, row.exact, row.cycleExact])).toEqual([
      [6, 6, true, true],
      [30, 30, true, true],
    ]);
    expect(io.stderr()).toMatch(/capacity: 8 states, trial 1\/1: n = \d+/);
    expect(io.stderr()).toMatch(/capacity: 30 items, trial 1\/1: n = \d+, cycle exact/);
  });

  it('prints tables and draws the log-log chart with the comparison line', async () => {
    const io = memoryIo();
    expect(await runCli([...small, '--svg', 'cap.svg'], io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^ {2}states +n +p +exact +words right +noisy/m);
    expect(io.stdout()).toMatch(/^ {2}items +n +p +exact +cycle/m);
    const svg = io.files.get('cap.svg') ?? '';
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain('Cotteret et al.: 0.029 N');
    expect(svg).toContain('sequences (one cycle)');
  });

  it('is deterministic in the seed', async () => {
    const run = async () => {
      const io = memoryIo();
      await runCli(
        ['capacity', '--states', '12', '--sequences', 'none', '--words', '3', '--length', '10', '--json'],
        io,
      );
      return JSON.parse(io.stdout()) as JsonCapacity;
    };
    const [a, b] = [await run(), await run()];
    expect(a.automata.map(({ neurons, accuracy, noisyAccuracy }) => [neurons, accuracy, noisyAccuracy])).toEqual(
      b.automata.map(({ neurons, accuracy, noisyAccuracy }) => [neurons, accuracy, noisyAccuracy]),
    );
    expect(a.sequences).toEqual([]);
  });

  it.each([
    [['--states', '10,abc'], /--states/],
    [['--states', '1'], /--states/],
    [['--states', '10.5'], /whole numbers/],
    [['--sequences', '0'], /--sequences/],
    [['--noise', '2'], /--noise/],
    [['--encoding', 'binary'], /--encoding/],
  ])('rejects %j as a usage error', async (args, message) => {
    const io = memoryIo();
    expect(await runCli(['capacity', ...args], io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toMatch(message);
  });
});
