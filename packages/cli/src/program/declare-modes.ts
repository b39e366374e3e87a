import type { CdamCommand } from '../cdam-command.js';
import { parseGraphOption } from '../graph-spec.js';
import { parseNumberList } from '../number-list-option.js';
import { parseIntegerOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid, validIfGiven } from './valid-option.js';

/** Declares `cdam modes` on `program`; its command module is imported only when it runs. */
export function declareModes(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
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
      'comma-separated auto-association strengths, each from -100 to 100; h = 1 - a (default 1,0.5,0,-0.5,-1,-2,-3)',
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
        const neurons = validIfGiven(command, raw.neurons, (text) =>
          parseIntegerOption('--neurons', text, { min: 2, max: 100_000 }),
        );
        const a = validIfGiven(command, raw.a, (text) => parseNumberList('--a', text, { min: -100, max: 100 }));
        const seed = validIfGiven(command, raw.seed, (text) =>
          parseIntegerOption('--seed', text, { min: 0, max: 4_294_967_295 }),
        );
        const trials = validIfGiven(command, raw.trials, (text) =>
          parseIntegerOption('--trials', text, { min: 1, max: 1000 }),
        );
        const { modesCommand } = await import('../commands/modes.js');
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
}
