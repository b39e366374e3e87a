import { readFileSync } from 'node:fs';
import { compileSequence, type CompiledSequence } from '@cdam/compiler';
import { checkSource, findSequence, toSequenceSpec } from '@cdam/language';
import { SequenceNetwork } from '@cdam/runtime';
import { describe, expect, it } from 'vitest';
import { modelFromSequence, TICK } from './sequence-model.js';

const source = readFileSync(new URL('../../../samples/sequences.fsa', import.meta.url), 'utf8');

function sequence(name: string): CompiledSequence {
  const found = findSequence(checkSource(source).file, name);
  if (!found.ok) throw new Error(found.message);
  const compiled = compileSequence(toSequenceSpec(found.declaration));
  if (compiled.kind === 'error') throw new Error(compiled.error.message);
  return compiled.sequence;
}

describe('modelFromSequence', () => {
  const melody = sequence('Melody');

  it('names one state per pattern as cdam recall does: occurrences and dwell ticks told apart', () => {
    expect(modelFromSequence(melody).model.dfa.states).toEqual(['A#1', 'B', 'A#2', 'C']);
    const counting = modelFromSequence(sequence('Counting')).model.dfa.states;
    expect(counting).toEqual(['1', '2.0', '2.1', '3.0', '3.1', '3.2', '4.0', '4.1', '4.2', '4.3']);
  });

  it('chains the patterns on one tick symbol: a cycle with loop, else the last holds', () => {
    const { model, word } = modelFromSequence(melody);
    expect(model.kind).toBe('sequence');
    expect(model.dfa.alphabet).toEqual([TICK]);
    expect(model.dfa.delta).toEqual([[1], [2], [3], [0]]);
    expect(model.dfa.accepting.size).toBe(0);
    expect(word).toEqual(Array(8).fill(TICK));
    const counting = modelFromSequence(sequence('Counting'));
    expect(counting.model.dfa.delta.at(-1)).toEqual([9]);
    expect(counting.word).toHaveLength(15);
    expect(counting.model.parameters).toMatchObject({ iterations: 1, split: '1000 item + 1000 context' });
  });

  it('recalls as SequenceNetwork.recall does, one update per tick', () => {
    const { model } = modelFromSequence(melody);
    const run = new SequenceNetwork(melody).recall({ ticks: 8 });
    let reading = model.performer.initial();
    const decoded = [reading.state];
    for (let t = 0; t < 8; t++) {
      reading = model.performer.advance({
        from: reading,
        present: { symbol: 0, noise: 0, position: t },
        iterations: 1,
      });
      decoded.push(reading.state);
    }
    expect(decoded).toEqual(run.points.map((p) => p.decoded.pattern));
    expect(decoded).toEqual([0, 1, 2, 3, 0, 1, 2, 3, 0]);
  });

  it('starts from the cue step it is given, and refuses one outside the items', () => {
    const { model } = modelFromSequence(melody, { cueStep: 2 });
    expect(model.dfa.start).toBe(2);
    expect(model.performer.initial().state).toBe(2);
    expect(() => modelFromSequence(melody, { cueStep: 9 })).toThrow(RangeError);
  });

  it('perturbs by the noise level, the same way for the same tick, leaving the start untouched', () => {
    const { model } = modelFromSequence(melody);
    const start = model.performer.initial();
    const before = Array.from(start.x);
    const noisy = (position: number) =>
      model.performer.advance({ from: start, present: { symbol: 0, noise: 0.3, position }, iterations: 0 });
    const clean = model.performer.advance({
      from: start,
      present: { symbol: 0, noise: 0, position: 0 },
      iterations: 0,
    });
    expect(Array.from(clean.x)).toEqual(before);
    expect(Array.from(noisy(0).x)).not.toEqual(before);
    expect(Array.from(noisy(0).x)).toEqual(Array.from(noisy(0).x));
    expect(Array.from(noisy(1).x)).not.toEqual(Array.from(noisy(0).x));
    expect(Array.from(start.x)).toEqual(before);
  });
});
