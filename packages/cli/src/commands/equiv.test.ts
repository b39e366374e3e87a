import { toAutomatonJson, toJflap, parse } from '@cdam/language';
import { findAutomatonSpec } from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { runCli } from '../program.js';
import { memoryIo, SYNTAX_ERROR, TWO_AUTOMATA } from '../testing/index.js';
import { equivCommand, type EquivJson } from './equiv.js';

/** (a|b)*abb as the textbook nfa and as a minimal dfa; and a dfa that also accepts "bb". */
const NFA = `nfa EndsAbb {
  alphabet a, b
  start 0
  accept 3
  0 -> 0 on a, b
  0 -> 1 on a
  1 -> 2 on b
  2 -> 3 on b
}
`;
const DFA = `dfa Abb {
  alphabet a, b
  start s
  accept s3
  s -> s1 on a
  s -> s on b
  s1 -> s1 on a
  s1 -> s2 on b
  s2 -> s1 on a
  s2 -> s3 on b
  s3 -> s1 on a
  s3 -> s on b
}
`;
const LOOSE = `dfa Bb {
  alphabet a, b
  start s
  accept t
  s -> s on a
  s -> m on b
  m -> t on b
  m -> s on a
  t -> s on a
  t -> t on b
}
`;
/** Accepts exactly the empty word, over a different alphabet. */
const EMPTY_ONLY = `dfa Nothing {
  alphabet x
  start e
  accept e
}
`;
const TWO_DFAS = `dfa Fast {
  alphabet a
  start p
  accept p
  p -> p on a
}
dfa Small {
  alphabet a
  start q
  accept q
  q -> r on a
  r -> q on a
}
`;

/** The 17th symbol from the end is `a`: its DFA needs 2^17 states, above the determinising limit. */
const far = (name: string) =>
  `nfa ${name} {\n  alphabet a, b\n  start 0\n  accept 17\n  0 -> 0 on a, b\n  0 -> 1 on a\n` +
  Array.from({ length: 16 }, (_, i) => `  ${i + 1} -> ${i + 2} on a, b\n`).join('') +
  '}\n';

function specOf(text: string, name?: string) {
  const found = findAutomatonSpec(parse(text).file, name);
  if (!found.ok) throw new Error(found.message);
  return found.declaration;
}

const files = {
  'nfa.fsa': NFA,
  'dfa.fsa': DFA,
  'loose.fsa': LOOSE,
  'empty.fsa': EMPTY_ONLY,
  'two.fsa': TWO_DFAS,
  'parity.fsa': TWO_AUTOMATA,
  'broken.fsa': SYNTAX_ERROR,
  'far.fsa': far('Far'),
  'far-copy.fsa': far('FarCopy'),
  'nfa.json': toAutomatonJson(specOf(NFA)),
  'abb.jff': toJflap(specOf(DFA)),
  'walk.json': `{"format":"cdam-sequence","version":1,"name":"Walk","items":["A","B"],"loop":false}`,
};

async function equiv(a: string, b: string, automata: string[] = [], json = false) {
  const io = memoryIo(files);
  const code = await equivCommand(a, b, { automata, json }, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('cdam equiv', () => {
  it('exits 0 for the same language written as an nfa and as a dfa', async () => {
    const { code, stdout, stderr } = await equiv('nfa.fsa', 'dfa.fsa');
    expect(code).toBe(ExitCode.Ok);
    expect(stdout).toBe('equivalent: nfa.fsa and dfa.fsa accept the same language\n');
    expect(stderr).toBe('');
  });

  it('prints a shortest word accepted by exactly one side, and which one', async () => {
    const { code, stdout } = await equiv('dfa.fsa', 'loose.fsa');
    expect(code).toBe(ExitCode.Errors);
    expect(stdout).toBe('not equivalent: "b b" is accepted by loose.fsa but not by dfa.fsa\n');
  });

  it('--json gives {equivalent, counterexample, acceptedBy} with the file path', async () => {
    const different = JSON.parse((await equiv('loose.fsa', 'dfa.fsa', [], true)).stdout) as EquivJson;
    expect(different).toEqual({
      equivalent: false,
      counterexample: ['b', 'b'],
      acceptedBy: 'loose.fsa',
      acceptedBySide: 'left',
      left: { file: 'loose.fsa', automaton: 'Bb' },
      right: { file: 'dfa.fsa', automaton: 'Abb' },
    });
    const same = JSON.parse((await equiv('nfa.fsa', 'dfa.fsa', [], true)).stdout) as EquivJson;
    expect(same).toMatchObject({ equivalent: true, counterexample: null, acceptedBy: null, acceptedBySide: null });
  });

  it('shows the empty word as such, and handles alphabets that differ', async () => {
    const { code, stdout } = await equiv('dfa.fsa', 'empty.fsa');
    expect(code).toBe(ExitCode.Errors);
    expect(stdout).toBe('not equivalent: ε (the empty word) is accepted by empty.fsa but not by dfa.fsa\n');
    const json = JSON.parse((await equiv('empty.fsa', 'dfa.fsa', [], true)).stdout) as EquivJson;
    expect(json.counterexample).toEqual([]);
  });

  it('reads cdam JSON and JFLAP files', async () => {
    expect((await equiv('nfa.json', 'abb.jff')).code).toBe(ExitCode.Ok);
    expect((await equiv('abb.jff', 'loose.fsa')).stdout).toBe(
      'not equivalent: "b b" is accepted by loose.fsa but not by abb.jff\n',
    );
  });

  it('takes --automaton once for both files, or twice for one each, naming the automata in one file', async () => {
    const { code, stdout } = await equiv('two.fsa', 'two.fsa', ['Fast', 'Small']);
    expect(code).toBe(ExitCode.Errors);
    expect(stdout).toBe(`not equivalent: "a" is accepted by 'Fast' in two.fsa but not by 'Small' in two.fsa\n`);
    expect((await equiv('parity.fsa', 'parity.fsa', ['Even'])).code).toBe(ExitCode.Ok);
    // A JFLAP side ignores a name meant for both files; a name for that side alone must match.
    expect((await equiv('dfa.fsa', 'abb.jff', ['Abb'])).code).toBe(ExitCode.Ok);
    const wrong = await equiv('dfa.fsa', 'abb.jff', ['Abb', 'Other']);
    expect(wrong.code).toBe(ExitCode.Errors);
    expect(wrong.stderr).toBe(`cdam: abb.jff: the automaton in this file is 'Abb', not 'Other'\n`);
  });

  it('exits 1 (as every command) for a missing file, a file with errors, an unknown automaton or a sequence', async () => {
    for (const [a, b, names, message] of [
      ['missing.fsa', 'dfa.fsa', [], /cannot read 'missing\.fsa'/],
      ['dfa.fsa', 'broken.fsa', [], /broken\.fsa:\d+:\d+: error\[FSA/],
      ['two.fsa', 'dfa.fsa', [], /choose one with --automaton/],
      ['two.fsa', 'two.fsa', ['Fats'], /no automaton named 'Fats'; did you mean 'Fast'\?/],
      ['walk.json', 'dfa.fsa', [], /holds the sequence 'Walk', not an automaton/],
    ] as const) {
      const { code, stdout, stderr } = await equiv(a, b, [...names]);
      expect(code).toBe(ExitCode.Errors);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    }
    const usage = await equiv('dfa.fsa', 'dfa.fsa', ['a', 'b', 'c']);
    expect(usage.code).toBe(ExitCode.Usage);
    expect(usage.stderr).toMatch(/at most twice/);
  });

  it('answers equivalent at once for the same automaton, even one too big to determinise', async () => {
    const same = await equiv('far.fsa', 'far.fsa');
    expect(same).toEqual({
      code: ExitCode.Ok,
      stdout: "equivalent: 'Far' in far.fsa and 'Far' in far.fsa accept the same language\n",
      stderr: '',
    });
    const renamed = await equiv('far.fsa', 'far-copy.fsa', [], true);
    expect(renamed.code).toBe(ExitCode.Ok);
    expect(JSON.parse(renamed.stdout)).toEqual({
      equivalent: true,
      counterexample: null,
      acceptedBy: null,
      acceptedBySide: null,
      left: { file: 'far.fsa', automaton: 'Far' },
      right: { file: 'far-copy.fsa', automaton: 'FarCopy' },
    });
  });

  it('exits 1 naming the automaton too big to determinise, and what to do', async () => {
    const { code, stdout, stderr } = await equiv('dfa.fsa', 'far.fsa');
    expect(code).toBe(ExitCode.Errors);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "cdam: far.fsa: determinising 'Far' needs more than 100000 states; minimise or shrink 'Far' " +
        '(fewer states or nondeterministic choices), or compare smaller automata\n',
    );
  });

  it('is reached through the program, collecting repeated --automaton flags', async () => {
    const io = memoryIo(files);
    const code = await runCli(
      ['equiv', 'two.fsa', 'two.fsa', '--automaton', 'Small', '--automaton', 'Fast', '--json'],
      io,
    );
    expect(code).toBe(ExitCode.Errors);
    expect(JSON.parse(io.stdout())).toMatchObject({
      counterexample: ['a'],
      acceptedBy: 'two.fsa',
      acceptedBySide: 'right',
    });
    const usage = memoryIo(files);
    expect(await runCli(['equiv', 'dfa.fsa'], usage)).toBe(ExitCode.Usage);
  });
});

describe('cdam equiv on a compiled network', () => {
  it('says the artifact is not an automaton document and what to compare instead, without printing it', async () => {
    const io = memoryIo({ 'two.fsa': TWO_AUTOMATA });
    expect(await runCli(['compile', 'two.fsa', '--automaton', 'Even', '-o', 'even.cdam.json'], io)).toBe(ExitCode.Ok);
    expect(await runCli(['equiv', 'even.cdam.json', 'two.fsa', '--automaton', 'Even'], io)).toBe(ExitCode.Errors);
    expect(io.stderr()).toBe(
      'cdam: even.cdam.json: is a compiled network (cdam-network), not an automaton; compare the .fsa it was ' +
        "compiled from, or a document from 'cdam export --format json'\n",
    );
  });
});
