import { diagnostic, NO_SPAN, type Diagnostic, type Span } from '../diagnostics.js';
import { Locator } from '../locator.js';
import type { AutomatonSpec } from '../spec.js';
import { freshName } from './fresh-name.js';
import { importError, type ImportResult } from './import-result.js';
import { readJflapMetadata, type JflapMetadata } from './jflap-metadata.js';
import { childElements, isElement, parseXml, textOf, type XmlElement } from './xml-tree.js';

export interface JflapImportOptions {
  /** The name when the file records none (JFLAP files have none); usually the file name. Default `automaton`. */
  readonly name?: string;
}

/** Children that only pushdown automata, Turing machines or transducers have. */
const FOREIGN_TRANSITION_PARTS = new Set(['pop', 'push', 'write', 'move', 'output', 'transout']);

interface JflapState {
  readonly id: string;
  readonly name: string | undefined;
  readonly initial: boolean;
  readonly final: boolean;
  /** A Moore state's `<output>`, when it has one. */
  readonly output: string | undefined;
}

/**
 * Reads a JFLAP `.jff` finite automaton (JFLAP 7 XML; states and transitions are found under
 * `<automaton>` or directly under `<structure>`, however wrapped). States keep their names
 * (their ids when names are missing or collide); an empty or missing `<read>` is epsilon; a
 * read of several characters means what it means in JFLAP, a chain of one-character transitions
 * through fresh states named `<from>_<read>_<k>`. The alphabet is the sorted set of symbols read.
 * The result is a dfa when there is one initial state, no epsilon and no nondeterminism, else an nfa.
 *
 * A file written by `toJflap` carries `cdam:` comments (`jflap-metadata.ts`); each valid one is
 * used, so such a file reads back as exactly the automaton written: a read equal to a symbol of
 * `cdam:alphabet` is that one symbol, the alphabet keeps its order and unused symbols (symbols read
 * outside it follow, sorted), `cdam:name` wins over `options.name`, `cdam:kind` "nfa" keeps an nfa,
 * `cdam:start` removes the fresh initial state added for several start states (only when it is
 * exactly that), `cdam:start`/`cdam:accept` restore their order, and `cdam:network` the parameters.
 * Other JFLAP types are FSA302; malformed files FSA301. Never throws.
 */
export function importJflap(text: string, options: JflapImportOptions = {}): ImportResult<AutomatonSpec> {
  const xml = parseXml(text);
  if (xml.kind === 'error') return importError([xml.diagnostic]);
  const locator = new Locator(text);
  const at: Place = (element) =>
    element?.offset === undefined ? NO_SPAN : locator.span(element.offset, element.offset + 1 + element.name.length);
  const structure = xml.roots.find((r) => r.name === 'structure') ?? xml.roots.find((r) => r.name === 'automaton');
  if (structure === undefined) {
    return fail(
      'FSA301',
      'not a JFLAP file: there is no <structure> element',
      'export the automaton from JFLAP as a .jff file',
    );
  }
  const type = childElements(structure, 'type')[0];
  const typeName = type === undefined ? 'fa' : textOf(type).trim();
  if (typeName === 're') {
    return fail(
      'FSA302',
      "this JFLAP file holds a regular expression, not an automaton; 'cdam import' reads it as a regex",
      undefined,
      at(type),
    );
  }
  if (typeName !== 'fa' && typeName !== 'mealy' && typeName !== 'moore') {
    return fail(
      'FSA302',
      `JFLAP type '${typeName}' is not supported; only finite automata (type 'fa') and Mealy and Moore machines can be imported`,
      undefined,
      at(type),
    );
  }
  const scope = childElements(structure, 'automaton')[0] ?? structure;
  const found = collect(scope);
  const problems: Diagnostic[] = [];
  const states = readStates(found.states, problems, at);
  const byId = new Map(states.map((s) => [s.id, s]));
  const names = assignNames(states);
  const metadata = readJflapMetadata(text);
  const builder = new SpecBuilder(
    states.map((s) => names.get(s.id) as string),
    metadata.alphabet ?? [],
  );

  found.transitions.forEach((element, i) => {
    const where = `transition ${i + 1}`;
    const from = endpoint(element, 'from', where, byId, problems, at);
    const to = endpoint(element, 'to', where, byId, problems, at);
    const read = readOf(element, where, problems, at, typeName === 'mealy' ? 'transout' : undefined);
    const output = typeName === 'mealy' ? transitionOutput(element, where, problems, at) : undefined;
    if (from !== undefined && to !== undefined && read !== undefined) {
      if (typeName !== 'fa' && !builder.readsOneSymbol(read)) {
        problems.push(
          diagnostic(
            'FSA302',
            at(element),
            `${where} of a ${typeName} machine reads '${read}', several characters; a transducer reads one symbol per transition`,
            'split it into one transition per character',
          ),
        );
      } else if (typeName !== 'mealy' || output !== undefined) {
        builder.add(names.get(from.id) as string, read, names.get(to.id) as string, output);
      }
    }
  });
  const start = states.filter((s) => s.initial).map((s) => names.get(s.id) as string);
  if (states.length > 0 && start.length === 0) {
    problems.push(
      diagnostic('FSA301', at(scope), 'the automaton has no initial state', 'mark one state as initial in JFLAP'),
    );
  }
  if (states.length === 0) problems.push(diagnostic('FSA301', at(scope), 'the automaton has no states'));
  if (typeName === 'moore') {
    for (const s of states) {
      if (s.output === undefined || s.output === '') {
        problems.push(
          diagnostic(
            'FSA301',
            NO_SPAN,
            `state '${names.get(s.id)}' of the moore machine has no <output>`,
            'give every state an output in JFLAP',
          ),
        );
      }
    }
  }
  if (problems.length > 0) return importError(problems);
  const spec = builder.build(
    metadata.name ?? options.name ?? 'automaton',
    start,
    states.filter((s) => s.final).map((s) => names.get(s.id) as string),
    metadata,
  );
  if (typeName === 'fa') return { kind: 'ok', spec };
  const stateOutputs = new Map(states.map((s) => [names.get(s.id) as string, s.output ?? '']));
  return asTransducer(spec, typeName, stateOutputs, metadata.outputs, at(scope));
}

/** The `<transout>` of a Mealy transition, or undefined after reporting that it has none. */
function transitionOutput(element: XmlElement, where: string, problems: Diagnostic[], at: Place): string | undefined {
  const outputs = childElements(element, 'transout');
  const output = outputs.length === 1 ? textOf(outputs[0]) : undefined;
  if (output === undefined || output === '') {
    problems.push(
      diagnostic(
        'FSA302',
        at(element),
        `${where} has no output (<transout>); cdam transducers emit one output per symbol`,
      ),
    );
    return undefined;
  }
  return output;
}

/**
 * A finite automaton read from a Mealy or Moore file, as that transducer: deterministic with one initial
 * state (FSA301 otherwise), all states accepting, outputs as written (the output alphabet from
 * `cdam:outputs` when present, else the outputs used, sorted).
 */
function asTransducer(
  spec: AutomatonSpec,
  kind: 'mealy' | 'moore',
  stateOutputs: ReadonlyMap<string, string>,
  declared: readonly string[] | undefined,
  place: Span,
): ImportResult<AutomatonSpec> {
  if (spec.kind !== 'dfa') {
    return fail(
      'FSA301',
      `the ${kind} machine is not deterministic (one initial state, one transition per state and symbol, no empty reads)`,
      undefined,
      place,
    );
  }
  const used =
    kind === 'mealy'
      ? spec.transitions.flatMap((t) => (t[3] === undefined ? [] : [t[3]]))
      : spec.states.map((name) => stateOutputs.get(name) ?? '');
  const outputAlphabet = declared ?? [...new Set(used)].sort();
  const extra = [...new Set(used)].filter((o) => !outputAlphabet.includes(o)).sort();
  return {
    kind: 'ok',
    spec: {
      ...spec,
      kind,
      accept: [...spec.states],
      outputAlphabet: [...outputAlphabet, ...extra],
      ...(kind === 'moore'
        ? { outputs: Object.fromEntries(spec.states.map((name) => [name, stateOutputs.get(name) ?? ''])) }
        : {}),
    },
  };
}

/** The span of an element's start tag name (`<transition`), or no span for one the parser gave no place. */
type Place = (element: XmlElement | undefined) => Span;

function fail(code: 'FSA301' | 'FSA302', message: string, hint?: string, span: Span = NO_SPAN) {
  return importError([diagnostic(code, span, message, hint)]);
}

/** Finds `<state>` and `<transition>` elements at any depth, without looking inside them. */
function collect(scope: XmlElement): { states: XmlElement[]; transitions: XmlElement[] } {
  const states: XmlElement[] = [];
  const transitions: XmlElement[] = [];
  const stack: XmlElement[] = [scope];
  // Depth-first in document order, with an explicit stack so deep nesting cannot overflow.
  const order: XmlElement[] = [];
  while (stack.length > 0) {
    const element = stack.pop() as XmlElement;
    if (element !== scope && (element.name === 'state' || element.name === 'transition')) {
      order.push(element);
      continue;
    }
    const children = element.children.filter(isElement);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  for (const element of order) (element.name === 'state' ? states : transitions).push(element);
  return { states, transitions };
}

/** An attribute, or else the text of a child element of that name (some writers use elements). */
function field(element: XmlElement, name: string): string | undefined {
  if (Object.hasOwn(element.attributes, name)) return element.attributes[name];
  const child = childElements(element, name)[0];
  return child === undefined ? undefined : textOf(child);
}

function readStates(elements: readonly XmlElement[], problems: Diagnostic[], at: Place): JflapState[] {
  const states: JflapState[] = [];
  const seen = new Set<string>();
  elements.forEach((element, i) => {
    const id = field(element, 'id')?.trim();
    if (id === undefined || id === '') {
      problems.push(
        diagnostic('FSA301', at(element), `state ${i + 1} has no id`, 'give every <state> an id attribute'),
      );
      return;
    }
    if (seen.has(id)) {
      problems.push(
        diagnostic('FSA301', at(element), `state id '${id}' is used twice`, 'give every <state> its own id'),
      );
      return;
    }
    seen.add(id);
    const name = field(element, 'name');
    const initial = childElements(element, 'initial').length > 0;
    const final = childElements(element, 'final').length > 0;
    const output = childElements(element, 'output')[0];
    states.push({
      id,
      name: name === '' ? undefined : name,
      initial,
      final,
      output: output === undefined ? undefined : textOf(output),
    });
  });
  return states;
}

/**
 * Names by id: the state's own name when it has one no other state has, otherwise its id;
 * a clash that remains (an id equal to another state's name) gets a `_2`, `_3`... suffix.
 */
function assignNames(states: readonly JflapState[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const s of states) if (s.name !== undefined) counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
  const hasOwnName = (s: JflapState) => s.name !== undefined && counts.get(s.name) === 1;
  const used = new Set(states.filter(hasOwnName).map((s) => s.name as string));
  const names = new Map<string, string>();
  for (const s of states) {
    if (hasOwnName(s)) names.set(s.id, s.name as string);
    else {
      const name = freshName(s.id, used);
      used.add(name);
      names.set(s.id, name);
    }
  }
  return names;
}

function endpoint(
  element: XmlElement,
  which: 'from' | 'to',
  where: string,
  byId: ReadonlyMap<string, JflapState>,
  problems: Diagnostic[],
  at: Place,
): JflapState | undefined {
  const id = field(element, which)?.trim();
  if (id === undefined) {
    problems.push(diagnostic('FSA301', at(element), `${where} has no <${which}>`));
    return undefined;
  }
  const state = byId.get(id);
  if (state === undefined) {
    const place = at(childElements(element, which)[0] ?? element);
    problems.push(diagnostic('FSA301', place, `${where}: <${which}> names unknown state id '${id}'`));
  }
  return state;
}

/** The string a transition reads (`''` for epsilon), or undefined after reporting why not. */
function readOf(
  element: XmlElement,
  where: string,
  problems: Diagnostic[],
  at: Place,
  allowed?: string,
): string | undefined {
  const foreign = element.children.find(
    (c) => isElement(c) && c.name !== allowed && FOREIGN_TRANSITION_PARTS.has(c.name),
  );
  if (foreign !== undefined && isElement(foreign)) {
    problems.push(
      diagnostic(
        'FSA302',
        at(foreign),
        `${where} has <${foreign.name}>, which finite automata do not have; only type 'fa' is supported`,
      ),
    );
    return undefined;
  }
  const reads = childElements(element, 'read');
  if (reads.length > 1) {
    problems.push(
      diagnostic(
        'FSA301',
        at(reads[1]),
        `${where} has ${reads.length} <read> elements; a finite automaton reads one string`,
      ),
    );
    return undefined;
  }
  if (reads.length === 0) return '';
  if (reads[0].children.some(isElement)) {
    problems.push(diagnostic('FSA301', at(reads[0]), `${where}: <read> contains markup, not a string`));
    return undefined;
  }
  return textOf(reads[0]);
}

/**
 * Accumulates transitions, turning multi-character reads into chains through fresh states,
 * except reads that are one of the `declared` symbols (from `cdam:alphabet`).
 */
class SpecBuilder {
  private readonly states: string[];
  private readonly used: Set<string>;
  private readonly transitions: ([string, string, string] | [string, string, string, string])[] = [];
  private readonly symbols = new Set<string>();
  private readonly declared: ReadonlySet<string>;

  constructor(
    states: readonly string[],
    private readonly alphabet: readonly string[],
  ) {
    this.states = [...states];
    this.used = new Set(states);
    this.declared = new Set(alphabet);
  }

  /** Whether `read` is one symbol (one character, or a declared symbol), not a chain. */
  readsOneSymbol(read: string): boolean {
    return Array.from(read).length <= 1 || this.declared.has(read);
  }

  add(from: string, read: string, to: string, output?: string): void {
    const characters = Array.from(read);
    if (characters.length <= 1 || this.declared.has(read)) {
      this.push(from, read, to, output);
      return;
    }
    let current = from;
    characters.forEach((character, k) => {
      let next = to;
      if (k < characters.length - 1) {
        next = freshName(`${from}_${read}_${k + 1}`, this.used);
        this.used.add(next);
        this.states.push(next);
      }
      this.push(current, character, next);
      current = next;
    });
  }

  build(name: string, start: readonly string[], accept: readonly string[], metadata: JflapMetadata): AutomatonSpec {
    const restored = restoreStarts(
      { states: this.states, transitions: this.transitions, start },
      metadata.start,
      new Set(accept),
    );
    const targets = new Map<string, string>();
    let deterministic = restored.start.length === 1;
    for (const [from, symbol, to] of restored.transitions) {
      if (symbol === '') deterministic = false;
      const key = JSON.stringify([from, symbol]);
      const earlier = targets.get(key);
      if (earlier !== undefined && earlier !== to) deterministic = false;
      targets.set(key, to);
    }
    const extra = [...this.symbols].filter((s) => !this.declared.has(s)).sort();
    return {
      name,
      kind: deterministic && metadata.kind !== 'nfa' ? 'dfa' : 'nfa',
      alphabet: [...this.alphabet, ...extra],
      states: restored.states,
      start: restored.start,
      accept: metadata.accept !== undefined && sameSet(metadata.accept, accept) ? [...metadata.accept] : [...accept],
      transitions: restored.transitions,
      network: metadata.network ?? {},
    };
  }

  private push(from: string, symbol: string, to: string, output?: string): void {
    if (symbol !== '') this.symbols.add(symbol);
    this.transitions.push(output === undefined ? [from, symbol, to] : [from, symbol, to, output]);
  }
}

interface Found {
  readonly states: readonly string[];
  readonly transitions: AutomatonSpec['transitions'];
  readonly start: readonly string[];
}

/**
 * The start states as `listed` by `cdam:start`: the same initial states in the listed order; or,
 * when the one initial state is the fresh state `toJflap` adds for several start states (not listed,
 * not accepting, no transition into it, and exactly one epsilon move to each listed state, in order),
 * the listed states without it. Anything else is left as found.
 */
function restoreStarts(found: Found, listed: readonly string[] | undefined, accepting: ReadonlySet<string>): Found {
  if (listed === undefined) return found;
  if (sameSet(listed, found.start)) return { ...found, start: [...listed] };
  if (found.start.length !== 1) return found;
  const init = found.start[0];
  const states = new Set(found.states);
  if (listed.includes(init) || accepting.has(init) || !listed.every((s) => states.has(s))) return found;
  if (found.transitions.some(([, , to]) => to === init)) return found;
  const moves = found.transitions.filter(([from]) => from === init);
  if (moves.length !== listed.length || moves.some(([, symbol, to], i) => symbol !== '' || to !== listed[i])) {
    return found;
  }
  return {
    states: found.states.filter((s) => s !== init),
    transitions: found.transitions.filter(([from]) => from !== init),
    start: [...listed],
  };
}

/** Whether two lists of distinct names hold the same names. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(b);
  return a.length === b.length && a.every((x) => set.has(x));
}
