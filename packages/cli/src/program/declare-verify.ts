import type { CdamCommand } from '../cdam-command.js';
import { parseIntegerOption, parseNumberOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { validIfGiven } from './valid-option.js';

/** Declares `cdam verify` on `program`; its command module is imported only when it runs. */
export function declareVerify(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('verify')
    .description('prove on many words that the network of an automaton is the automaton')
    .argument('<file>', 'a .fsa file (compiled on the fly) or a .cdam.json artifact from cdam compile')
    .option('--automaton <name>', 'the automaton of a .fsa file (optional when it has exactly one)')
    .option(
      '--depth <k>',
      'check every word up to this length, an integer from 0 to 1000000 with at most 10000000 words ' +
        '(default: the largest with at most 100000 words)',
    )
    .option(
      '--samples <n>',
      'random words of length up to 200, half steered into rare transitions, from 0 to 1000000 (default 1000)',
    )
    .option(
      '--noise <f>',
      'also put this noise level, from 0 to 1, in the robustness table (default: only 0, 0.1, ..., 0.5); the checks run noise-free',
    )
    .option('--seed <s>', "seed of the random words and the noise, from 0 to 4294967295 (default: the network's seed)")
    .option('--json', 'print one JSON object instead of the text summary')
    .option(
      '--progress',
      'print progress on stderr as plain lines, one every 2 s or less, even when it is not a terminal',
    )
    .option('--no-progress', 'print no progress (default: a progress bar when stderr is a terminal)')
    .addHelpText(
      'after',
      `
Checks, after every input, that the decoded state is the state of the automaton (the determinised,
completed DFA; a dead state counts as a state) and so that the verdicts agree:
  exhaustive  every word up to --depth, sharing the simulation of common prefixes
  random      --samples seeded words of length 1..200
Then reports the decision margins (best minus second-best correlation; a warning when the smallest
is within 0.05 of 0, or the best correlation within 0.05 of the quiescence threshold) and a
robustness table: the accuracy on 100 fixed words when a fraction 0, 0.1, ..., 0.5 (and --noise)
of the state part is flipped before every input. Noise never counts as a mismatch.
On a mismatch: the shortest failing words, the input where each diverged, and the correlations there.
Progress goes to stderr, so stdout holds only the report (with --json, only the JSON object): a bar
when stderr is a terminal; with --progress, lines such as
  verify: 12 000 of 111 111 words (10%), random words, 23 s
--json  {file, verified, wordsChecked, exhaustiveDepth, mismatches: [{word, expected, got, atInput,
        expectedVerdict, gotVerdict, correlations, phase}], minMargin, margins, noise: [{level,
        accuracy, words}], coverage, ...}; expected/got are state names (got null: quiescent),
        atInput is the 0-based index of the input after which the states differed (-1: the start).
Exit codes: 0 no mismatch, 1 a mismatch, or a file that cannot be read, checked, compiled or loaded
(the message says which); 2 a usage error.
${examples([
  'cdam verify samples/turnstile.fsa',
  'cdam verify samples/tcp-connection.fsa --depth 2 --samples 200 --json',
  'cdam verify samples/even-parity.fsa --samples 5000 --json --progress > report.json 2> progress.log',
  'cdam compile samples/contains-101.fsa -o c101.cdam.json && cdam verify c101.cdam.json',
])}`,
    )
    .action(
      async (
        file: string,
        raw: {
          automaton?: string;
          depth?: string;
          samples?: string;
          noise?: string;
          seed?: string;
          json?: boolean;
          progress?: boolean;
        },
        command: CdamCommand,
      ) => {
        const integer = (flag: string, text: string | undefined, max: number) =>
          validIfGiven(command, text, (given) => parseIntegerOption(flag, given, { min: 0, max }));
        const depth = integer('--depth', raw.depth, 1_000_000);
        const samples = integer('--samples', raw.samples, 1_000_000);
        const seed = integer('--seed', raw.seed, 4_294_967_295);
        const noise = validIfGiven(command, raw.noise, (text) =>
          parseNumberOption('--noise', text, { min: 0, max: 1 }),
        );
        const json = raw.json === true;
        // --progress: plain lines, for logs; --no-progress: none; else a bar on a terminal (not under CI).
        const progress =
          raw.progress === true
            ? 'lines'
            : raw.progress === undefined && io.errIsTTY === true && !process.env.CI
              ? 'bar'
              : undefined;
        const { verifyCommand } = await import('../commands/verify.js');
        setExitCode(
          await verifyCommand(file, { automaton: raw.automaton, depth, samples, noise, seed, json, progress }, io),
        );
      },
    );
}
