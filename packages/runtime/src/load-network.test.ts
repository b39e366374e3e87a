import { toArtifact } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { loadNetwork } from './load-network.js';
import { Network } from './network.js';
import { compiled, familyTree } from './testing/fixtures.js';

describe('loadNetwork', () => {
  it.each(['bipolar', 'uniform'] as const)('replays the same trajectory from a %s artifact', (encoding) => {
    const original = new Network(compiled(familyTree, { encoding }));
    const loaded = loadNetwork(toArtifact(original.compiled));
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    const word = ['daughter', 'brother', 'father', 'wife'];
    const before = original.run(word, { recordIterations: true });
    const after = loaded.network.run(word, { recordIterations: true });
    expect(after).toEqual(before);
    expect(after.points.map((p) => p.decoded.name)).toEqual(['Marge', 'Lisa', 'Bart', 'Homer', 'Marge']);
  });

  it('reports a corrupt artifact as an error value', () => {
    const loaded = loadNetwork('{"format":"cdam-network","version":1}');
    expect(loaded).toEqual({ kind: 'error', message: 'invalid cdam-network artifact: name: is missing' });
  });
});
