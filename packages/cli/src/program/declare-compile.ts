import type { CdamCommand } from '../cdam-command.js';
import { networkFlagsFor, parseNetworkOptions, type RawNetworkOptions } from '../network-options.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid } from './valid-option.js';

/** Declares `cdam compile` on `program`; its command module is imported only when it runs. */
export function declareCompile(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  const compile = program
    .command('compile')
    .description(
      'compile an automaton or a sequence into a CDAM network; write the artifact and print the compile report',
    )
    .argument('<file>', 'the .fsa file')
    .option('--automaton <name>', 'the automaton to compile (optional when the file has exactly one)')
    .option('--sequence <name>', 'the sequence to compile (optional when the file has one and no automaton)')
    .option('-o, --output <file>', "artifact path (default: '<name>.cdam.json' in the current directory; '-': stdout)")
    .option('--json', 'print the report as one JSON object (with capacity and output) instead of text');
  for (const [, flags, description] of networkFlagsFor('both')) compile.option(flags, description);
  compile
    .addHelpText(
      'after',
      `
Without --automaton or --sequence, the file's only automaton is compiled; a file with no automaton
compiles its only sequence; otherwise the command asks which. An automaton gives a 'cdam-network' artifact (for cdam run, step, verify;
grammar/cdam-network.md), a sequence a 'cdam-sequence-network' artifact (for cdam recall and step --sequence;
grammar/cdam-sequence-network.md).
The network flags override the file's 'network { ... }' block. Unset parameters are chosen by the
compiler: the smallest safe number of neurons, and beta from the worst decision gap; a sequence gets
eta = 0.2, a = -4, h = 5 (docs/sequences.md), and --iterations does not apply to it. The report (on
stdout, or stderr with '-o -') gives n, p, the neuron split, beta, a, h, eta, K (automata), the gaps
and whether the network is exact, and capacity three ways: states (a sequence: patterns) per neuron,
per (neuron + pattern) and per stored number (n · p); --json prints the same as one JSON object.
Exit codes: 0 compiled, 1 the file cannot be read or has errors, no such automaton or sequence, a
network that cannot be made safe (with the reason) or an output that cannot be written, 2 a usage error.
${examples([
  'cdam compile samples/turnstile.fsa',
  'cdam compile samples/tcp-connection.fsa -o tcp.cdam.json --seed 7',
  'cdam compile samples/contains-101.fsa --neurons 2048 --beta 20',
  'cdam compile samples/turnstile.fsa --json',
  'cdam compile samples/sequences.fsa --sequence Melody && cdam recall Melody.cdam.json',
])}`,
    )
    .action(
      async (
        file: string,
        raw: RawNetworkOptions & { automaton?: string; sequence?: string; output?: string; json?: boolean },
        command: CdamCommand,
      ) => {
        const parameters = valid(command, parseNetworkOptions(raw));
        const { compileCommand } = await import('../commands/compile.js');
        setExitCode(
          await compileCommand(
            file,
            { automaton: raw.automaton, sequence: raw.sequence, output: raw.output, parameters, json: raw.json },
            io,
          ),
        );
      },
    );
}
