import type { CdamCommand } from '../cdam-command.js';
import { parseNumberList } from '../number-list-option.js';
import { parseChoiceOption, parseIntegerOption, parseNumberOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { validIfGiven } from './valid-option.js';

/** Whole sizes from a list option: every entry an integer in range. */
function integerList(flag: string, text: string, min: number, max: number) {
  const parsed = parseNumberList(flag, text, { min, max });
  if (parsed.ok && parsed.value.some((v) => !Number.isInteger(v))) {
    return { ok: false as const, message: `option '${flag}' must list whole numbers, got '${text}'` };
  }
  return parsed;
}

/** Declares `cdam capacity` on `program`; its command module is imported only when it runs. */
export function declareCapacity(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('capacity')
    .description('measure capacity: the smallest exact network for random automata and sequences of growing size')
    .option(
      '--states <list>',
      'comma-separated automaton sizes, each from 2 to 10000 (default 10,32,100,316,1000,3162,10000: log spaced)',
    )
    .option(
      '--sequences <list>',
      "comma-separated loop lengths in items, each from 2 to 20000, or 'none' (default 10,100,1000)",
    )
    .option('--symbols <k>', 'symbols of the random automata, from 1 to 26 (default 2)')
    .option('--encoding <e>', 'pattern codes: bipolar or uniform (default bipolar)')
    .option('--trials <t>', 'random automata and sequences per size, from 1 to 100 (default 1)')
    .option('--words <w>', 'random words run per automaton, from 0 to 10000 (default 20)')
    .option('--length <l>', 'symbols per random word, from 1 to 100000 (default 100)')
    .option(
      '--noise <f>',
      'state noise of the noisy runs: fraction of state neurons changed before each input, from 0 to 1 (default 0.1)',
    )
    .option('--seed <s>', 'seed of the automata, codes, words and noise, an integer from 0 to 4294967295 (default 0)')
    .option('--json', 'print one JSON object')
    .option('--svg <file>', "draw states held against neurons, log-log, with Cotteret et al.'s 0.029 N line (SVG)")
    .addHelpText(
      'after',
      `
Each random DFA is compiled with the compiler's automatic choice of n (the smallest size its exactness
check accepts); its accuracy is the share of random words whose every decoded state is the automaton's,
without and with state noise. Each sequence is a loop of distinct items, compiled the same way and
recalled from its first item for one full cycle. Capacity three ways: states (patterns) per neuron, per
(neuron + pattern) and per stored number (n · p). Cotteret et al. (Neural Computation 2024) hold about
0.029 N states in N neurons. The defaults take about 25 s on two cores. Progress goes to stderr.
--json  {symbols, encoding, trials, words, length, noise, seed, cotteret, automata: [{states, symbols,
        trial, neurons, patterns, exact, accuracy, noisyAccuracy, capacity, compileMs}], sequences:
        [{items, trial, neurons, patterns, exact, cycleExact, capacity, compileMs}]}
Exit codes: 0 measured, 1 the picture cannot be written, 2 a usage error.
${examples([
  'cdam capacity --states 10,30 --sequences 10,40 --words 5 --length 20',
  'cdam capacity --states 20 --sequences none --symbols 3 --trials 2 --json',
])}`,
    )
    .action(
      async (
        raw: {
          states?: string;
          sequences?: string;
          symbols?: string;
          encoding?: string;
          trials?: string;
          words?: string;
          length?: string;
          noise?: string;
          seed?: string;
          json?: boolean;
          svg?: string;
        },
        command: CdamCommand,
      ) => {
        const states = validIfGiven(command, raw.states, (text) => integerList('--states', text, 2, 10_000));
        const items = validIfGiven(command, raw.sequences, (text) =>
          text.trim() === 'none' ? { ok: true as const, value: [] } : integerList('--sequences', text, 2, 20_000),
        );
        const integer = (flag: string, text: string | undefined, min: number, max: number) =>
          validIfGiven(command, text, (t) => parseIntegerOption(flag, t, { min, max }));
        const symbols = integer('--symbols', raw.symbols, 1, 26);
        const trials = integer('--trials', raw.trials, 1, 100);
        const words = integer('--words', raw.words, 0, 10_000);
        const length = integer('--length', raw.length, 1, 100_000);
        const seed = integer('--seed', raw.seed, 0, 4_294_967_295);
        const noise = validIfGiven(command, raw.noise, (t) => parseNumberOption('--noise', t, { min: 0, max: 1 }));
        const encoding = validIfGiven(command, raw.encoding, (t) =>
          parseChoiceOption('--encoding', t, ['bipolar', 'uniform'] as const),
        );
        const { capacityCommand } = await import('../commands/capacity.js');
        setExitCode(
          await capacityCommand(
            {
              states,
              items,
              symbols,
              encoding,
              trials,
              words,
              length,
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
