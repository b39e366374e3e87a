import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { memoryIo } from '../testing/index.js';
import { equivCommand } from './equiv.js';
import { VENDING_MEALY as VENDING } from '@cdam/language/testing';

// The same machine with a redundant copy of the locked state: equivalent.
const BIGGER = `mealy Bigger {
  alphabet coin, push
  outputs unlock, lock, nothing
  start locked
  locked -> unlocked on coin / unlock
  locked -> locked2 on push / nothing
  locked2 -> unlocked on coin / unlock
  locked2 -> locked on push / nothing
  unlocked -> unlocked on coin / nothing
  unlocked -> locked2 on push / lock
}
`;

const files = {
  'v.fsa': VENDING,
  'b.fsa': BIGGER,
  'w.fsa': VENDING.replace('on push / lock', 'on push / nothing'),
  'd.fsa': `dfa D {\n  alphabet coin\n  start s\n  accept s\n  s -> s on coin\n}\n`,
};

describe('cdam equiv on transducers', () => {
  it('equal output tapes on every word: equivalent, exit 0', async () => {
    const io = memoryIo(files);
    expect(await equivCommand('v.fsa', 'b.fsa', {}, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toBe('equivalent: v.fsa and b.fsa give the same output on every word\n');
  });

  it('a shortest word with different tapes, in text and JSON, exit 1', async () => {
    const io = memoryIo(files);
    expect(await equivCommand('v.fsa', 'w.fsa', {}, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toBe(
      'not equivalent: on "coin push" v.fsa gives "unlock lock" but w.fsa gives "unlock nothing"\n',
    );
    const json = memoryIo(files);
    expect(await equivCommand('v.fsa', 'w.fsa', { json: true }, json)).toBe(ExitCode.Errors);
    expect(JSON.parse(json.stdout())).toEqual({
      equivalent: false,
      counterexample: ['coin', 'push'],
      outputs: { left: ['unlock', 'lock'], right: ['unlock', 'nothing'] },
      left: { file: 'v.fsa', automaton: 'Vending' },
      right: { file: 'w.fsa', automaton: 'Vending' },
    });
  });

  it('a transducer and an acceptor cannot be compared: usage error, exit 2', async () => {
    const io = memoryIo(files);
    expect(await equivCommand('v.fsa', 'd.fsa', {}, io)).toBe(ExitCode.Usage);
    expect(io.stderr()).toContain("'D' is a dfa and 'Vending' a mealy; a transducer compares only with a transducer");
  });
});
