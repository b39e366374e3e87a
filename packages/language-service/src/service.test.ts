import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSource, formatSource } from '@cdam/language';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, type RenameRefusal } from './index.js';

const samples = fileURLToPath(new URL('../../../samples/', import.meta.url));
const URI = 'file:///test.fsa';

/** A service holding `text`, and the position of the `n`th `word` in it (or of its `at`th character). */
function open(text: string) {
  const service = createLanguageService();
  service.update(URI, text, 1);
  const at = (word: string, n = 0, shift = 0): Position => {
    let from = -1;
    for (let i = 0; i <= n; i++) {
      from = text.indexOf(word, from + 1);
      if (from < 0) throw new Error(`no ${n}th '${word}'`);
    }
    const before = text.slice(0, from + shift).split('\n');
    return { line: before.length - 1, character: before.at(-1)!.length };
  };
  return { service, at };
}

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(URI, 'fsa', 1, text), [...edits]);
}

const TURNSTILE = `dfa Turnstile {
  alphabet coin, push
  start locked
  accept locked
  locked -> unlocked on coin
  locked -> locked on push
  unlocked -> locked on push
  unlocked -> unlocked on coin
}

sequence Walk {
  items A, B, A(3)
  loop
  network {
    eta = 1
  }
}
`;

describe('diagnostics', () => {
  const texts: [string, string][] = [
    ...readdirSync(samples)
      .filter((f) => f.endsWith('.fsa'))
      .map((f): [string, string] => [f, readFileSync(samples + f, 'utf8')]),
    ['broken syntax', 'dfa A {\n  alphabet a\n  start q ->\n}\n'],
    ['semantic errors', 'dfa A {\n  alphabet a, b\n  start q\n  q -> r on c\n  accept q\n}\ndfa A {}\n'],
    ['unicode', 'dfa "Ä😀" {\n  alphabet "😀", b\n  start q\n  q -> q on x\n}\n'],
  ];
  for (const [name, text] of texts) {
    it(`match cdam check on ${name}: code, message, severity, 0-based range`, () => {
      const { service } = open(text);
      const expected = checkSource(text).diagnostics.map((d) => ({
        code: d.code,
        message: d.message,
        severity: d.severity === 'error' ? 1 : 2,
        // 1-based line and column (UTF-16 units) to 0-based, as the LSP counts
        range: {
          start: { line: d.span.start.line - 1, character: d.span.start.column - 1 },
          end: { line: d.span.end.line - 1, character: d.span.end.column - 1 },
        },
      }));
      const got = service
        .diagnostics(URI)
        .map(({ code, message, severity, range }) => ({ code, message, severity, range }));
      expect(got).toEqual(expected);
    });
  }

  it('point a duplicate name at its first place with related information', () => {
    const { service, at } = open('dfa A {\n  alphabet a, b, a\n  start q\n  q -> q on a, b\n  accept q\n}\n');
    const duplicate = service.diagnostics(URI).find((d) => d.code === 'FSA206')!;
    expect(duplicate.range.start).toEqual(at(', a', 0, 2));
    expect(duplicate.relatedInformation?.map((r) => r.location.range.start)).toEqual([at('alphabet a', 0, 9)]);
  });

  it('offer did-you-mean hints as quick fixes that apply with one edit', () => {
    const text =
      'dfa A {\n  alphabet coin, push\n  states locked\n  start locked\n  locked -> lockd on psh\n  accept locked\n}\n';
    const { service, at } = open(text);
    const actions = service.codeActions(URI, { start: at('psh'), end: at('psh') });
    expect(actions.map((a) => a.title)).toEqual(['Change to push']);
    const state = service.codeActions(URI, { start: at('lockd'), end: at('lockd') }, undefined);
    expect(state.map((a) => a.title)).toEqual(['Change to locked']);
    const fixed = apply(apply(text, actions[0]!.edit!.changes![URI]!), []);
    const again = createLanguageService();
    again.update(URI, fixed);
    const fixedAll = apply(
      fixed,
      again.codeActions(URI, { start: at('lockd'), end: at('lockd') })[0]!.edit!.changes![URI]!,
    );
    expect(checkSource(fixedAll).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('hover', () => {
  const { service, at } = open(TURNSTILE);
  const value = (p: Position) => {
    const h = service.hover(URI, p);
    return h === null ? '' : (h.contents as { value: string }).value;
  };

  it('on a state tells its automaton, start and accepting, and its transitions in and out', () => {
    const text = value(at('unlocked'));
    expect(text).toContain('**state** `unlocked` of dfa `Turnstile` · not accepting');
    expect(text).toMatch(/Incoming:\n- `locked -> unlocked on coin`\n- `unlocked -> unlocked on coin`/);
    expect(text).toMatch(/Outgoing:\n- `unlocked -> locked on push`\n- `unlocked -> unlocked on coin`/);
    expect(value(at('locked'))).toContain('· start, accepting');
  });

  it('on a symbol lists the transitions that read it', () => {
    expect(value(at('push'))).toMatch(/Read by:\n- `locked -> locked on push`\n- `unlocked -> locked on push`$/);
  });

  it('on an automaton name gives its kind, size and minimal size', () => {
    expect(value(at('Turnstile'))).toBe(
      '**dfa** `Turnstile`: 2 states, 2 symbols, 4 transitions; minimal dfa: 2 states',
    );
  });

  it('on a keyword gives a line of the reference, on a sequence and item their shape', () => {
    expect(value(at('alphabet'))).toMatch(/^\*\*alphabet\*\* \(keyword\): /);
    expect(value(at('Walk'))).toBe('**sequence** `Walk`: 3 items (2 distinct), loops');
    expect(value(at('A(3)'))).toBe('**item** `A` of sequence `Walk`, at positions 1, 3 of 3');
    expect(value(at('eta'))).toMatch(/^\*\*parameter\*\* `eta`: /);
    expect(service.hover(URI, { line: 9, character: 0 })).toBeNull();
  });
});

describe('navigation and rename', () => {
  const { service, at } = open(TURNSTILE);

  it('go to definition and references of a state, in its automaton only', () => {
    expect(service.definition(URI, at('-> locked', 0, 3)).map((l) => l.range.start)).toEqual([at('locked')]);
    expect(service.references(URI, at('unlocked', 1)).map((l) => l.range.start)).toEqual(
      [0, 1, 2, 3].map((n) => at('unlocked', n)),
    );
    expect(service.references(URI, at('unlocked', 1), false)).toHaveLength(3);
    expect(service.documentHighlight(URI, at('coin', 1)).map((h) => [h.range.start, h.kind])).toEqual([
      [at('coin'), 3],
      [at('coin', 1), 2],
      [at('coin', 2), 2],
    ]);
  });

  it('renames every occurrence, quoting a name that needs it', () => {
    const prepared = service.prepareRename(URI, at('coin', 1));
    expect(prepared).toEqual({ range: { start: at('coin', 1), end: at('coin', 1, 4) }, placeholder: 'coin' });
    const edit = service.rename(URI, at('coin', 1), 'a coin');
    expect('refused' in edit).toBe(false);
    const renamed = apply(TURNSTILE, (edit as { changes: Record<string, TextEdit[]> }).changes[URI]!);
    expect(renamed).toContain('alphabet "a coin", push');
    expect(renamed.match(/"a coin"/g)).toHaveLength(3);
    expect(checkSource(renamed).diagnostics).toEqual([]);
  });

  it('refuses a rename onto a name in use, and of what is no name', () => {
    expect((service.rename(URI, at('unlocked'), 'locked') as RenameRefusal).refused).toBe(
      "cannot rename 'unlocked' to 'locked': dfa 'Turnstile' already has a state 'locked'",
    );
    expect((service.rename(URI, at('Walk'), 'Turnstile') as RenameRefusal).refused).toMatch(
      /this file already has a dfa/,
    );
    expect((service.rename(URI, at('B'), '') as RenameRefusal).refused).toBe('a name cannot be empty');
    expect('refused' in service.prepareRename(URI, at('alphabet'))).toBe(true);
    expect('refused' in service.prepareRename(URI, at('eta'))).toBe(true);
  });
});

describe('completion in context', () => {
  const text =
    'dfa A {\n  alphabet coin, push\n  start q0\n  q0 -> q1 on coin\n  q1 -> \n  q1 -> q0 \n  q1 -> q0 on \n  \n  network {\n    \n  }\n}\n\n';
  const { service, at } = open(text);
  const labels = (p: Position) => service.completion(URI, p).map((c) => c.label);

  it('offers states after -> and in start, symbols after on, keywords at a member start', () => {
    expect(labels(at('q1 -> ', 0, 6))).toEqual(['q0', 'q1']);
    expect(labels(at('start q0', 0, 6))).toEqual(['q0', 'q1']);
    expect(labels(at('q1 -> q0 on ', 0, 12))).toEqual(['coin', 'push', '*']);
    expect(labels(at('q1 -> q0 \n', 0, 9))).toEqual(['on']);
    expect(labels(at('\n  \n', 0, 3))).toEqual(['alphabet', 'states', 'start', 'accept', 'network', 'q0', 'q1']);
  });

  it('offers parameter names inside network and declaration keywords at the top level', () => {
    expect(labels(at('{\n    \n', 0, 6))).toContain('neurons');
    expect(labels({ line: 13, character: 0 })).toEqual(['dfa', 'nfa', 'sequence']);
  });
});

describe('outline, folding, formatting, semantic tokens', () => {
  const { service } = open(TURNSTILE);

  it('outlines automata with their states and sequences with their items', () => {
    const outline = service.documentSymbols(URI).map((s) => [s.name, s.detail, s.children?.map((c) => c.name)]);
    expect(outline).toEqual([
      ['Turnstile', 'dfa', ['locked', 'unlocked']],
      ['Walk', 'sequence', ['A', 'B']],
    ]);
    expect(service.workspaceSymbols('LOCK').map((s) => s.name)).toEqual(['locked', 'unlocked']);
    expect(service.foldingRanges(URI).map((f) => [f.startLine, f.endLine])).toEqual([
      [0, 8],
      [10, 16],
      [13, 15],
    ]);
  });

  it('formats as cdam fmt, the whole document and a range of declarations', () => {
    const messy = 'dfa   A{alphabet a\nstart q\nq->q on a   \naccept q}\n\n\nsequence  S { items X,Y }\n';
    const one = createLanguageService();
    one.update(URI, messy);
    expect(apply(messy, one.format(URI))).toBe(formatSource(messy).text);
    const ranged = apply(
      messy,
      one.formatRange(URI, { start: { line: 6, character: 0 }, end: { line: 6, character: 3 } }),
    );
    expect(ranged).toBe('dfa   A{alphabet a\nstart q\nq->q on a   \naccept q}\n\n\nsequence S {\n  items X, Y\n}\n');
    one.update(URI, 'dfa A {');
    expect(one.format(URI)).toEqual([]);
    expect(service.format(URI)).toEqual([]); // already formatted
  });

  it('colours keywords, names by kind and numbers, in order and without overlap', () => {
    const data = service.semanticTokens(URI).data;
    const tokens: [number, number, number, number][] = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      character = data[i]! === 0 ? character + data[i + 1]! : data[i + 1]!;
      tokens.push([line, character, data[i + 2]!, data[i + 3]!]);
    }
    const lines = TURNSTILE.split('\n');
    const text = (t: [number, number, number, number]) => lines[t[0]]!.slice(t[1], t[1] + t[2]);
    const byType = (type: number) => tokens.filter((t) => t[3] === type).map(text);
    expect(byType(0)).toEqual([
      'dfa',
      'alphabet',
      'start',
      'accept',
      'on',
      'on',
      'on',
      'on',
      'sequence',
      'items',
      'loop',
      'network',
    ]);
    expect(byType(1)).toEqual(['3', '1']);
    expect(byType(2)).toEqual([
      'locked',
      'locked',
      'locked',
      'unlocked',
      'locked',
      'locked',
      'unlocked',
      'locked',
      'unlocked',
      'unlocked',
    ]);
    expect(byType(3)).toEqual(['coin', 'push', 'coin', 'push', 'push', 'coin']);
  });
});
