import { automatonOutputs } from '@cdam/automata';
import { compileAutomaton, evaluateTestRow, FileAutomata, testMachine } from '@cdam/compiler';
import type { AutomatonSpec, TestAst, TestRowAst } from '@cdam/language';
import { Network, networkOutputs } from '@cdam/runtime';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { reportCompileError } from '../load-network.js';
import { parseWord } from '../parse-word.js';
import { readCheckedFile } from '../read-checked-file.js';
import { formatTable } from '../table.js';
import { visiblePath } from '../visible-path.js';
import { formatWord } from './word-text.js';

export interface TestCommandOptions {
  readonly json: boolean;
}

type Verdict = 'accept' | 'reject';
/** A transducer's output tape: one output symbol per input (null where none is emitted). */
type Outputs = readonly (string | null)[];

/** One row of a test, run on the automaton and on its compiled network: a verdict, or an output tape. */
interface RowOutcome {
  readonly test: string;
  readonly automaton: string;
  readonly word: readonly string[];
  readonly expected: Verdict | Outputs;
  readonly automatonResult: Verdict | Outputs;
  readonly networkResult: Verdict | Outputs;
  readonly pass: boolean;
}

const same = (a: Verdict | Outputs, b: Verdict | Outputs) => JSON.stringify(a) === JSON.stringify(b);

/** The automaton a test names, built, compiled and ready to run; or undefined after reporting why not. */
interface Target {
  readonly spec: AutomatonSpec;
  readonly machine: ReturnType<typeof testMachine>;
  readonly network: Network;
}

const verdict = (accepted: boolean): Verdict => (accepted ? 'accept' : 'reject');

/**
 * `cdam test FILE... [--json]`: runs every row of every `test` block on the automaton it names (by
 * `evaluateTestRow`, from the spec alone) and on that automaton's compiled network. Text: a table (test,
 * word, expected, automaton, network, result) where a failing row says which side failed, then a
 * summary. JSON: one object per row and line, keys `test, automaton, word, expected, automatonResult,
 * networkResult, pass`. Exit 0 when every row passes; 1 when any row fails, a file has errors or no
 * test, or an automaton cannot be built or compiled.
 */
export async function testCommand(files: readonly string[], options: TestCommandOptions, io: Io): Promise<ExitCode> {
  const outcomes: RowOutcome[] = [];
  let problems = 0;
  for (const fileName of files) {
    const checked = await readCheckedFile(io, fileName);
    if (!checked.ok) {
      problems++;
      continue;
    }
    const tests = checked.file.declarations.filter((d): d is TestAst => d.kind === 'test');
    if (tests.length === 0) {
      io.err(
        `cdam: ${visiblePath(fileName)}: file has no test; declare one with 'test Name on Automaton { accept "w"  reject "v" }'\n`,
      );
      problems++;
      continue;
    }
    const automata = new FileAutomata(checked.file);
    const targets = new Map<string, Target | undefined>();
    const targetOf = (name: string): Target | undefined => {
      if (!targets.has(name)) targets.set(name, prepare(io, fileName, automata, name, checked.source));
      return targets.get(name);
    };
    for (const test of tests) {
      const target = targetOf(test.target.value);
      if (target === undefined) {
        problems++;
        continue;
      }
      for (const row of test.rows) {
        const outcome = runRow(test, row, target);
        if (outcome.ok) {
          outcomes.push(outcome.row);
        } else {
          io.err(`cdam: ${visiblePath(fileName)}:${outcome.line}: test '${test.name.value}': ${outcome.message}\n`);
          problems++;
        }
      }
    }
  }
  if (options.json) {
    for (const o of outcomes) io.out(`${JSON.stringify(o)}\n`);
  } else if (outcomes.length > 0) {
    io.out(formatTable(['test', 'word', 'expected', 'automaton', 'network', 'result'], outcomes.map(textRow)));
    const failed = outcomes.filter((o) => !o.pass).length;
    io.out(`${outcomes.length} rows: ${outcomes.length - failed} passed, ${failed} failed\n`);
  }
  return problems > 0 || outcomes.some((o) => !o.pass) ? ExitCode.Errors : ExitCode.Ok;
}

/**
 * One row on the automaton (from its spec alone) and on the network: a verdict row compares verdicts; an
 * output row (`"w" -> "o1 o2"`, transducers only; `cdam check` reports it elsewhere) compares output tapes.
 */
function runRow(
  test: TestAst,
  row: TestRowAst,
  target: Target,
): { ok: true; row: RowOutcome } | { ok: false; line: number; message: string } {
  const parsed = parseWord(row.word.value, target.spec.alphabet);
  if (!parsed.ok) return { ok: false, line: row.word.span.start.line, message: parsed.message };
  const word = parsed.symbols;
  const base = { test: test.name.value, automaton: target.spec.name, word };
  if (row.kind === 'verdict') {
    const automatonResult = verdict(evaluateTestRow(target.spec, word, target.machine).accepted);
    const networkResult = verdict(target.network.run(word).accepted);
    const pass = automatonResult === row.expected && networkResult === row.expected;
    return { ok: true, row: { ...base, expected: row.expected, automatonResult, networkResult, pass } };
  }
  const automatonResult = automatonOutputs(target.spec, word);
  if (automatonResult === undefined) {
    return { ok: false, line: row.span.start.line, message: `'${target.spec.name}' has no outputs to compare` };
  }
  const expected = parseWord(row.outputs.value, target.spec.outputAlphabet ?? []);
  if (!expected.ok) return { ok: false, line: row.outputs.span.start.line, message: expected.message };
  const networkResult = networkOutputs(target.network, word);
  const pass = same(automatonResult, expected.symbols) && same(networkResult, expected.symbols);
  return { ok: true, row: { ...base, expected: expected.symbols, automatonResult, networkResult, pass } };
}

const resultText = (r: Verdict | Outputs) => (typeof r === 'string' ? r : formatWord(r.map((o) => o ?? '-')));

function textRow(o: RowOutcome): string[] {
  const automatonWrong = !same(o.automatonResult, o.expected);
  const networkWrong = !same(o.networkResult, o.expected);
  const result = o.pass
    ? 'pass'
    : automatonWrong && networkWrong
      ? 'FAIL (automaton and network)'
      : automatonWrong
        ? 'FAIL (automaton)'
        : 'FAIL (network)';
  return [
    o.test,
    formatWord(o.word),
    resultText(o.expected),
    resultText(o.automatonResult),
    resultText(o.networkResult),
    result,
  ];
}

function prepare(io: Io, fileName: string, automata: FileAutomata, name: string, source: string): Target | undefined {
  const declaration = automata.resolver.declaration(name);
  if (declaration === undefined) {
    io.err(`cdam: ${visiblePath(fileName)}: no automaton named '${name}'\n`);
    return undefined;
  }
  const built = automata.spec(declaration);
  if (!built.ok) {
    io.err(`cdam: ${visiblePath(fileName)}: ${built.message}\n`);
    return undefined;
  }
  const compiled = compileAutomaton(built.spec, { sourceText: source });
  if (compiled.kind === 'error') {
    reportCompileError(io, fileName, built.spec.name, compiled);
    return undefined;
  }
  return { spec: built.spec, machine: testMachine(built.spec), network: new Network(compiled.network) };
}
