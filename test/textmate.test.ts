/**
 * The editor grammar (grammar/fsa.tmLanguage.json) against every sample: it is tokenised the way
 * VS Code does it (vscode-textmate + the oniguruma wasm), and specific tokens must carry the scopes
 * that themes colour.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import vsctm from 'vscode-textmate';
import type { IGrammar, StateStack } from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { parse } from '@cdam/language';
import {
  ARROW,
  COMMENT,
  CONSTANT,
  DECL,
  DECL_NAME,
  ITEM,
  KEYWORD,
  NUMBER,
  PARAMETER,
  SAMPLE_EXPECTATIONS,
  STATE,
  STRING,
  SYMBOL,
  OUTPUT,
} from './textmate-scopes.js';

const require = createRequire(import.meta.url);
const grammarPath = fileURLToPath(new URL('../grammar/fsa.tmLanguage.json', import.meta.url));
const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const sampleFiles = readdirSync(samplesDir)
  .filter((f) => f.endsWith('.fsa'))
  .sort();

interface Token {
  readonly text: string;
  /** 0-based UTF-16 column, like the parser's spans. */
  readonly start: number;
  /** Without the root `source.fsa`. */
  readonly scopes: readonly string[];
}
type Line = readonly Token[];

let grammar: IGrammar;

beforeAll(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) =>
      scopeName === 'source.fsa' ? vsctm.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null,
  });
  const loaded = await registry.loadGrammar('source.fsa');
  if (!loaded) throw new Error('grammar source.fsa did not load');
  grammar = loaded;
});

function tokenize(text: string): Line[] {
  let stack: StateStack = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({
      text: line.slice(t.startIndex, t.endIndex),
      start: t.startIndex,
      scopes: t.scopes.filter((s) => s !== 'source.fsa'),
    }));
  });
}

function sample(file: string): { text: string; lines: Line[] } {
  const text = readFileSync(samplesDir + file, 'utf8');
  return { text, lines: tokenize(text) };
}

/** The tokens of the first line that starts (after indentation) with `fragment`. */
function lineWith(text: string, lines: Line[], fragment: string): Line {
  const index = text.split(/\r?\n/).findIndex((l) => l.trimStart().startsWith(fragment));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(fragment)}`);
  return lines[index];
}

/** The scopes of the `nth` (0-based) token whose text is exactly `tokenText`. */
function scopesOf(line: Line, tokenText: string, nth = 0): readonly string[] {
  const found = line.filter((t) => t.text === tokenText)[nth];
  if (!found)
    throw new Error(`no token #${nth} ${JSON.stringify(tokenText)} in ${JSON.stringify(line.map((t) => t.text))}`);
  return found.scopes;
}

const isMeaningful = (scope: string) => !scope.startsWith('meta.');

describe('fsa.tmLanguage.json on the samples', () => {
  it('has expectations for every sample, and there are at least 10 samples', () => {
    expect(sampleFiles.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(SAMPLE_EXPECTATIONS).sort()).toEqual(sampleFiles);
  });

  describe.each(sampleFiles)('%s', (file) => {
    it('gives the expected scopes to keywords, names, symbols and comments', () => {
      const { text, lines } = sample(file);
      for (const [fragment, token, scope, nth] of SAMPLE_EXPECTATIONS[file] ?? []) {
        expect(scopesOf(lineWith(text, lines, fragment), token, nth), `${fragment} / ${token}`).toContain(scope);
      }
    });

    it('leaves no token without a meaningful scope', () => {
      const { lines } = sample(file);
      const bare = lines.flatMap((line, i) =>
        line
          .filter((t) => t.text.trim() !== '' && !t.scopes.some(isMeaningful))
          .map((t) => `${file}:${i + 1}: ${JSON.stringify(t.text)} [${t.scopes.join(' ')}]`),
      );
      expect(bare).toEqual([]);
    });

    it('scopes whole-line comments as comments and each declaration header', () => {
      const { text, lines } = sample(file);
      text.split(/\r?\n/).forEach((source, i) => {
        const visible = lines[i].filter((t) => t.text.trim() !== '');
        if (source.trimStart().startsWith('//')) {
          for (const t of visible) expect(t.scopes, `${file}:${i + 1}`).toContain(COMMENT);
        }
        if (/^(dfa|nfa|sequence)\b/.test(source)) {
          expect(visible[0].scopes, `${file}:${i + 1}`).toContain(DECL);
          expect(visible[1].scopes, `${file}:${i + 1}`).toContain(DECL_NAME);
        }
      });
    });
  });
});

describe('fsa.tmLanguage.json on other layouts', () => {
  const tokens = (text: string) => tokenize(text);

  it('follows comma-separated lists across lines and comments', () => {
    const lines = tokens('dfa D {\n  alphabet a, // first\n    b,\n    c\n  c -> c on a\n}');
    expect(scopesOf(lines[1], 'a')).toContain(SYMBOL);
    expect(scopesOf(lines[1], ' first')).toContain(COMMENT);
    expect(scopesOf(lines[2], 'b')).toContain(SYMBOL);
    expect(scopesOf(lines[3], 'c')).toContain(SYMBOL);
    expect(scopesOf(lines[4], 'c', 0)).toContain(STATE);
    expect(scopesOf(lines[4], 'a')).toContain(SYMBOL);
  });

  it('scopes block comments, also across lines and inside a transition', () => {
    const lines = tokens('/* one\n two */ nfa N { q /* mid */ -> r on ε }');
    expect(scopesOf(lines[0], '/*')).toContain('comment.block.fsa');
    expect(scopesOf(lines[0], ' one')).toContain('comment.block.fsa');
    expect(scopesOf(lines[1], ' two ')).toContain('comment.block.fsa');
    expect(scopesOf(lines[1], 'nfa')).toContain(DECL);
    expect(scopesOf(lines[1], ' mid ')).toContain('comment.block.fsa');
    expect(scopesOf(lines[1], '->')).toContain(ARROW);
    expect(scopesOf(lines[1], 'r')).toContain(STATE);
    expect(scopesOf(lines[1], 'ε')).toContain(CONSTANT);
  });

  it('scopes escapes inside quoted names, and a quoted keyword as a name', () => {
    const [line] = tokens('dfa "a\\"b\\u{41}" { states "start", q  "start" -> q on "on" }');
    expect(scopesOf(line, '\\"')).toEqual(expect.arrayContaining([DECL_NAME, STRING, 'constant.character.escape.fsa']));
    expect(scopesOf(line, '\\u{41}')).toContain('constant.character.escape.fsa');
    expect(scopesOf(line, 'start', 0)).toContain(STATE);
    expect(scopesOf(line, 'start', 0)).not.toContain(KEYWORD);
    expect(scopesOf(line, 'start', 1)).toContain(STATE);
    expect(scopesOf(line, 'on', 0)).toContain(KEYWORD);
    expect(scopesOf(line, 'on', 1)).toContain(SYMBOL);
  });

  it('scopes unicode identifiers and several parameters on one line', () => {
    const [line] = tokens('dfa Ärger { start größe  größe -> ende on ü  network { beta = 0.5 eta = .1 seed = 1e3 } }');
    expect(scopesOf(line, 'Ärger')).toContain(DECL_NAME);
    expect(scopesOf(line, 'größe', 1)).toContain(STATE);
    expect(scopesOf(line, 'ü')).toContain(SYMBOL);
    expect(scopesOf(line, '0.5')).toContain(NUMBER);
    expect(scopesOf(line, '.1')).toContain(NUMBER);
    expect(scopesOf(line, '1e3')).toContain(NUMBER);
    expect(scopesOf(line, 'seed')).toContain(PARAMETER);
  });

  it('does not take a keyword-prefixed name for a keyword', () => {
    const [line] = tokens('dfa D { start starting  starting -> online on epsilonic }');
    expect(scopesOf(line, 'starting', 0)).toContain(STATE);
    expect(scopesOf(line, 'online')).toContain(STATE);
    expect(scopesOf(line, 'epsilonic')).toContain(SYMBOL);
  });
});

type ParsedFile = ReturnType<typeof parse>['file'];
type Position = ParsedFile['span']['start'];
interface Expected {
  readonly at: Position;
  readonly scope: string;
  readonly what: string;
}

/** Where the parser sees a name, symbol, item, parameter or number, and the scope the editor should show there. */
function expectedFromAst(file: ParsedFile): Expected[] {
  const out: Expected[] = [];
  const add = (at: Position, scope: string, what: string) => out.push({ at, scope, what });
  const addNetwork = (
    parameters: readonly {
      nameSpan: { start: Position };
      name: string;
      value: { kind: string; span: { start: Position } };
    }[],
  ) => {
    for (const p of parameters) {
      add(p.nameSpan.start, PARAMETER, `parameter ${p.name}`);
      if (p.value.kind === 'number') add(p.value.span.start, NUMBER, `value of ${p.name}`);
    }
  };
  for (const decl of file.declarations) {
    add(decl.name.span.start, DECL_NAME, `declaration ${decl.name.value}`);
    if (decl.kind === 'automaton') {
      for (const m of decl.members) {
        if (m.kind === 'alphabet') for (const s of m.symbols) add(s.span.start, SYMBOL, `alphabet symbol ${s.value}`);
        if (m.kind === 'states' || m.kind === 'start' || m.kind === 'accept')
          for (const s of m.states) add(s.span.start, STATE, `${m.kind} ${s.value}`);
        if (m.kind === 'transition') {
          add(m.from.span.start, STATE, `from ${m.from.value}`);
          add(m.to.span.start, STATE, `to ${m.to.value}`);
          for (const l of m.labels)
            add(
              l.span.start,
              l.kind === 'symbol' ? SYMBOL : CONSTANT,
              l.kind === 'symbol' ? `label ${l.name.value}` : l.kind,
            );
        }
        if (m.kind === 'network') addNetwork(m.parameters);
        if (m.kind === 'transition' && m.output) add(m.output.span.start, OUTPUT, `output ${m.output.value}`);
        if (m.kind === 'outputs') for (const o of m.outputs) add(o.span.start, OUTPUT, `output ${o.value}`);
        if (m.kind === 'stateOutput') {
          add(m.state.span.start, STATE, `output state ${m.state.value}`);
          add(m.output.span.start, OUTPUT, `output ${m.output.value}`);
        }
      }
    } else if (decl.kind === 'sequence') {
      for (const m of decl.members) {
        if (m.kind === 'items')
          for (const item of m.items) {
            add(item.name.span.start, ITEM, `item ${item.name.value}`);
            if (item.dwell) add(item.dwell.span.start, NUMBER, `dwell of ${item.name.value}`);
          }
        if (m.kind === 'network') addNetwork(m.parameters);
      }
    }
  }
  for (const c of file.comments)
    add(c.span.start, c.style === 'line' ? COMMENT : 'comment.block.fsa', `comment ${c.text.slice(0, 20)}`);
  return out;
}

/** The token covering a parser position (1-based line and column). */
function tokenAt(lines: Line[], at: Position): Token | undefined {
  return lines[at.line - 1]?.find((t) => t.start <= at.column - 1 && at.column - 1 < t.start + t.text.length);
}

describe('fsa.tmLanguage.json agrees with the parser', () => {
  it.each(sampleFiles)('%s: every name, symbol, item, parameter and comment has its scope', (file) => {
    const { text, lines } = sample(file);
    const parsed = parse(text);
    expect(parsed.diagnostics).toEqual([]);
    const expected = expectedFromAst(parsed.file);
    expect(expected.length).toBeGreaterThan(0);
    const wrong = expected.flatMap(({ at, scope, what }) => {
      const token = tokenAt(lines, at);
      return token?.scopes.includes(scope)
        ? []
        : [`${file}:${at.line}:${at.column} ${what}: want ${scope}, got [${token?.scopes.join(' ') ?? 'no token'}]`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('fsa.tmLanguage.json on the examples of the language reference', () => {
  const reference = readFileSync(fileURLToPath(new URL('../grammar/language-reference.md', import.meta.url)), 'utf8');
  const examples = [...reference.matchAll(/```fsa\n([\s\S]*?)```/g)].map((m) => m[1]);

  it.each(examples.map((text) => [text.split('\n')[0], text]))(
    '%s: every name and comment has its scope',
    (_, text) => {
      const lines = tokenize(text);
      const bare = lines.flatMap((line) => line.filter((t) => t.text.trim() !== '' && !t.scopes.some(isMeaningful)));
      expect(bare).toEqual([]);
      const wrong = expectedFromAst(parse(text).file).filter(({ at, scope }) => {
        return !tokenAt(lines, at)?.scopes.includes(scope);
      });
      expect(wrong).toEqual([]);
    },
  );
});
