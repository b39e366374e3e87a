import type { CdamCommand } from '../cdam-command.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam equiv` on `program`; its command module is imported only when it runs. */
export function declareEquiv(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('equiv')
    .description('compare the languages of two automata; print a shortest word that tells them apart')
    .argument('<a>', 'a .fsa, JFLAP .jff or cdam JSON file')
    .argument('<b>', 'a .fsa, JFLAP .jff or cdam JSON file')
    .option(
      '--automaton <name>',
      'the automaton of a .fsa file; once: for both files, twice: first for <a>, then for <b>',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--json', 'print {equivalent, counterexample, acceptedBy, acceptedBySide, left, right}')
    .addHelpText(
      'after',
      `
The alphabets may differ: a symbol only one automaton knows is rejected by the other.
A counterexample is a shortest word accepted by exactly one of them (the first in alphabet order).
--json  counterexample: the word as an array of symbols (null when equivalent); acceptedBy: the path
        of the file that accepts it, as given (null when equivalent); acceptedBySide: "left" or "right".
Exit codes: 0 equivalent, 1 not equivalent, or a file that cannot be read or has errors, an unknown
automaton, or one too big to determinise (the message says which); 2 a usage error.
${examples([
  'cdam equiv samples/ends-with-abb.fsa samples/ends-with-abb.jff',
  'cdam equiv samples/ends-with-abb.fsa samples/third-from-end.fsa --json',
])}`,
    )
    .action(async (a: string, b: string, raw: { automaton?: string[]; json?: boolean }) => {
      const { equivCommand } = await import('../commands/equiv.js');
      setExitCode(await equivCommand(a, b, { automata: raw.automaton ?? [], json: raw.json === true }, io));
    });
}
