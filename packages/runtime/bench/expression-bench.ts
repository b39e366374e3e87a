import { randomDfa, toSpec, type Dfa } from '@cdam/automata';
import { createRng, FileAutomata, findAutomatonSpec } from '@cdam/compiler';
import { checkSource, formatFile, fromAutomatonSpec, NO_SPAN, type AutomatonLikeAst } from '@cdam/language';
import type { ExpressionRow } from './bench-result.js';
import { measure, type TimingPolicy } from './measure.js';

export interface ExpressionPlan {
  /** Nested operators of the regex row. */
  readonly regexOperators: number;
  /** The upper bound of its counted repetitions `{1,m}`. */
  readonly maxBound: number;
  /** States of each operand of the intersection rows. */
  readonly intersectionStates: number;
}

/**
 * A regex of `operators` nested operators over a, b, c: in turn `(e b){1,m}`, `(e | c)`, `(e - a a)`, `(e)*`.
 */
export function nestedRegex(operators: number, maxBound: number): string {
  const steps = [
    (e: string) => `(${e} b){1,${maxBound}}`,
    (e: string) => `(${e} | c)`,
    (e: string) => `(${e} - a a)`,
    (e: string) => `(${e})*`,
  ];
  let e = 'a';
  for (let i = 0; i < operators; i++) e = steps[i % steps.length](e);
  return `regex R over a, b, c = ${e}\n`;
}

/** A file declaring `A` and `B` as written-out dfas and `dfa I = A & B`. */
function intersectionFile(a: Dfa, b: Dfa): string {
  const blocks = [fromAutomatonSpec(toSpec(a, { name: 'A' })), fromAutomatonSpec(toSpec(b, { name: 'B' }))];
  return `${formatFile({ kind: 'file', declarations: blocks, comments: [], span: NO_SPAN })}\ndfa I = A & B\n`;
}

/**
 * Regexes and operations on automata, through the language: the regex row times source text to minimal
 * DFA (parse, check, Thompson construction, determinise, minimise); the intersection rows time building
 * `dfa I = A & B` from two parsed n-state dfas (product construction of the reachable pairs, then
 * minimise). Its cost follows the reachable pairs: two unrelated random DFAs reach most of the n² pairs,
 * two DFAs with the same transitions and different accepting states reach n.
 */
export function benchExpressions(
  plan: ExpressionPlan,
  timing: TimingPolicy,
  log: (line: string) => void,
): ExpressionRow[] {
  const rows: ExpressionRow[] = [];
  const regex = nestedRegex(plan.regexOperators, plan.maxBound);
  let regexStates = 0;
  const timedRegex = measure(() => {
    const found = findAutomatonSpec(checkSource(regex).file, 'R');
    if (!found.ok) throw new Error(found.message);
    regexStates = found.declaration.states.length;
  }, timing);
  rows.push({
    case: `regex, ${plan.regexOperators} nested operators, {1,${plan.maxBound}}`,
    operandStates: 0,
    resultStates: regexStates,
    ms: timedRegex.ms,
    reps: timedRegex.reps,
  });
  log(`regex: ${regexStates} states in ${timedRegex.ms.toFixed(1)} ms`);

  const n = plan.intersectionStates;
  const a = randomDfa(n, 2, createRng(7, 'bench intersection left'));
  const pairs: [string, Dfa][] = [
    ['intersection, same transitions', { ...a, accepting: new Set([...a.accepting].filter((q) => q % 2 === 0)) }],
    ['intersection, unrelated random dfas', randomDfa(n, 2, createRng(8, 'bench intersection right'))],
  ];
  for (const [label, b] of pairs) {
    const file = checkSource(intersectionFile(a, b)).file;
    const target = file.declarations[2] as AutomatonLikeAst;
    let resultStates = 0;
    // a fresh FileAutomata each time: nothing is cached between repetitions
    const timed = measure(
      () => {
        const built = new FileAutomata(file).spec(target);
        if (!built.ok) throw new Error(built.message);
        resultStates = built.spec.states.length;
      },
      label.includes('unrelated') ? { ...timing, warmupReps: 0, minReps: 1, minMs: 0 } : timing,
    );
    rows.push({ case: label, operandStates: n, resultStates, ms: timed.ms, reps: timed.reps });
    log(`${label}: ${resultStates} states in ${timed.ms.toFixed(1)} ms`);
  }
  return rows;
}
