import { complete, equivalent, simulateDfa, toDfa, toSpec, type Dfa, type Nfa } from '@cdam/automata';
import { arbDfa, arbNfa, arbWord, propertyRuns } from '@cdam/automata/testing';
import { compileAutomaton } from '@cdam/compiler';
import { importAutomatonJson, importJflap, toAutomatonJson, toJflap, type AutomatonSpec } from '@cdam/language';
import { Network, verifyNetwork, wordCount } from '@cdam/runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Cross-package laws: a compiled network runs exactly like its automaton, and the interchange formats
 * keep the language. Run counts scale with CDAM_PROP_RUNS / CDAM_PROP_RUNS_FACTOR (`pnpm test:long`);
 * a failure prints the seed and path to replay it.
 */

/** The DFA a network of `spec` implements: determinised, then completed with a dead state. */
function implemented(spec: AutomatonSpec): Dfa {
  const result = toDfa(spec);
  if (result.kind !== 'ok') throw new Error('determinising a small automaton cannot overflow');
  return complete(result.dfa);
}

/** An automaton with a few words over its alphabet (symbols it does not know are not generated). */
const withWords = <T extends Dfa | Nfa>(automaton: fc.Arbitrary<T>) =>
  automaton.chain((a) => fc.tuple(fc.constant(a), fc.array(arbWord(a.alphabet, 10), { minLength: 1, maxLength: 12 })));

/**
 * Law: after every input of every word, the network's decoded state is the automaton's state (by name,
 * the dead state included) and the verdicts agree; the start state decodes as the start.
 */
function networkFollowsAutomaton(automaton: Dfa | Nfa, words: readonly (readonly string[])[]): void {
  const spec = toSpec(automaton, { name: 'Generated' });
  const compiled = compileAutomaton(spec);
  if (compiled.kind !== 'ok') throw new Error(`compile failed: ${compiled.error.message}`);
  const network = new Network(compiled.network);
  const dfa = implemented(spec);
  expect(network.run([]).finalState).toBe(dfa.states[dfa.start]);
  const runs = network.runBatch(words);
  words.forEach((word, i) => {
    const expected = simulateDfa(dfa, word);
    expect(runs[i].states).toEqual(expected.trace.slice(1).map((q) => dfa.states[q]));
    expect(runs[i].accepted).toBe(expected.accepted);
  });
}

describe('compiled networks run like their automata', () => {
  it('on generated DFAs (partial rows, unreachable states)', () => {
    fc.assert(
      fc.property(withWords(arbDfa(6)), ([dfa, words]) => networkFollowsAutomaton(dfa, words)),
      propertyRuns(25),
    );
  });

  it('on generated NFAs (epsilon cycles, several or no start states)', () => {
    fc.assert(
      fc.property(withWords(arbNfa(5)), ([nfa, words]) => networkFollowsAutomaton(nfa, words)),
      propertyRuns(25),
    );
  });
});

describe('cdam verify agrees', () => {
  it('finds no mismatch on correctly compiled generated automata, and checks every word up to the depth', () => {
    fc.assert(
      fc.property(fc.oneof(arbDfa(6), arbNfa(5)), (automaton) => {
        const compiled = compileAutomaton(toSpec(automaton, { name: 'Generated' }));
        if (compiled.kind !== 'ok') return false;
        const result = verifyNetwork(new Network(compiled.network), {
          depth: 3,
          samples: 10,
          exhaustive: true,
          random: true,
          maxLength: 30,
          noiseLevels: [],
          robustnessWords: 0,
        });
        if (result.kind !== 'ok') return false;
        const { report } = result;
        return report.failingWords === 0 && report.exhaustiveWords === wordCount(automaton.alphabet.length, 3);
      }),
      propertyRuns(25),
    );
  });
});

/** Law: importing an exported automaton gives the same language (by `equivalent`, not by shape). */
function sameLanguage(before: AutomatonSpec, after: AutomatonSpec): boolean {
  return equivalent(implemented(before), implemented(after)).equal;
}

/** Export needs at least one start state (the formats require it). */
const hasStart = (automaton: Dfa | Nfa) => !('edges' in automaton) || automaton.start.length > 0;
const arbAutomaton = (alphabet?: readonly string[]) =>
  fc
    .oneof(arbDfa(6, alphabet ? { alphabet } : {}), arbNfa(5, alphabet ? { alphabet } : {}))
    .filter(hasStart)
    .map((a) => toSpec(a, { name: 'RoundTrip' }));
const arbCharacterAlphabet = fc.subarray(['a', 'b', '0', '1', 'x'], { minLength: 1, maxLength: 3 });

describe('interchange round trips keep the language', () => {
  it('cdam-automaton JSON', () => {
    fc.assert(
      fc.property(arbAutomaton(), (spec) => {
        const back = importAutomatonJson(toAutomatonJson(spec));
        return back.kind === 'ok' && sameLanguage(spec, back.spec);
      }),
      propertyRuns(50),
    );
  });

  it('JFLAP, for single-character alphabets', () => {
    fc.assert(
      fc.property(
        arbCharacterAlphabet.chain((alphabet) => arbAutomaton(alphabet)),
        (spec) => {
          const back = importJflap(toJflap(spec), { name: spec.name });
          return back.kind === 'ok' && sameLanguage(spec, back.spec);
        },
      ),
      propertyRuns(50),
    );
  });
});
