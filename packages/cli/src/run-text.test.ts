import { compileAutomaton, type CompiledNetwork } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { toWordResult } from './run-result.js';
import { formatBatch, formatRun } from './run-text.js';
import { TURNSTILE } from './testing/index.js';

function turnstile(): CompiledNetwork {
  const found = findAutomatonSpec(parse(TURNSTILE).file);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileAutomaton(found.declaration);
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return compiled.network;
}

describe('run reports', () => {
  const network = turnstile();
  const header = `Turnstile: n = ${network.report.neurons} neurons, p = 6 patterns, K = 2 iterations per symbol`;

  it('marks the steps where the network leaves the automaton, and says so in the verdict', () => {
    // A network that stayed locked after a coin: the automaton is unlocked and rejects.
    const result = toWordResult(network, ['coin'], {
      accepted: true,
      states: ['locked', 'locked'],
      margins: [0.9, 0.125],
      finalState: 'locked',
    });
    expect(result.agrees).toBe(false);
    expect(formatRun(network, result)).toBe(
      [
        header,
        '   step  symbol   network  automaton  margin',
        '      0  (start)  locked   locked      0.900',
        '!     1  coin     locked   unlocked    0.125',
        'accepted; the automaton rejected: the network DISAGREES (steps marked !)',
        '',
      ].join('\n'),
    );
  });

  it('says only the intermediate states differ when the verdict agrees, without DISAGREES', () => {
    // Coin, push: the network passed through 'locked' instead of 'unlocked' but ends locked, as the automaton.
    const result = toWordResult(
      network,
      ['coin', 'push'],
      { accepted: true, states: ['locked', 'locked', 'locked'], margins: [0.9, 0.2, 0.9], finalState: 'locked' },
      'coin push',
    );
    expect(result.agrees).toBe(false);
    const text = formatRun(network, result);
    expect(text.split('\n').at(-2)).toBe(
      "accepted; the automaton accepted too, but the network's intermediate states differ (steps marked !)",
    );
    expect(text).not.toContain('DISAGREES');
    const batch = formatBatch(network, [result]);
    expect(batch).toMatch(/^~ {2}accepted {2}accepted /m);
    expect(batch.split('\n').at(-2)).toBe(
      '1 word: 1 accepted, 0 rejected; same verdict but other intermediate states on 1 (marked ~)',
    );
  });

  it('shows the noise level under the network line', () => {
    const result = toWordResult(network, [], {
      accepted: true,
      states: ['locked'],
      margins: [0.9],
      finalState: 'locked',
    });
    expect(formatRun(network, result, { level: 0.25, seed: 7 }).split('\n')[1]).toBe(
      'noise 0.25: that fraction of the state part perturbed (flipped or redrawn) before every input, seed 7',
    );
    expect(formatRun(network, result)).not.toContain('noise');
  });

  it('reports quiescence at the end', () => {
    const result = toWordResult(network, [], {
      accepted: false,
      states: ['locked'],
      margins: [0.01],
      finalState: null,
    });
    expect(formatRun(network, result).split('\n').at(-2)).toBe(
      'rejected (no memory active at the end); the automaton accepted: the network DISAGREES (steps marked !)',
    );
  });

  it('marks disagreeing words in the batch table and counts them', () => {
    const good = toWordResult(
      network,
      ['push'],
      { accepted: true, states: ['locked', 'locked'], margins: [0.9, 0.8], finalState: 'locked' },
      'push',
    );
    const bad = toWordResult(
      network,
      ['coin'],
      { accepted: true, states: ['locked', 'locked'], margins: [0.9, 0.2], finalState: 'locked' },
      'coin',
    );
    expect(formatBatch(network, [good, bad])).toBe(
      [
        header,
        '   network   automaton  final   min margin  input',
        '   accepted  accepted   locked       0.800  push',
        '!  accepted  rejected   locked       0.200  coin',
        '2 words: 2 accepted, 0 rejected; the network DISAGREES with the automaton on 1 (marked !)',
        '',
      ].join('\n'),
    );
  });

  it('shows each word as its parsed symbols, so a tab or control character in the line cannot break the table', () => {
    const run = (word: readonly string[], line: string) =>
      toWordResult(
        network,
        word,
        {
          accepted: false,
          states: ['locked', ...word.map(() => 'locked')],
          margins: [0.5, ...word.map(() => 0.5)],
          finalState: 'locked',
        },
        line,
      );
    const table = formatBatch(network, [
      run(['coin', 'push'], 'coin\tpush'),
      run([], '""'),
      run(['push'], '\u000bpush\f'),
      run(['a\u001bb'], '"a\u001bb"'), // a symbol of some alphabet holding ESC, written raw inside quotes
    ]);
    expect(table).not.toMatch(/[\t\v\f\u001b]/);
    const inputs = table
      .split('\n')
      .slice(2, 6)
      .map((row) => row.slice(row.indexOf('0.500') + 7));
    expect(inputs).toEqual(['coin push', '""', 'push', '"a\\u{1B}b"']);
  });

  it('reports a word of 300 000 inputs, whose smallest margin a spread call could not take', () => {
    const word = Array.from({ length: 300_000 }, (_, i) => (i % 2 === 0 ? 'coin' : 'push'));
    const states = Array.from({ length: word.length + 1 }, (_, i) => (i % 2 === 0 ? 'locked' : 'unlocked'));
    const margins = states.map((_, i) => (i === 777 ? 0.25 : 0.9));
    const result = toWordResult(network, word, { accepted: true, states, margins, finalState: 'locked' });
    expect(formatBatch(network, [result])).toMatch(/^ {2}accepted {2}accepted {3}locked +0\.250 {2}coin push coin/m);
  });
});
