import { equivalent, toDfa, type Dfa } from '@cdam/automata';
import { findAutomatonSpec } from '@cdam/compiler';
import { checkSource, importInterchange, type AutomatonSpec } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { ExitCode } from '../exit-code.js';
import { memoryIo } from '../testing/index.js';
import { exportCommand, type ExportFormat } from './export.js';

const SOURCE = `dfa Even {
  alphabet a, b, c
  start e
  accept e
  e -> o on a
  o -> e on a
  e -> e on b, c
  o -> o on b, c
}

regex EndsAbb = (a|b)*abb
regex Counted over a, b, c = (a b?){2,4} c* | !(. .)
dfa Both = Even & @EndsAbb
nfa Rev = reverse(Counted) - Even
dfa Min = minimise(Counted | Both)
`;

function dfaOf(spec: AutomatonSpec): Dfa {
  const result = toDfa(spec);
  if (result.kind !== 'ok') throw new Error('too large');
  return result.dfa;
}

function original(name: string): Dfa {
  const found = findAutomatonSpec(checkSource(SOURCE).file, name);
  if (!found.ok) throw new Error(found.message);
  return dfaOf(found.declaration);
}

/** What a written file reads back as: .fsa through the language, the others through import. */
function readBack(text: string, format: ExportFormat, name: string): Dfa {
  if (format === 'fsa') {
    const checked = checkSource(text);
    expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const found = findAutomatonSpec(checked.file, name);
    if (!found.ok) throw new Error(found.message);
    return dfaOf(found.declaration);
  }
  const imported = importInterchange(text, format === 'json' ? `${name}.json` : `${name}.jff`);
  if (imported.kind !== 'ok' || imported.format === 'cdam-sequence' || imported.format === 'jflap-re') {
    throw new Error('import failed');
  }
  return dfaOf(imported.spec);
}

describe('cdam export of regexes and derived automata', () => {
  for (const name of ['EndsAbb', 'Counted', 'Both', 'Rev', 'Min']) {
    for (const format of ['fsa', 'json', 'jff'] as const) {
      for (const transform of [{}, { determinise: true }, { minimise: true }]) {
        it(`${name} as ${format} ${JSON.stringify(transform)} imports back to the same language`, async () => {
          const io = memoryIo({ 'd.fsa': SOURCE });
          expect(await exportCommand('d.fsa', { format, automaton: name, ...transform }, io)).toBe(ExitCode.Ok);
          expect(equivalent(readBack(io.stdout(), format, name), original(name))).toEqual({ equal: true });
        });
      }
    }
  }

  it('writes an explicit machine: --minimise gives the minimal dfa, dot draws it', async () => {
    const io = memoryIo({ 'd.fsa': SOURCE });
    expect(await exportCommand('d.fsa', { format: 'fsa', automaton: 'EndsAbb', minimise: true }, io)).toBe(ExitCode.Ok);
    expect(io.stdout()).toMatch(/^dfa EndsAbb \{\n  alphabet a, b\n  states q0, q1, q2, q3\n  start q0\n  accept q3\n/);
    const dot = memoryIo({ 'd.fsa': SOURCE });
    expect(await exportCommand('d.fsa', { format: 'dot', automaton: 'Rev' }, dot)).toBe(ExitCode.Ok);
    expect(dot.stdout()).toMatch(/^digraph/);
  });
});
