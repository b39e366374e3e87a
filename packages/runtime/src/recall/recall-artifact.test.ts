import { compileSequence, loadSequenceArtifact, toSequenceArtifact, type CompiledSequence } from '@cdam/compiler';
import type { SequenceSpec } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { createScratch, iterate } from '../dynamics.js';
import { SequenceNetwork } from './recall.js';

function compiled(spec: SequenceSpec): CompiledSequence {
  const result = compileSequence(spec);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  return result.sequence;
}

function reloaded(sequence: CompiledSequence): CompiledSequence {
  const loaded = loadSequenceArtifact(toSequenceArtifact(sequence));
  if (loaded.kind !== 'ok') throw new Error(loaded.message);
  return loaded.sequence;
}

/** The state x after the cue and after each of `ticks` updates, as raw bytes. */
function trajectory(sequence: CompiledSequence, ticks: number): Buffer[] {
  const network = new SequenceNetwork(sequence);
  const dynamics = network.dynamics();
  const scratch = createScratch(dynamics);
  const x = network.cueState(network.cuePattern(1) ?? 0, { cueNoise: 0.4, noiseSeed: 9 });
  const states = [Buffer.from(x.slice().buffer)];
  for (let t = 0; t < ticks; t++) {
    iterate(dynamics, scratch, x);
    states.push(Buffer.from(x.slice().buffer));
  }
  return states;
}

describe('recall from a sequence artifact', () => {
  it.each([
    [
      'a bipolar loop with a repeated item',
      { name: 'Melody', items: ['A', 'B', 'A', 'C'], loop: true, dwell: [1, 1, 1, 1], network: { seed: 3 } },
    ],
    [
      'uniform codes with dwell',
      {
        name: 'Count',
        items: ['1', '2', '3'],
        loop: false,
        dwell: [1, 2, 3],
        network: { encoding: 'uniform', neurons: 200 },
      },
    ],
  ] satisfies [string, SequenceSpec][])('recalls %s exactly as the compiled sequence, bit for bit', (_, spec) => {
    const original = compiled(spec);
    const loaded = reloaded(original);
    const ticks = 2 * original.positions.length + 3;
    const before = trajectory(original, ticks);
    const after = trajectory(loaded, ticks);
    expect(after.length).toBe(ticks + 1);
    after.forEach((state, t) => expect(state.equals(before[t]), `x differs after tick ${t}`).toBe(true));
    const options = { cueStep: 1, cueNoise: 0.4, noiseSeed: 9, ticks, recordCorrelations: true };
    const run = new SequenceNetwork(loaded).recall(options);
    expect(run).toEqual(new SequenceNetwork(original).recall(options));
    expect(run.summary.exact).toBe(true);
  });
});
