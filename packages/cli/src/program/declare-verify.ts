import type { CdamCommand } from '../cdam-command.js';
import { parseIntegerOption, parseNumberOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { validIfGiven } from './valid-option.js';

/** Declares `cdam verify` on `program`; its command module is imported only when it runs. */
export function declareVerify(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('verify')
    .description('prove that the network of an automaton is the automaton, or check it on many words')
    .argument('<file>', 'a .fsa file (compiled on the fly) or a .cdam.json artifact from cdam compile')
    .option('--automaton <name>', 'the automaton of a .fsa file (optional when it has exactly one)')
    .option(
      '--depth <k>',
      'check every word up to this length, an integer from 0 to 1000000 with at most 10000000 words ' +
        '(default: the largest with at most 100000 inputs); runs the exhaustive phase even after a proof',
    )
    .option(
      '--samples <n>',
      'random words of length up to 200, half steered into rare transitions, from 0 to 1000000 (default 1000); ' +
        'runs the random phase even after a proof',
    )
    .option('--exhaustive', 'run the exhaustive phase even when the state closure proved the network')
    .option('--random', 'run the random phase even when the state closure proved the network')
    .option('--all', 'run every phase: --exhaustive and --random')
    .option(
      '--closure-budget <inputs>',
      'work budget of the state closure in inputs simulated, from 0 to 1000000000 ' +
        '(default: 2000000, fewer for large networks: 5e10 / (neurons x patterns), raised to twice the ' +
        "automaton's states x symbols where that is at most 5e11 / (neurons x patterns))",
    )
    .option(
      '--noise <f>',
      'also put this noise level, from 0 to 1, in the robustness table (default: only 0, 0.1, ..., 0.5); the checks run noise-free',
    )
    .option('--no-noise-table', 'leave out the robustness table')
    .option(
      '--noise-budget <inputs>',
      'work budget of the robustness table in inputs simulated over all its noise levels, from 0 to 1000000000 ' +
        '(default: 20000, fewer for large networks: 2e9 / (neurons x patterns))',
    )
    .option(
      '--workers <n>',
      'worker threads, from 0 to 64, used whatever the size of the work (default: one per core, only for large work; ' +
        '0 or 1: none); the report is the same',
    )
    .option('--seed <s>', "seed of the random words and the noise, from 0 to 4294967295 (default: the network's seed)")
    .option('--json', 'print one JSON object instead of the text summary')
    .option(
      '--progress',
      'print progress on stderr as plain lines, one every 2 s (at most 5 s) while work goes on, even when it is not a terminal',
    )
    .option('--no-progress', 'print no progress (default: a progress bar when stderr is a terminal)')
    .addHelpText(
      'after',
      `
Checks, after every input, that the decoded state is the state of the automaton (the determinised,
completed DFA; a dead state counts as a state) and so that the verdicts agree:
  closure     breadth-first over the network's distinct states, every symbol from each; when no new
              state appears (it closes) every word of every length has been checked: a proof
  exhaustive  every word up to --depth, sharing the simulation of common prefixes
  random      --samples seeded words of length 1..200
The exhaustive and random phases run only when the closure did not close within its budget, unless
asked for (--exhaustive, --random, --all, --depth, --samples). Budgets count inputs simulated.
Then reports the decision margins (best minus second-best correlation; a warning when the smallest
is within 0.05 of 0, or the best correlation within 0.05 of the quiescence threshold) and a
robustness table: the accuracy on 100 fixed words (as many as --noise-budget allows) when a fraction
0, 0.1, ..., 0.5 (and --noise) of the state part is flipped before every input. Noise never counts
as a mismatch.
On a mismatch: the shortest failing words, the input where each diverged, and the correlations there.
Progress goes to stderr, so stdout holds only the report (with --json, only the JSON object): a bar
when stderr is a terminal; with --progress, lines such as
  verify: 12 000 of 111 111 inputs (10%), random words, 23 s
--json  {file, verified, proved, phases, work, wordsChecked, exhaustiveDepth, mismatches: [{word,
        expected, got, atInput, expectedVerdict, gotVerdict, correlations, phase}], minMargin,
        margins, noise: [{level, accuracy, words}], coverage, closure, ...}; expected/got are state
        names (got null: quiescent), atInput is the 0-based index of the input after which the
        states differed (-1: the start); phases says which ran ("run", "off", or "proved": skipped
        after a proof); work counts each phase's inputs.
Exit codes: 0 no mismatch, 1 a mismatch, or a file that cannot be read, checked, compiled or loaded
(the message says which); 2 a usage error.
${examples([
  'cdam verify samples/turnstile.fsa',
  'cdam verify samples/tcp-connection.fsa --depth 3 --samples 5000 --json',
  'cdam verify samples/turnstile.fsa --all --no-noise-table',
  'cdam verify samples/tcp-connection.fsa --samples 2000 --json --progress > report.json 2> progress.log',
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
          exhaustive?: boolean;
          random?: boolean;
          all?: boolean;
          closureBudget?: string;
          noiseTable?: boolean;
          noiseBudget?: string;
          workers?: string;
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
        const closureBudget = integer('--closure-budget', raw.closureBudget, 1_000_000_000);
        const noiseBudget = integer('--noise-budget', raw.noiseBudget, 1_000_000_000);
        const workers = integer('--workers', raw.workers, 64);
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
        const options = {
          automaton: raw.automaton,
          depth,
          samples,
          exhaustive: raw.exhaustive === true || raw.all === true,
          random: raw.random === true || raw.all === true,
          closureBudget,
          noiseTable: raw.noiseTable !== false,
          noiseBudget,
          workers,
          noise,
          seed,
          json,
          progress,
        } as const;
        setExitCode(await verifyCommand(file, options, io));
      },
    );
}
