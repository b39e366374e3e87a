import type { CdamCommand } from '../cdam-command.js';
import { networkFlagsFor, parseNetworkOptions, type RawNetworkOptions } from '../network-options.js';
import { parseIntegerOption, parseNumberOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid, validIfGiven } from './valid-option.js';

/** Declares `cdam recall` on `program`; its command module is imported only when it runs. */
export function declareRecall(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  const recall = program
    .command('recall')
    .description('recall a temporal sequence from a clean or noisy cue, one update per tick')
    .argument(
      '<file>',
      'a .fsa file with a sequence (compiled on the fly) or a .cdam.json artifact from cdam compile --sequence',
    )
    .option('--sequence <name>', 'the sequence of a .fsa file (optional when it has exactly one)')
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
  for (const [, flags, description] of networkFlagsFor('sequence')) recall.option(flags, description);
  recall
    .addHelpText(
      'after',
      `
The sequence is compiled on the fly (docs/sequences.md): one pattern per tick of every step, eta = 0.2,
a = -4, h = 5 (a = -(1 - eta)/eta, h = 1/eta), the smallest safe n and beta, unless flags say otherwise.
A .cdam.json artifact (cdam compile --sequence) is recalled as compiled: the network flags (--neurons,
--seed, --beta, --auto, --hetero, --eta, --encoding) are then a usage error.
Output: the network line, then per tick (0 is the cue) the decoded item, its occurrence (1-based), step,
pattern label (item#occurrence.tick), the expected pattern, the advance and the decoding margin; '!' marks
a tick off the sequence; then how many ticks advanced exactly one pattern, or, for a sequence without
loop that reached its last item and held it, that the recall is complete.
--json  {sequence, neurons, patterns, loop, a, h, beta, eta, exact, warnings, cue, items, occurrences,
        steps, labels, expected, advances, margins, summary: {ticks, meanAdvance, exactAdvances, errors, exact}}
--compare  a table (or --json {rows}) of mean advance per tick, ticks that advanced exactly one, errors.
A cue item that occurs several times is cued at its first occurrence (a note says so).
Exit codes: 0 recalled (even off the sequence), 1 the file cannot be read, checked, compiled or loaded
(an automaton's artifact is named, with 'cdam run'), no such sequence or cue item, or a picture cannot
be written, 2 a usage error.
${examples([
  'cdam recall samples/sequences.fsa --sequence Melody',
  'cdam recall samples/sequences.fsa --sequence Melody --cue B --cue-noise 0.5 --json',
  'cdam recall samples/sequences.fsa --sequence Counting --encoding uniform --compare',
  'cdam recall samples/sequences.fsa --sequence Counting --svg counting.svg --graph-svg counting-graph.svg',
  'cdam compile samples/sequences.fsa --sequence Melody -o melody.cdam.json && cdam recall melody.cdam.json',
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
        const cueIndex = validIfGiven(command, raw.cueIndex, (text) =>
          parseIntegerOption('--cue-index', text, { min: 0, max: 1_000_000 }),
        );
        const cueNoise = validIfGiven(command, raw.cueNoise, (text) =>
          parseNumberOption('--cue-noise', text, { min: 0, max: 100 }),
        );
        const ticks = validIfGiven(command, raw.ticks, (text) =>
          parseIntegerOption('--ticks', text, { min: 0, max: 1_000_000 }),
        );
        const { recallCommand } = await import('../commands/recall.js');
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
}
