import type { CdamCommand } from '../cdam-command.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam test` on `program`; its command module is imported only when it runs. */
export function declareTest(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('test')
    .description('run the test blocks of .fsa files on each automaton and on its compiled network')
    .argument('<files...>', '.fsa files with test blocks')
    .option('--json', 'print one JSON object per test row (one line each)')
    .addHelpText(
      'after',
      `
A test block names an automaton (a dfa, nfa, regex or derived automaton) and lists expected verdicts:
  test AbbEnd on EndsAbb {
    accept "a b b", "b a b b"
    reject "", "a b"
  }
Words are written as for 'cdam run --input'.
Output (stdout):
  text  a table (test, word, expected, automaton, network, result), then a summary line
  json  {"test","automaton","word":[..],"expected","automatonResult","networkResult","pass"} per row
Exit codes: 0 every row passes, 1 a row fails (the result column says which side), a file has
errors or no test, or an automaton cannot be compiled; 2 a usage error.
${examples(['cdam test samples/regex.fsa', 'cdam test --json samples/regex.fsa samples/vending-machine.fsa'])}`,
    )
    .action(async (files: string[], raw: { json?: boolean }) => {
      const { testCommand } = await import('../commands/test.js');
      setExitCode(await testCommand(files, { json: raw.json === true }, io));
    });
}
