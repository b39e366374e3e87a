import { diagnostic, type Diagnostic, type Span } from '../diagnostics.js';
import type { AutomatonDocument } from './automaton-json.js';

/**
 * The transducer rules of a `cdam-automaton` document that a schema cannot state: a mealy transition has
 * an output (its fourth element) from `outputAlphabet`, and one output per state and symbol; a moore
 * machine has an output from `outputAlphabet` for every state and none for an unknown state; a dfa or nfa
 * has no fourth elements. Errors are FSA301 at the element at fault. O(size of the document).
 */
export function checkTransducerDocument(document: AutomatonDocument, spanOf: (pointer: string) => Span): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (pointer: string, message: string, hint?: string) =>
    problems.push(diagnostic('FSA301', spanOf(pointer), `${pointer}: ${message}`, hint));
  const outputs = new Set(document.outputAlphabet ?? []);
  const requireOutput = (pointer: string, output: string) => {
    if (!outputs.has(output))
      report(pointer, `output '${output}' is not in outputAlphabet`, `add '${output}' to "outputAlphabet"`);
  };
  if (document.kind === 'dfa' || document.kind === 'nfa') {
    document.transitions.forEach((t, i) => {
      if (t.length > 3)
        report(`/transitions/${i}/3`, `a ${document.kind} transition has no output`, 'use "kind": "mealy"');
    });
    return problems;
  }
  if (document.outputAlphabet === undefined) {
    report('', `a ${document.kind} needs "outputAlphabet"`, 'list the output symbols in "outputAlphabet"');
  }
  if (document.kind === 'mealy') {
    const seen = new Map<string, string>();
    document.transitions.forEach((t, i) => {
      const output = t[3];
      if (output === undefined) {
        report(
          `/transitions/${i}`,
          'a mealy transition needs its output as a fourth element',
          'write [from, symbol, to, output]',
        );
        return;
      }
      requireOutput(`/transitions/${i}/3`, output);
      const key = JSON.stringify([t[0], t[1]]);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, output);
      else if (earlier !== output) {
        report(
          `/transitions/${i}/3`,
          `'${t[0]}' on '${t[1]}' emits both '${earlier}' and '${output}'`,
          'keep one output',
        );
      }
    });
    return problems;
  }
  document.transitions.forEach((t, i) => {
    if (t.length > 3)
      report(`/transitions/${i}/3`, 'a moore transition has no output (outputs belong to states)', 'use "outputs"');
  });
  const stateOutputs = document.outputs ?? {};
  const states = new Set(document.states);
  for (const [state, output] of Object.entries(stateOutputs)) {
    if (!states.has(state)) report(`/outputs/${escapePointer(state)}`, `state '${state}' is not listed in states`);
    else requireOutput(`/outputs/${escapePointer(state)}`, output);
  }
  for (const state of document.states) {
    if (!Object.hasOwn(stateOutputs, state)) {
      report(
        document.outputs === undefined ? '' : '/outputs',
        `state '${state}' has no output`,
        `add "${state}": OUTPUT to "outputs"`,
      );
    }
  }
  return problems;
}

/** A JSON Pointer reference token (RFC 6901). */
function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
