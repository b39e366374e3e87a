import { CommanderError } from 'commander';
import { CdamCommand } from './cdam-command.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { NETWORK_FLAGS, parseNetworkOptions, type RawNetworkOptions } from './network-options.js';
import { parseGraphOption } from './graph-spec.js';
import { parseNumberList } from './number-list-option.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption, type OptionValue } from './option-values.js';
import { VERSION } from './version.js';

/** Kept here, not in commands/export.ts, so `--help` and option checks load no command module. */
const EXPORT_FORMATS = ['json', 'jff', 'dot'] as const;

const HELP_WIDTH = 100;

/** Help of the strength flags of `cdam recall`, whose defaults differ from an automaton's. */
const SEQUENCE_FLAG_HELP = {
  auto: 'auto-association strength a, from -100 to 100 (default -(1 - eta)/eta: -4)',
  hetero: 'hetero-association strength h, from -100 to 100 (default 1/eta: 5)',
  eta: 'step size, > 0 and <= 1 (default 0.2)',
} as const;

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** The value of a validated option, or a usage error (exit 2) naming the flag. */
function valid<T>(command: CdamCommand, result: OptionValue<T>): T {
  if (!result.ok) command.usageError(result.message);
  return result.value;
}

const EXIT_CODES = `
Exit codes:
  0  success
  1  the input has errors (diagnostics), a file cannot be read or written, or a check failed
  2  usage error: unknown command or option, missing argument, bad option value
  70 internal error (please report it)
`;

/**
 * Builds the `cdam` program. Output goes through `io`; parse errors throw `CommanderError`
 * (`exitOverride`) so `runCli` can turn them into exit codes. `setExitCode` receives each
 * command's result. Each command module is imported when its command runs, so `cdam check`
 * never loads the compiler, the runtime or the terminal UI.
 */
export function buildProgram(io: Io, setExitCode: (code: ExitCode) => void): CdamCommand {
  const program = new CdamCommand('cdam');
  program
    .description(
      'Compile finite automata and temporal sequences into a Correlated Dense Associative Memory (CDAM), and run them',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(text),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText(
      'after',
      `${examples([
        'cdam check samples/*.fsa',
        'cdam fmt --write samples/turnstile.fsa',
        'cdam export samples/turnstile.fsa --format dot -o turnstile.dot',
        'cdam compile samples/turnstile.fsa -o turnstile.cdam.json',
        'cdam run turnstile.cdam.json --input "coin push"',
        'cdam help check',
      ])}${EXIT_CODES}`,
    );

  program
    .command('check')
    .description('parse and check .fsa files; print their diagnostics')
    .argument('<files...>', '.fsa files to check')
    .option('--format <format>', 'output format: text or json', 'text')
    .addHelpText(
      'after',
      `
Output (stdout):
  text  compiler-style diagnostics, then a summary line such as '2 errors, 1 warning in 3 files'
  json  one JSON array of {file, line, column, endLine, endColumn, severity, code, message, hint?}
A file that cannot be read is reported on stderr. Warnings do not fail the check.
Exit codes: 0 no errors, 1 an error in some file or a file that cannot be read, 2 a usage error.
${examples(['cdam check samples/*.fsa', 'cdam check --format json broken.fsa'])}`,
    )
    .action(async (files: string[], raw: { format: string }, command: CdamCommand) => {
      const format = valid(command, parseChoiceOption('--format', raw.format, ['text', 'json'] as const));
      const { checkCommand } = await import('./commands/check.js');
      setExitCode(await checkCommand(files, { format }, io));
    });

  program
    .command('fmt')
    .description('print a .fsa file in canonical layout (or rewrite it, or check it)')
    .argument('<file>', 'the .fsa file')
    .option('--write', 'rewrite the file in place (only when its layout changes)')
    .option('--check', 'exit 1 if the file is not formatted; print nothing else on success')
    .addHelpText(
      'after',
      `
Without --write or --check the formatted text goes to stdout. Comments and blank-line groups are kept,
and so are CRLF line ends; --write rewrites a file only when its layout changes (as UTF-8 without a
byte-order mark). A file with syntax errors is not formatted and never written: its diagnostics go to
stderr (exit 1).
Exit codes: 0 formatted (or already formatted), 1 syntax errors, an unreadable file, or with --check a
file that needs formatting, 2 a usage error.
${examples(['cdam fmt samples/turnstile.fsa', 'cdam fmt --write my.fsa', 'cdam fmt --check my.fsa'])}`,
    )
    .action(async (file: string, raw: { write?: boolean; check?: boolean }) => {
      const { fmtCommand } = await import('./commands/fmt.js');
      setExitCode(await fmtCommand(file, { write: raw.write === true, check: raw.check === true }, io));
    });

  program
    .command('import')
    .description('convert a JFLAP .jff or a cdam JSON interchange file to .fsa text')
    .argument('<file>', 'a .jff (JFLAP finite automaton) or .json (cdam-automaton or cdam-sequence) file')
    .option('-o, --output <file>', 'write the .fsa text to this file (default: stdout; it may not be the input)')
    .addHelpText(
      'after',
      `
The format is recognised from the content. Problems in the input are printed as diagnostics.
Exit codes: 0 imported, 1 the input cannot be read or has problems, or -o cannot be written, 2 a usage error.
${examples(['cdam import machine.jff -o machine.fsa', 'cdam import parity.json'])}`,
    )
    .action(async (file: string, raw: { output?: string }) => {
      const { importCommand } = await import('./commands/import.js');
      setExitCode(await importCommand(file, { output: raw.output }, io));
    });

  program
    .command('export')
    .description('write an automaton as cdam JSON, JFLAP XML or Graphviz DOT, or a sequence as cdam JSON')
    .argument('<file>', 'the .fsa file')
    .requiredOption('--format <format>', `output format (required): ${EXPORT_FORMATS.join(', ')}`)
    .option('--automaton <name>', 'the automaton to export (optional when the file has exactly one)')
    .option('--sequence <name>', 'export this sequence instead (json only; not with --automaton)')
    .option('-o, --output <file>', 'write to this file (default: stdout; it may not be the input)')
    .addHelpText(
      'after',
      `
json  the cdam-automaton (or cdam-sequence) interchange document, version 1
jff   JFLAP 7 XML (a finite automaton; epsilon as an empty read)
dot   Graphviz DOT (render with 'dot -Tsvg')
A file with errors is not exported: its diagnostics go to stderr.
Exit codes: 0 exported, 1 the file cannot be read or has errors, no such automaton or sequence, or -o
cannot be written, 2 a usage error.
${examples([
  'cdam export samples/turnstile.fsa --format json',
  'cdam export samples/ends-with-abb.fsa --format jff -o ends-with-abb.jff',
  'cdam export samples/turnstile.fsa --format dot | dot -Tsvg > turnstile.svg',
  'cdam export samples/sequences.fsa --sequence Melody --format json',
])}`,
    )
    .action(
      async (
        file: string,
        raw: { format: string; automaton?: string; sequence?: string; output?: string },
        command: CdamCommand,
      ) => {
        const format = valid(command, parseChoiceOption('--format', raw.format, EXPORT_FORMATS));
        const { exportCommand } = await import('./commands/export.js');
        setExitCode(
          await exportCommand(
            file,
            { format, automaton: raw.automaton, sequence: raw.sequence, output: raw.output },
            io,
          ),
        );
      },
    );

  const compile = program
    .command('compile')
    .description('compile an automaton into a CDAM network; write the artifact and print the compile report')
    .argument('<file>', 'the .fsa file')
    .option('--automaton <name>', 'the automaton to compile (optional when the file has exactly one)')
    .option(
      '-o, --output <file>',
      "artifact path (default: '<automaton-name>.cdam.json' in the current directory; '-': stdout)",
    );
  for (const [, flags, description] of NETWORK_FLAGS) compile.option(flags, description);
  compile
    .addHelpText(
      'after',
      `
The network flags override the file's 'network { ... }' block. Unset parameters are chosen by the
compiler: the smallest safe number of neurons, and beta from the worst decision gap. The report
(on stdout, or stderr with '-o -') gives n, p, the state/input split, beta, a, h, eta, K, the gaps
and whether the network is exact.
Exit codes: 0 compiled, 1 the file cannot be read or has errors, no such automaton, a network that
cannot be made safe (with the reason) or an output that cannot be written, 2 a usage error.
${examples([
  'cdam compile samples/turnstile.fsa',
  'cdam compile samples/tcp-connection.fsa -o tcp.cdam.json --seed 7',
  'cdam compile samples/contains-101.fsa --neurons 2048 --beta 20',
])}`,
    )
    .action(
      async (file: string, raw: RawNetworkOptions & { automaton?: string; output?: string }, command: CdamCommand) => {
        const parameters = valid(command, parseNetworkOptions(raw));
        const { compileCommand } = await import('./commands/compile.js');
        setExitCode(await compileCommand(file, { automaton: raw.automaton, output: raw.output, parameters }, io));
      },
    );

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
          decoding margin, '!' where they differ; then the verdict. With --words, one row per word.
  --json  {input?, word, accepted, states, margins, finalState, symbolic: {accepted, states}, agrees}
          states/margins: the start, then one per symbol; symbolic: the determinised, completed
          automaton the network implements, run by simulation.
Exit codes: 0 the word(s) ran, accepted or rejected; 1 the file cannot be read, checked, compiled or
loaded, a symbol is outside the alphabet (named), or --svg cannot be written; 2 a usage error.
${examples([
  'cdam run samples/turnstile.fsa --input "coin push"',
  'cdam run samples/even-parity.fsa --input 1011 --json',
  'cdam run samples/tcp-connection.fsa --input \'"active open" "SYN-ACK"\'',
  'cdam compile samples/contains-101.fsa -o c101.cdam.json && cdam run c101.cdam.json --words words.txt',
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
        const noise =
          raw.noise === undefined
            ? undefined
            : valid(command, parseNumberOption('--noise', raw.noise, { min: 0, max: 1 }));
        const seed =
          raw.seed === undefined
            ? undefined
            : valid(command, parseIntegerOption('--seed', raw.seed, { min: 0, max: 4_294_967_295 }));
        const { runCommand } = await import('./commands/run.js');
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
      const { stepCommand } = await import('./commands/step.js');
      setExitCode(await stepCommand(file, { automaton: raw.automaton, sequence: raw.sequence, input: raw.input }, io));
    });

  const recall = program
    .command('recall')
    .description('recall a temporal sequence from a clean or noisy cue, one update per tick')
    .argument('<file>', 'a .fsa file with a sequence')
    .option('--sequence <name>', 'the sequence (optional when the file has exactly one)')
    .option('--cue <item>', 'start from this item (its first occurrence; default: the first step)')
    .option('--cue-index <i>', 'start from step i of the items list, 0-based, from 0 to the last step (not with --cue)')
    .option(
      '--cue-noise <f>',
      'noise on the cue, from 0 to 100: F times the code range times uniform [-1/2, 1/2) per neuron (default 0)',
    )
    .option(
      '--ticks <t>',
      'updates after the cue, an integer from 0 to 1000000 (default: two cycles of a loop, else the length + 5)',
    )
    .option('--compare', 'recall with a = 1, h = 0; a = 0, h = 1; and the anti-Hebbian a, h; same beta and eta')
    .option('--json', 'print one JSON object')
    .option('--svg <file>', 'draw the correlation with every pattern at every tick (SVG heatmap)')
    .option('--graph-svg <file>', 'draw the memory graph coloured by the cue and final correlations (SVG)');
  for (const [key, flags, description] of NETWORK_FLAGS) {
    if (key !== 'iterations')
      recall.option(flags, key === 'auto' || key === 'hetero' || key === 'eta' ? SEQUENCE_FLAG_HELP[key] : description);
  }
  recall
    .addHelpText(
      'after',
      `
The sequence is compiled on the fly (docs/sequences.md): one pattern per tick of every step, eta = 0.2,
a = -4, h = 5 (a = -(1 - eta)/eta, h = 1/eta), the smallest safe n and beta, unless flags say otherwise.
Output: the network line, then per tick (0 is the cue) the decoded item, its occurrence (1-based), step,
pattern label (item#occurrence.tick), the expected pattern, the advance and the decoding margin; '!' marks
a tick off the sequence; then how many ticks advanced exactly one pattern.
--json  {sequence, neurons, patterns, loop, a, h, beta, eta, exact, warnings, cue, items, occurrences,
        steps, labels, expected, advances, margins, summary: {ticks, meanAdvance, exactAdvances, errors, exact}}
--compare  a table (or --json {rows}) of mean advance per tick, ticks that advanced exactly one, errors.
A cue item that occurs several times is cued at its first occurrence (a note says so).
Exit codes: 0 recalled (even off the sequence), 1 the file cannot be read, checked or compiled, no such
sequence or cue item, or a picture cannot be written, 2 a usage error.
${examples([
  'cdam recall samples/sequences.fsa --sequence Melody',
  'cdam recall samples/sequences.fsa --sequence Walk --cue A --cue-noise 0.5 --json',
  'cdam recall video.fsa --neurons 2000 --encoding uniform --compare',
  'cdam recall samples/sequences.fsa --sequence Walk --svg walk.svg --graph-svg walk-graph.svg',
])}`,
    )
    .action(
      async (
        file: string,
        raw: RawNetworkOptions & {
          sequence?: string;
          cue?: string;
          cueIndex?: string;
          cueNoise?: string;
          ticks?: string;
          compare?: boolean;
          json?: boolean;
          svg?: string;
          graphSvg?: string;
        },
        command: CdamCommand,
      ) => {
        const parameters = valid(command, parseNetworkOptions(raw));
        const cueIndex =
          raw.cueIndex === undefined
            ? undefined
            : valid(command, parseIntegerOption('--cue-index', raw.cueIndex, { min: 0, max: 1_000_000 }));
        const cueNoise =
          raw.cueNoise === undefined
            ? undefined
            : valid(command, parseNumberOption('--cue-noise', raw.cueNoise, { min: 0, max: 100 }));
        const ticks =
          raw.ticks === undefined
            ? undefined
            : valid(command, parseIntegerOption('--ticks', raw.ticks, { min: 0, max: 1_000_000 }));
        const { recallCommand } = await import('./commands/recall.js');
        setExitCode(
          await recallCommand(
            file,
            {
              sequence: raw.sequence,
              cue: raw.cue,
              cueIndex,
              cueNoise,
              ticks,
              parameters,
              compare: raw.compare === true,
              json: raw.json === true,
              svg: raw.svg,
              graphSvg: raw.graphSvg,
            },
            io,
          ),
        );
      },
    );

  program
    .command('modes')
    .description("reproduce the paper's four dynamical modes: the range of recall as a varies")
    .option(
      '--graph <graph>',
      'cycle:N (N from 3 to 2000), path:N (2 to 2000), karate, or a .fsa file (its memory graph, undirected)',
      'cycle:30',
    )
    .option('--automaton <name>', 'with a .fsa graph: the automaton whose memory graph to use')
    .option('--sequence <name>', 'with a .fsa graph: the sequence whose memory graph to use')
    .option('--neurons <n>', 'number of neurons n, an integer from 2 to 100000 (default 1000)')
    .option(
      '--a <list>',
      'comma-separated auto-association strengths, each from -100 to 100; h = 1 - a (default 1,0.5,0,-0.5,-1,-2)',
    )
    .option('--seed <s>', 'seed of the codes and the start noise, an integer from 0 to 4294967295 (default 0)')
    .option(
      '--trials <t>',
      'independent draws of codes and noise, each starting at every vertex, from 1 to 1000 (default 1)',
    )
    .option('--json', 'print one JSON object')
    .option('--svg <file>', 'draw the correlation by graph distance, one line per a (SVG)')
    .option('--graph-svg <file>', 'draw the memory graph coloured by the final correlations from vertex 0, per a (SVG)')
    .addHelpText(
      'after',
      `
The range-of-recall experiment (docs/modes.md): uniform codes, H = D^-1/2 A D^-1/2, beta = 1, eta = 0.1;
from every vertex, its pattern plus noise uniform in [-0.5, 0.5), 100 updates; the mean Pearson
correlation of the final state with the patterns at graph distance 0, 1, 2, ... and the mode:
auto-association, narrow hetero-association, wide hetero-association or neutral quiescence.
--json  {graph, vertices, edges, neurons, beta, eta, iterations, noise, trials, seed,
        rows: [{a, h, correlationByDistance, mode, range, attractorCorrelationByDistance}]}
karate is Zachary's karate club (34 members, 78 edges; W. W. Zachary, J. Anthropol. Res. 33, 1977).
Exit codes: 0 done, 1 the .fsa graph cannot be read, checked or compiled, or a picture cannot be
written, 2 a usage error.
${examples([
  'cdam modes',
  'cdam modes --graph karate --a 1,0,-1 --json',
  'cdam modes --graph cycle:12 --neurons 400 --svg modes.svg --graph-svg modes-graph.svg',
  'cdam modes --graph samples/turnstile.fsa',
])}`,
    )
    .action(
      async (
        raw: {
          graph: string;
          automaton?: string;
          sequence?: string;
          neurons?: string;
          a?: string;
          seed?: string;
          trials?: string;
          json?: boolean;
          svg?: string;
          graphSvg?: string;
        },
        command: CdamCommand,
      ) => {
        const graph = valid(command, parseGraphOption(raw.graph));
        const neurons =
          raw.neurons === undefined
            ? undefined
            : valid(command, parseIntegerOption('--neurons', raw.neurons, { min: 2, max: 100_000 }));
        const a =
          raw.a === undefined ? undefined : valid(command, parseNumberList('--a', raw.a, { min: -100, max: 100 }));
        const seed =
          raw.seed === undefined
            ? undefined
            : valid(command, parseIntegerOption('--seed', raw.seed, { min: 0, max: 4_294_967_295 }));
        const trials =
          raw.trials === undefined
            ? undefined
            : valid(command, parseIntegerOption('--trials', raw.trials, { min: 1, max: 1000 }));
        const { modesCommand } = await import('./commands/modes.js');
        setExitCode(
          await modesCommand(
            {
              graph,
              automaton: raw.automaton,
              sequence: raw.sequence,
              neurons,
              a,
              seed,
              trials,
              json: raw.json === true,
              svg: raw.svg,
              graphSvg: raw.graphSvg,
            },
            io,
          ),
        );
      },
    );

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
Exit codes: 0 no mismatch, 1 a mismatch, 2 a usage error or a file that cannot be read, checked,
compiled or loaded.
${examples([
  'cdam verify samples/turnstile.fsa',
  'cdam verify samples/tcp-connection.fsa --depth 3 --samples 5000 --json',
  'cdam verify samples/tcp-connection.fsa --samples 100000 --json --progress > report.json 2> progress.log',
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
          text === undefined ? undefined : valid(command, parseIntegerOption(flag, text, { min: 0, max }));
        const depth = integer('--depth', raw.depth, 1_000_000);
        const samples = integer('--samples', raw.samples, 1_000_000);
        const seed = integer('--seed', raw.seed, 4_294_967_295);
        const noise =
          raw.noise === undefined
            ? undefined
            : valid(command, parseNumberOption('--noise', raw.noise, { min: 0, max: 1 }));
        const json = raw.json === true;
        // --progress: plain lines, for logs; --no-progress: none; else a bar on a terminal (not under CI).
        const progress =
          raw.progress === true
            ? 'lines'
            : raw.progress === undefined && io.errIsTTY === true && !process.env.CI
              ? 'bar'
              : undefined;
        const { verifyCommand } = await import('./commands/verify.js');
        setExitCode(
          await verifyCommand(file, { automaton: raw.automaton, depth, samples, noise, seed, json, progress }, io),
        );
      },
    );

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
Exit codes: 0 equivalent, 1 not equivalent, 2 a usage error, a file that cannot be read or has
errors, or an unknown automaton.
${examples([
  'cdam equiv samples/ends-with-abb.fsa ends-with-abb.jff',
  'cdam equiv machines.fsa machines.fsa --automaton Fast --automaton Small',
  'cdam equiv a.fsa b.json --json',
])}`,
    )
    .action(async (a: string, b: string, raw: { automaton?: string[]; json?: boolean }) => {
      const { equivCommand } = await import('./commands/equiv.js');
      setExitCode(await equivCommand(a, b, { automata: raw.automaton ?? [], json: raw.json === true }, io));
    });

  return program;
}

/**
 * Runs `cdam` with the arguments after the program name and returns the exit code.
 * Usage errors (exit 2) and help/version (exit 0) come from commander; everything else from the command.
 * Throws only on a bug; `main.ts` reports that as an internal error.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw error;
  }
  return exitCode;
}
