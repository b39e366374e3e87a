import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeclarationAst, FileAst } from '../ast.js';
import { checkFile } from '../check/index.js';
import { NO_SPAN } from '../diagnostics.js';
import { formatFile } from '../format.js';
import { parse } from '../parse.js';
import { toAutomatonSpec, toSequenceSpec } from '../resolve.js';
import type { AutomatonSpec } from '../spec.js';
import { arbAutomatonSpec, arbSequenceSpec } from '../testing/spec-arbitraries.js';
import { walkSpec } from '../testing/spec-fixtures.js';
import { fromAutomatonSpec, fromSequenceSpec } from './from-spec.js';
import { propertyRuns } from '../testing/property-runs.js';

const runs = propertyRuns(100);

const fileOf = (declaration: DeclarationAst): FileAst => ({
  kind: 'file',
  declarations: [declaration],
  comments: [],
  span: NO_SPAN,
});

/** Formats one declaration, parses it back and reports any diagnostics of either step. */
function reparse(declaration: DeclarationAst): { text: string; file: FileAst; errors: string[] } {
  const text = formatFile(fileOf(declaration));
  const { file, diagnostics } = parse(text);
  const all = [...diagnostics, ...checkFile(file)];
  return { text, file, errors: all.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`) };
}

/** Transitions are a relation: the formatter groups them by (from, to), so compare them as a set. */
function normalised(spec: AutomatonSpec): Omit<AutomatonSpec, 'stateSpans'> {
  const { stateSpans: _spans, ...rest } = spec;
  const keyed = new Map(spec.transitions.map((t) => [JSON.stringify(t), t]));
  return {
    ...rest,
    transitions: [...keyed.keys()].sort().map((k) => keyed.get(k) as readonly [string, string, string]),
  };
}

const endsAbb: AutomatonSpec = {
  name: 'Ends abb',
  kind: 'nfa',
  alphabet: ['a', 'b'],
  states: ['q0', 'q1', 'q2', 'q3', 'start'],
  start: ['q0', 'start'],
  accept: ['q3'],
  transitions: [
    ['q0', 'a', 'q0'],
    ['q0', 'a', 'q1'],
    ['q0', 'b', 'q0'],
    ['q1', 'b', 'q2'],
    ['q2', 'b', 'q3'],
    ['q3', '', 'q0'],
    ['q0', 'b', 'q0'],
  ],
  network: { neurons: 512, beta: 0.5, encoding: 'uniform' },
};

describe('fromAutomatonSpec', () => {
  it('groups symbols into one line per (from, to) pair, declares every state and formats as .fsa', () => {
    expect(formatFile(fileOf(fromAutomatonSpec(endsAbb)))).toBe(
      [
        'nfa "Ends abb" {',
        '  alphabet a, b',
        '  states q0, q1, q2, q3, "start"',
        '  start q0, "start"',
        '  accept q3',
        '  q0 -> q0 on a, b',
        '  q0 -> q1 on a',
        '  q1 -> q2 on b',
        '  q2 -> q3 on b',
        '  q3 -> q0 on epsilon',
        '  network {',
        '    neurons = 512',
        '    beta = 0.5',
        '    encoding = uniform',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('uses NO_SPAN everywhere and leaves out empty accept lists', () => {
    const ast = fromAutomatonSpec({ ...endsAbb, accept: [], network: {} });
    expect(ast.span).toBe(NO_SPAN);
    expect(ast.members.map((m) => m.kind)).toEqual([
      'alphabet',
      'states',
      'start',
      'transition',
      'transition',
      'transition',
      'transition',
      'transition',
    ]);
    expect(ast.members.every((m) => m.span === NO_SPAN)).toBe(true);
  });

  it('spec -> .fsa -> spec keeps the automaton (transitions as a set), and the text checks without errors', () => {
    fc.assert(
      fc.property(arbAutomatonSpec(), (spec) => {
        const { text, file, errors } = reparse(fromAutomatonSpec(spec));
        expect(errors, text).toEqual([]);
        const declaration = file.declarations[0];
        expect(declaration.kind).toBe('automaton');
        if (declaration.kind !== 'automaton') return;
        expect(normalised(toAutomatonSpec(declaration))).toEqual(normalised(spec));
      }),
      runs,
    );
  });
});

describe('fromSequenceSpec', () => {
  it('writes items with dwell where it is not 1, loop and network', () => {
    expect(formatFile(fileOf(fromSequenceSpec(walkSpec)))).toBe(
      ['sequence Walk {', '  items A, B, A(3), C', '  loop', '  network {', '    neurons = 2000', '  }', '}', ''].join(
        '\n',
      ),
    );
  });

  it('spec -> .fsa -> spec is the identity', () => {
    fc.assert(
      fc.property(arbSequenceSpec, (spec) => {
        const { text, file, errors } = reparse(fromSequenceSpec(spec));
        expect(errors, text).toEqual([]);
        const declaration = file.declarations[0];
        expect(declaration.kind === 'sequence' && toSequenceSpec(declaration)).toEqual(spec);
      }),
      runs,
    );
  });
});
