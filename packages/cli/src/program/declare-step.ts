import type { CdamCommand } from '../cdam-command.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam step` on `program`; its command module is imported only when it runs. */
export function declareStep(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('step')
    .description('step through an automaton and its network in the terminal, one input or one iteration at a time')
    .argument('<file>', 'a .fsa file (compiled on the fly) or a .cdam.json artifact from cdam compile')
    .option('--automaton <name>', 'the automaton of a .fsa file (optional when it has exactly one)')
    .option('--sequence <name>', "step through this sequence's recall, tick by tick, instead of an automaton")
    .option(
      '--input <word>',
      "the word to step through, written as for 'cdam run --input' (default: empty; 'e' edits it)",
    )
    .addHelpText(
      'after',
      `
In a terminal: the transition table with the current state and the transition just taken, the input
tape, the decoded state beside the automaton's (marked where they differ), the correlation with each
state, the verdict and the parameters. Keys: → or space next input, . one iteration, ← back, r reset,
e edit the word, n noise level, p play/pause, ? help, q quit.
With --sequence: the recall from the first item, one update per tick, beside the expected pattern.
Without a terminal (output piped, CI) the steps are printed as by 'cdam run' (or 'cdam recall'), exit 0.
Exit codes: 0 done (or the UI quit), 1 the file cannot be read, checked or compiled, no such automaton
or sequence, or a symbol outside the alphabet, 2 a usage error.
${examples([
  'cdam step samples/family-tree.fsa --input "wife daughter brother"',
  'cdam step samples/even-parity.fsa --input 1011 | cat',
  'cdam step samples/sequences.fsa --sequence Melody',
])}`,
    )
    .action(async (file: string, raw: { automaton?: string; sequence?: string; input?: string }) => {
      const { stepCommand } = await import('../commands/step.js');
      setExitCode(await stepCommand(file, { automaton: raw.automaton, sequence: raw.sequence, input: raw.input }, io));
    });
}
