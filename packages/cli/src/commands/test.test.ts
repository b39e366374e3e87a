import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { VENDING_MEALY } from '@cdam/language/testing';
import { memoryIo } from '../testing/index.js';
import { testCommand } from './test.js';

const PASSING = `regex EndsAbb = (a|b)*abb

dfa Even {
  alphabet a, b
  start e
  accept e
  e -> o on a
  o -> e on a
  e -> e on b
  o -> o on b
}

dfa Both = EndsAbb & Even

test AbbEnd on EndsAbb {
  accept "a b b", "b a b b"
  reject "", "a b"
}

test BothEnd on Both {
  accept "a a b b"
  reject "a b b"
}
`;

const FAILING = `regex R = a+
test Wrong on R {
  accept "a"
  reject "a a"
}
`;

describe('cdam test', () => {
  it('compares the output tapes of a transducer, on the automaton and on the network', async () => {
    const pass = `${VENDING_MEALY}\ntest Vend on Vending {\n  "coin coin push" -> "unlock nothing lock"\n}\n`;
    const io = memoryIo({ 'v.fsa': pass });
    expect(await runCli(['test', 'v.fsa', '--json'], io)).toBe(ExitCode.Ok);
    expect(JSON.parse(io.stdout())).toEqual({
      test: 'Vend',
      automaton: 'Vending',
      word: ['coin', 'coin', 'push'],
      expected: ['unlock', 'nothing', 'lock'],
      automatonResult: ['unlock', 'nothing', 'lock'],
      networkResult: ['unlock', 'nothing', 'lock'],
      pass: true,
    });
    const wrong = memoryIo({ 'v.fsa': pass.replace('"unlock nothing lock"', '"unlock nothing unlock"') });
    expect(await runCli(['test', 'v.fsa'], wrong)).toBe(ExitCode.Errors);
    expect(wrong.stdout()).toContain('FAIL (automaton and network)');
    const unknown = memoryIo({ 'v.fsa': pass.replace('"unlock nothing lock"', '"unlock nothing lck"') });
    expect(await runCli(['check', 'v.fsa'], unknown)).toBe(ExitCode.Errors);
    expect(unknown.stdout() + unknown.stderr()).toMatch(
      /error\[FSA231\]: 'lck' is not an output of 'Vending'[\s\S]*did you mean 'lock'/,
    );
  });

  it('runs every row on the automaton and the network and exits 0 when all pass', async () => {
    const io = memoryIo({ 'ok.fsa': PASSING });
    expect(await testCommand(['ok.fsa'], { json: false }, io)).toBe(ExitCode.Ok);
    expect(io.stdout().split('\n')).toEqual([
      'test     word                expected  automaton  network  result',
      'AbbEnd   "a b b"             accept    accept     accept   pass',
      'AbbEnd   "b a b b"           accept    accept     accept   pass',
      'AbbEnd   ε (the empty word)  reject    reject     reject   pass',
      'AbbEnd   "a b"               reject    reject     reject   pass',
      'BothEnd  "a a b b"           accept    accept     accept   pass',
      'BothEnd  "a b b"             reject    reject     reject   pass',
      '6 rows: 6 passed, 0 failed',
      '',
    ]);
    expect(io.stderr()).toBe('');
  });

  it('exits 1 and says which side failed', async () => {
    const io = memoryIo({ 'bad.fsa': FAILING });
    expect(await testCommand(['bad.fsa'], { json: false }, io)).toBe(ExitCode.Errors);
    expect(io.stdout()).toContain('Wrong  "a a"  reject    accept     accept   FAIL (automaton and network)');
    expect(io.stdout()).toContain('2 rows: 1 passed, 1 failed');
  });

  it('--json prints one object per row with exactly the documented keys', async () => {
    const io = memoryIo({ 'bad.fsa': FAILING });
    expect(await testCommand(['bad.fsa'], { json: true }, io)).toBe(ExitCode.Errors);
    expect(
      io
        .stdout()
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual([
      {
        test: 'Wrong',
        automaton: 'R',
        word: ['a'],
        expected: 'accept',
        automatonResult: 'accept',
        networkResult: 'accept',
        pass: true,
      },
      {
        test: 'Wrong',
        automaton: 'R',
        word: ['a', 'a'],
        expected: 'reject',
        automatonResult: 'accept',
        networkResult: 'accept',
        pass: false,
      },
    ]);
  });

  it('exits 1 for a file without tests or with errors, and 2 without files', async () => {
    const io = memoryIo({ 'none.fsa': 'regex R = a\n', 'typo.fsa': 'regex R = a\ntest T on Q {\n  accept "a"\n}\n' });
    expect(await testCommand(['none.fsa'], { json: false }, io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toContain("none.fsa: file has no test; declare one with 'test Name on Automaton");
    const typo = memoryIo({ 'typo.fsa': 'regex R = a\ntest T on Q {\n  accept "a"\n}\n' });
    expect(await testCommand(['typo.fsa'], { json: false }, typo)).toBe(ExitCode.Errors);
    expect(typo.stderr()).toContain("error[FSA220]: no automaton named 'Q'");
    const usage = memoryIo({});
    expect(await runCli(['test'], usage)).toBe(ExitCode.Usage);
  });
});
