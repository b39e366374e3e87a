import type { CdamCommand } from '../cdam-command.js';
import { parseIntegerOption, parseNumberOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { validIfGiven } from './valid-option.js';

/** Declares `cdam run` on `program`; its command module is imported only when it runs. */
export function declareRun(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('run')
    .description('run words on the network of an automaton, beside the automaton itself')
    .argument('<file>', 'a .fsa file (compiled on the fly) or a .cdam.json artifact from cdam compile')
    .option('--input <word>', 'the word to run (see "Words" below); give --input or --words')
    .option('--words <file>', "a file of words, one per line, run together ('-': stdin); give --input or --words")
    .option('--automaton <name>', 'the automaton of a .fsa file (optional when it has exactly one)')
    .option('--noise <f>', 'fraction of the state part perturbed before each input, from 0 to 1 (default 0)')
    .option('--seed <s>', "seed of the noise, an integer from 0 to 4294967295 (default: the network's seed)")
    .option('--json', 'print one JSON object per word (one line each)')
    .option('--svg <file>', 'with --input: also draw the correlation with every state after each iteration (SVG)')
    .addHelpText(
      'after',
      `
Words:
  Symbols are separated by spaces: --input "coin push coin".
  A symbol with spaces or quotes is a .fsa string: --input '"passive open" SYN'.
  When every symbol of the alphabet is one character, they may be run together: --input 1011.
  An empty --input, or "" alone, is the empty word.
  In a --words file (UTF-8, LF or CRLF line ends), blank lines are skipped; write "" for the empty
  word. A file (or stdin) with no words at all is an error (exit 1).

Output:
  text    a table per step (start, then each symbol): decoded state, the automaton's state, the
          decoding margin, '!' where they differ; then the verdict: the network DISAGREES only when
          the verdicts differ (other states on the way are said as such). With --noise, a line gives
          the level and seed. With --words, one row per word ('!' other verdict, '~' other states).
  --json  {input?, word, accepted, states, margins, finalState, symbolic: {accepted, states}, agrees}
          states/margins: the start, then one per symbol; symbolic: the determinised, completed
          automaton the network implements, run by simulation.
Exit codes: 0 the word(s) ran, accepted or rejected; 1 the file cannot be read, checked, compiled or
loaded (a sequence's artifact is named, with 'cdam recall'), a symbol is outside the alphabet (named),
or --svg cannot be written; 2 a usage error.
${examples([
  'cdam run samples/turnstile.fsa --input "coin push"',
  'cdam run samples/even-parity.fsa --input 1011 --json',
  'cdam run samples/tcp-connection.fsa --input \'"active open" "SYN-ACK"\'',
  'cdam compile samples/contains-101.fsa -o c101.cdam.json && cdam run c101.cdam.json --words samples/contains-101.words',
  'cdam run samples/turnstile.fsa --input "coin push" --noise 0.2 --seed 3',
  'cdam run samples/turnstile.fsa --input "coin push push" --svg turnstile-run.svg',
])}`,
    )
    .action(
      async (
        file: string,
        raw: {
          input?: string;
          words?: string;
          automaton?: string;
          noise?: string;
          seed?: string;
          json?: boolean;
          svg?: string;
        },
        command: CdamCommand,
      ) => {
        const noise = validIfGiven(command, raw.noise, (text) =>
          parseNumberOption('--noise', text, { min: 0, max: 1 }),
        );
        const seed = validIfGiven(command, raw.seed, (text) =>
          parseIntegerOption('--seed', text, { min: 0, max: 4_294_967_295 }),
        );
        const { runCommand } = await import('../commands/run.js');
        setExitCode(
          await runCommand(
            file,
            {
              input: raw.input,
              words: raw.words,
              automaton: raw.automaton,
              noise,
              seed,
              json: raw.json === true,
              svg: raw.svg,
            },
            io,
          ),
        );
      },
    );
}
