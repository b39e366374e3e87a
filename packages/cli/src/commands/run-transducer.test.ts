import { compileAutomaton, findAutomatonSpec, toArtifact } from '@cdam/compiler';
import { parse } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { formatCompileReport } from '../compile-report.js';
import { toWordResult } from '../run-result.js';
import { memoryIo } from '../testing/index.js';
import { runCommand } from './run.js';
import { VENDING_MEALY as VENDING } from '@cdam/language/testing';

const LIGHT = `moore Light {
  alphabet tick, stop
  outputs green, red
  start g
  g -> r on tick, stop
  r -> g on tick
  output g green
  output r red
}
`;

function compiled(text: string) {
  const found = findAutomatonSpec(parse(text).file);
  if (!found.ok) throw new Error(found.message);
  const result = compileAutomaton(found.declaration);
  if (result.kind === 'error') throw new Error(result.error.message);
  return result.network;
}

const files = {
  'v.fsa': VENDING,
  'l.fsa': LIGHT,
  'l.cdam.json': toArtifact(compiled(LIGHT)),
  'w.txt': 'tick stop tick\nstop\n',
};

describe('cdam run on transducers', () => {
  it('--json rows gain the network output tape and the automaton tape beside it', async () => {
    const io = memoryIo(files);
    expect(await runCommand('v.fsa', { input: 'coin coin push', json: true }, io)).toBe(ExitCode.Ok);
    const row = JSON.parse(io.stdout());
    expect(Object.keys(row)).toEqual([
      'word',
      'accepted',
      'states',
      'margins',
      'finalState',
      'outputs',
      'symbolic',
      'agrees',
    ]);
    expect(row.outputs).toEqual(['unlock', 'nothing', 'lock']);
    expect(row.symbolic.outputs).toEqual(['unlock', 'nothing', 'lock']);
    expect(row.agrees).toBe(true);
  });

  it('a partial moore (from an artifact) shows no output after falling off, on both sides', async () => {
    const io = memoryIo(files);
    expect(await runCommand('l.cdam.json', { words: 'w.txt', json: true }, io)).toBe(ExitCode.Ok);
    const rows = io
      .stdout()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((r) => r.outputs)).toEqual([['red', null, null], ['red']]);
    expect(rows.map((r) => r.symbolic.outputs)).toEqual([['red', null, null], ['red']]);
    // A Moore machine's start output, before any input, on both sides.
    expect(rows.map((r) => [r.initialOutput, r.symbolic.initialOutput])).toEqual([
      ['green', 'green'],
      ['green', 'green'],
    ]);
    const io2 = memoryIo(files);
    expect(await runCommand('l.fsa', { input: 'tick stop tick' }, io2)).toBe(ExitCode.Ok);
    const text = io2.stdout();
    expect(text).toContain('network output  automaton output');
    expect(text.split('\n')[2]).toMatch(/^ {5}0 {2}\(start\) {2}g +g +green +green +/);
    expect(text.split('\n')[3]).toMatch(/^ {5}1 {2}tick {5}r +r +red +red +/);
    expect(text.split('\n')[4]).toMatch(/^ {5}2 {2}stop {5}∅ +∅ +- +- +/);
    expect(text).toContain('rejected; the automaton agrees');
  });

  it('agrees is false when the network output differs from the automaton output', () => {
    const network = compiled(VENDING);
    const result = toWordResult(network, ['coin'], {
      accepted: true,
      states: ['locked', 'unlocked/unlock'],
      margins: [1, 1],
      finalState: 'unlocked/unlock',
      outputs: ['nothing'],
    });
    expect(result.symbolic.outputs).toEqual(['unlock']);
    expect(result.agrees).toBe(false);
  });
});

describe('the compile report of a transducer', () => {
  it('names the output part and its read-out gap', () => {
    const text = formatCompileReport(compiled(VENDING).report);
    expect(text).toContain('  outputs     mealy, 3 outputs coded in the last 8 state neurons; read-out gap 8\n');
    expect(text).toContain('  exact       yes: every run follows the automaton\n');
  });
});
