import type { AutomatonAst, NameAst } from '../ast.js';
import { diagnostic, type Diagnostic, type Span } from '../diagnostics.js';
import { formatName } from '../source-name.js';
import { toAutomatonSpec } from '../resolve.js';
import { didYouMean, listNames, quote } from './hints.js';
import { automatonMembers, keywordSpan } from './members.js';

/**
 * The outputs of transducers (docs: grammar/language-reference.md, "Transducers"):
 * FSA230 a member in the wrong kind of automaton (`outputs`, `output` or `/ OUTPUT` in a dfa or nfa,
 * `output` in a mealy, `/ OUTPUT` in a moore, `accept` in a transducer); FSA231 an output that is not
 * declared (with did-you-mean), or a transducer without `outputs`; FSA232 a Mealy transition without an
 * output or a Moore state without one; FSA233 one Mealy transition or Moore state given two outputs, or
 * an output declared twice. O(members · outputs).
 */
export function checkTransducer(automaton: AutomatonAst): Diagnostic[] {
  const type = automaton.type;
  const owner = quote(automaton.name.value);
  const members = automatonMembers(automaton);
  const diagnostics: Diagnostic[] = [];
  const wrong = (span: Span, what: string, fix: string): void => {
    diagnostics.push(diagnostic('FSA230', span, `${what} in ${type} ${owner}`, fix));
  };

  if (type === 'dfa' || type === 'nfa') {
    const fix = `outputs belong to transducers; declare ${owner} as 'mealy' (outputs on transitions) or 'moore' (outputs on states)`;
    for (const o of members.outputs) wrong(keywordSpan(o, 'outputs'), `'outputs'`, fix);
    for (const o of members.stateOutputs) wrong(keywordSpan(o, 'output'), `'output'`, fix);
    for (const t of members.transitions) if (t.output) wrong(t.output.span, `a transition output`, fix);
    return diagnostics;
  }

  for (const a of members.accept) {
    wrong(
      keywordSpan(a, 'accept'),
      `'accept'`,
      `a ${type} has no accepting states to declare (every state accepts); remove the line`,
    );
  }

  const declared = [...new Set(members.outputs.flatMap((o) => o.outputs.map((name) => name.value)))];
  const seen = new Set<string>();
  for (const list of members.outputs) {
    for (const name of list.outputs) {
      if (!seen.has(name.value)) seen.add(name.value);
      else
        diagnostics.push(
          diagnostic(
            'FSA233',
            name.span,
            `output ${quote(name.value)} is declared twice in ${owner}`,
            'remove the repeat',
          ),
        );
    }
  }
  if (members.outputs.length === 0) {
    const used =
      type === 'mealy'
        ? members.transitions.flatMap((t) => (t.output ? [t.output.value] : []))
        : members.stateOutputs.map((o) => o.output.value);
    const distinct = [...new Set(used)];
    diagnostics.push(
      diagnostic(
        'FSA231',
        automaton.name.span,
        `${type} ${owner} declares no outputs`,
        distinct.length > 0
          ? `add 'outputs ${listNames(distinct, Infinity)}' listing the symbols it emits`
          : `add a line such as 'outputs on, off' listing the symbols it emits`,
      ),
    );
  }
  const checkDeclared = (name: NameAst): void => {
    if (members.outputs.length === 0 || seen.has(name.value)) return;
    const hint = didYouMean(name.value, declared);
    diagnostics.push(
      diagnostic(
        'FSA231',
        name.span,
        `output ${quote(name.value)} is not declared in ${owner}`,
        hint ?? `add it to the 'outputs' line (${listNames(declared)}) or use one of those`,
      ),
    );
  };

  if (type === 'mealy') {
    for (const o of members.stateOutputs) {
      wrong(
        keywordSpan(o, 'output'),
        `'output'`,
        `a mealy emits on transitions ('q0 -> q1 on a / out'); declare ${owner} as 'moore' for state outputs`,
      );
    }
    const outputOf = new Map<string, NameAst>();
    for (const t of members.transitions) {
      if (t.output === undefined) {
        const hint = declared[0] === undefined ? 'OUTPUT' : formatName(declared[0]);
        diagnostics.push(
          diagnostic(
            'FSA232',
            t.to.span,
            `transition from ${quote(t.from.value)} to ${quote(t.to.value)} in mealy ${owner} has no output`,
            `write its output after the symbols, e.g. '... / ${hint}'`,
          ),
        );
        continue;
      }
      checkDeclared(t.output);
      for (const label of t.labels) {
        if (label.kind !== 'symbol') continue;
        const key = JSON.stringify([t.from.value, label.name.value]);
        const earlier = outputOf.get(key);
        if (earlier === undefined) outputOf.set(key, t.output);
        else if (earlier.value !== t.output.value) {
          diagnostics.push(
            diagnostic(
              'FSA233',
              t.output.span,
              `state ${quote(t.from.value)} of mealy ${owner} emits both ${quote(earlier.value)} and ${quote(t.output.value)} on ${quote(label.name.value)}`,
              `a mealy emits one output per state and symbol (the other is on line ${earlier.span.start.line}); keep one`,
            ),
          );
        }
      }
    }
    return diagnostics;
  }

  for (const t of members.transitions) {
    if (t.output) {
      wrong(
        t.output.span,
        `a transition output`,
        `a moore emits on states ('output q1 green'); declare ${owner} as 'mealy' for transition outputs`,
      );
    }
  }
  const spec = toAutomatonSpec(automaton);
  const states = new Set(spec.states);
  const outputOf = new Map<string, NameAst>();
  for (const o of members.stateOutputs) {
    checkDeclared(o.output);
    // With a `states` list, an unknown state is FSA201 from checkStateNames.
    if (!states.has(o.state.value) && members.states.length === 0) {
      diagnostics.push(
        diagnostic(
          'FSA201',
          o.state.span,
          `unknown state ${quote(o.state.value)} in ${owner}`,
          didYouMean(o.state.value, spec.states) ??
            `use a state of ${owner} (${listNames(spec.states)}); states are named by 'states', 'start' and transitions`,
        ),
      );
      continue;
    }
    const earlier = outputOf.get(o.state.value);
    if (earlier === undefined) outputOf.set(o.state.value, o.output);
    else {
      diagnostics.push(
        diagnostic(
          'FSA233',
          o.output.span,
          `state ${quote(o.state.value)} of moore ${owner} has two outputs, ${quote(earlier.value)} and ${quote(o.output.value)}`,
          `a moore state has one output (the other is on line ${earlier.span.start.line}); keep one`,
        ),
      );
    }
  }
  const example = declared[0] === undefined ? 'OUTPUT' : formatName(declared[0]);
  for (const state of spec.states) {
    if (outputOf.has(state)) continue;
    diagnostics.push(
      diagnostic(
        'FSA232',
        spec.stateSpans?.get(state) ?? automaton.name.span,
        `state ${quote(state)} of moore ${owner} has no output`,
        `add 'output ${formatName(state)} ${example}' (every state of a moore has one output)`,
      ),
    );
  }
  return diagnostics;
}
