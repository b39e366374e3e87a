import type { AutomatonAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics.js';
import { formatName } from '../source-name.js';
import { listNames, quote } from './hints.js';
import { toAutomatonSpec } from '../resolve.js';
import { automatonMembers, keywordSpan, listedNames } from './members.js';

/** Members an automaton may have at most once (FSA212 otherwise). */
const SINGLE_MEMBERS = ['alphabet', 'states', 'start', 'accept', 'network'] as const;

/**
 * The shape of one automaton: repeated members (FSA212), missing or empty alphabet (FSA208),
 * missing start (FSA207), several starts in a dfa (FSA211), no accepting states (FSA243). O(members).
 */
export function checkAutomatonShape(automaton: AutomatonAst): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const owner = quote(automaton.name.value);
  const members = automatonMembers(automaton);
  const isAcceptor = automaton.type === 'dfa' || automaton.type === 'nfa';

  for (const kind of SINGLE_MEMBERS) {
    const [first, ...rest] = automaton.members.filter((m) => m.kind === kind);
    for (const repeat of rest) {
      diagnostics.push(
        diagnostic(
          'FSA212',
          keywordSpan(repeat, kind),
          `${quote(kind)} appears more than once in ${owner}`,
          `merge it into the ${quote(kind)} on line ${first.span.start.line}`,
        ),
      );
    }
  }

  if (members.alphabet.length === 0) {
    const used = [
      ...new Set(
        members.transitions.flatMap((t) => t.labels.flatMap((l) => (l.kind === 'symbol' ? [l.name.value] : []))),
      ),
    ];
    diagnostics.push(
      diagnostic(
        'FSA208',
        automaton.name.span,
        `${owner} has no alphabet`,
        used.length > 0
          ? `add 'alphabet ${listNames(used, Infinity)}' listing the symbols it reads`
          : `add a line such as 'alphabet a, b' listing the symbols it reads`,
      ),
    );
  } else if (members.alphabet.every((a) => a.symbols.length === 0)) {
    diagnostics.push(
      diagnostic(
        'FSA208',
        keywordSpan(members.alphabet[0], 'alphabet'),
        `the alphabet of ${owner} is empty`,
        "list the symbols it reads after the keyword, e.g. 'alphabet a, b'",
      ),
    );
  }

  const declared = listedNames(members.states);
  if (members.start.every((s) => s.states.length === 0)) {
    const candidate = declared[0] ?? members.transitions[0]?.from.value ?? 'q0';
    diagnostics.push(
      diagnostic(
        'FSA207',
        automaton.name.span,
        `${owner} has no start state`,
        `add a line such as 'start ${formatName(candidate)}'`,
      ),
    );
  }

  if (automaton.type !== 'nfa') {
    for (const start of members.start) {
      const distinct = firstOfEach(start.states);
      if (distinct.length < 2) continue;
      diagnostics.push(
        diagnostic(
          'FSA211',
          extraSpan(distinct.slice(1)),
          `${automaton.type} ${owner} has ${distinct.length} start states (${distinct.map((n) => quote(n.value)).join(', ')})`,
          automaton.type === 'dfa'
            ? `a dfa has exactly one start state; keep one, or make ${owner} an nfa`
            : `a ${automaton.type} has exactly one start state; keep one`,
        ),
      );
    }
  }

  // A transducer has no accepting states to declare (all of its states accept).
  if (isAcceptor && members.accept.every((a) => a.states.length === 0)) {
    const states = toAutomatonSpec(automaton).states;
    const candidate = states[states.length - 1];
    diagnostics.push(
      diagnostic(
        'FSA243',
        automaton.name.span,
        `${owner} has no accepting states, so it accepts no input`,
        candidate === undefined
          ? `add a line such as 'accept q1'`
          : `add a line such as 'accept ${formatName(candidate)}'`,
      ),
    );
  }
  return diagnostics;
}

/** The first occurrence of each distinct name, in order. */
function firstOfEach(names: readonly NameAst[]): NameAst[] {
  const seen = new Set<string>();
  return names.filter((n) => !seen.has(n.value) && seen.add(n.value));
}

/** From the first to the last of `names` when they share a line, else just the first. */
function extraSpan(names: readonly NameAst[]): Span {
  const first = names[0].span;
  const last = names[names.length - 1].span;
  return first.start.line === last.end.line ? { start: first.start, end: last.end } : first;
}
