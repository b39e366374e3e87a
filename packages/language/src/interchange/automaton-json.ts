import { diagnostic, type Diagnostic, type Span } from '../diagnostics.js';
import { isTransducerKind, type AutomatonKind, type AutomatonSpec, type SpecTransition } from '../spec.js';
import { checkTransducerDocument } from './transducer-json.js';
import { importError, type ImportResult } from './import-result.js';
import { readJsonDocument } from './json-document.js';
import { printJson } from './json-layout.js';
import { networkFromJson, networkToJson } from './network-json.js';
import { spanAt } from './schema-validation.js';

/**
 * Writes an automaton as a `cdam-automaton` JSON document: two-space indentation,
 * one transition per line; `start` is a string for a dfa (or transducer) with one start state and an
 * array otherwise; `network` only when there are parameters. A transducer is version 2 with
 * `outputAlphabet` (and, for a Moore machine, `outputs`); a dfa or nfa stays version 1.
 * Runs in O(size of the spec).
 */
export function toAutomatonJson(spec: AutomatonSpec): string {
  const transducer = isTransducerKind(spec.kind);
  return printJson({
    format: 'cdam-automaton',
    version: transducer ? 2 : 1,
    name: spec.name,
    kind: spec.kind,
    alphabet: spec.alphabet,
    states: spec.states,
    start: spec.kind !== 'nfa' && spec.start.length === 1 ? spec.start[0] : spec.start,
    accept: spec.accept,
    transitions: spec.transitions,
    ...(transducer ? { outputAlphabet: spec.outputAlphabet ?? [] } : {}),
    ...(spec.kind === 'moore' ? { outputs: spec.outputs ?? {} } : {}),
    network: networkToJson(spec.network),
  });
}

export interface AutomatonDocument {
  readonly name: string;
  readonly kind: AutomatonKind;
  readonly alphabet: readonly string[];
  readonly states: readonly string[];
  readonly start: string | readonly string[];
  readonly accept: readonly string[];
  readonly transitions: readonly SpecTransition[];
  readonly outputAlphabet?: readonly string[];
  readonly outputs?: Readonly<Record<string, string>>;
}

/**
 * Reads a `cdam-automaton` JSON document: JSON syntax, the published schema, then the rules a
 * schema cannot state (named states listed, symbols in the alphabet or epsilon, a dfa has one
 * start state, no epsilon and no two targets for one state and symbol). An invalid `network`
 * field is ignored. Never throws; errors are FSA301/FSA302 diagnostics placed in `text`.
 */
export function importAutomatonJson(text: string): ImportResult<AutomatonSpec> {
  const read = readJsonDocument(text, 'cdam-automaton');
  if (read.kind === 'error') return read;
  const document = read.document as unknown as AutomatonDocument;
  const problems = checkAutomatonDocument(document, (pointer) => spanAt(read.spans, pointer));
  if (problems.length > 0) return importError(problems);
  return {
    kind: 'ok',
    spec: {
      name: document.name,
      kind: document.kind,
      alphabet: [...document.alphabet],
      states: [...document.states],
      start: typeof document.start === 'string' ? [document.start] : [...document.start],
      accept: [...document.accept],
      transitions: document.transitions.map((t): SpecTransition =>
        document.kind === 'mealy' ? ([...t] as SpecTransition) : [t[0], t[1], t[2]],
      ),
      ...(isTransducerKind(document.kind) ? { outputAlphabet: [...(document.outputAlphabet ?? [])] } : {}),
      ...(document.kind === 'moore' ? { outputs: Object.fromEntries(Object.entries(document.outputs ?? {})) } : {}),
      network: networkFromJson(read.document),
    },
  };
}

/** The semantic rules of the format, for a document that already matches the schema. */
function checkAutomatonDocument(document: AutomatonDocument, spanOf: (pointer: string) => Span): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const states = new Set(document.states);
  const alphabet = new Set(document.alphabet);
  const report = (pointer: string, message: string, hint?: string) =>
    problems.push(diagnostic('FSA301', spanOf(pointer), `${pointer}: ${message}`, hint));
  const requireState = (pointer: string, name: string) => {
    if (!states.has(name)) report(pointer, `state '${name}' is not listed in states`, `add '${name}' to "states"`);
  };

  if (typeof document.start === 'string') requireState('/start', document.start);
  else document.start.forEach((name, i) => requireState(`/start/${i}`, name));
  if (document.kind !== 'nfa' && typeof document.start !== 'string' && document.start.length > 1) {
    report(
      '/start',
      `a ${document.kind} has exactly one start state, not ${document.start.length}`,
      'use "kind": "nfa"',
    );
  }
  problems.push(...checkTransducerDocument(document, spanOf));
  document.accept.forEach((name, i) => requireState(`/accept/${i}`, name));

  const targets = new Map<string, { readonly to: string; readonly index: number }>();
  document.transitions.forEach(([from, symbol, to], i) => {
    requireState(`/transitions/${i}/0`, from);
    requireState(`/transitions/${i}/2`, to);
    if (symbol !== '' && !alphabet.has(symbol)) {
      report(`/transitions/${i}/1`, `symbol '${symbol}' is not in the alphabet`, `add '${symbol}' to "alphabet"`);
    }
    if (document.kind === 'nfa') return;
    if (symbol === '') {
      report(`/transitions/${i}/1`, `epsilon ("") transition in a ${document.kind}`, 'use "kind": "nfa"');
      return;
    }
    const key = JSON.stringify([from, symbol]);
    const earlier = targets.get(key);
    if (earlier === undefined) targets.set(key, { to, index: i });
    else if (earlier.to !== to) {
      report(
        `/transitions/${i}`,
        `dfa is not deterministic: '${from}' on '${symbol}' goes to '${earlier.to}' (/transitions/${earlier.index}) and to '${to}'`,
        'use "kind": "nfa", or remove one of the transitions',
      );
    }
  });
  return problems;
}
