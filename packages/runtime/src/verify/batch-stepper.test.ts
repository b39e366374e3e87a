import { createRng } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { Network } from '../network.js';
import { BatchStepper } from './batch-stepper.js';
import { compileText, THIRD_FROM_END } from './test-networks.js';

describe('BatchStepper', () => {
  const network = new Network(compileText(THIRD_FROM_END));
  const { alphabet } = network.compiled.dfa;
  const words = [['1', '0', '1', '1'], ['0'], ['1', '1', '0', '0', '1', '0', '1']];

  /** Steps `word` in column `b` of a stepper whose other columns hold other words. */
  function stepWord(stepper: BatchStepper, b: number, word: string[], noise?: { fraction: number; seed: number }) {
    const rng = noise ? createRng(noise.seed, 'noise') : undefined;
    stepper.loadInitial(b);
    const decoded = [stepper.decode(b)];
    for (const symbol of word) {
      if (rng && noise) stepper.perturb(b, noise.fraction, rng);
      stepper.present(b, alphabet.indexOf(symbol));
      stepper.settle(b + 1);
      decoded.push(stepper.decode(b));
    }
    return decoded;
  }

  it('gives exactly the decoded states and margins of Network.run, in any column', () => {
    const stepper = new BatchStepper(network, 3);
    for (let b = 0; b < 3; b++) {
      for (const word of words) {
        const run = network.run(word);
        const stepped = stepWord(stepper, b, word);
        expect(stepped.map((d) => [d.name, d.margin, d.best])).toEqual(
          run.points.map((pt) => [pt.decoded.name, pt.decoded.margin, pt.decoded.best]),
        );
      }
    }
  });

  it('applies noise exactly as Network.run does with the same noise seed', () => {
    const stepper = new BatchStepper(network, 2);
    for (const word of words) {
      const run = network.run(word, { noise: 0.3, noiseSeed: 99 });
      const stepped = stepWord(stepper, 1, word, { fraction: 0.3, seed: 99 });
      expect(stepped.map((d) => d.margin)).toEqual(run.points.map((pt) => pt.decoded.margin));
    }
  });

  it('continues from saved columns as if the prefix had been run again', () => {
    const stepper = new BatchStepper(network, 2);
    stepWord(stepper, 0, ['1', '0']);
    const saved = stepper.save(1);
    stepper.load(1, saved, 0);
    stepper.present(1, alphabet.indexOf('1'));
    stepper.settle(2);
    expect(stepper.decode(1).margin).toBe(network.run(['1', '0', '1']).points[3].decoded.margin);
  });

  it('rejects a capacity below one', () => {
    expect(() => new BatchStepper(network, 0)).toThrow(RangeError);
  });
});
