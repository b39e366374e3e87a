import type { CdamCommand } from '../cdam-command.js';
import { NETWORK_FLAGS, parseNetworkOptions, type RawNetworkOptions } from '../network-options.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid } from './valid-option.js';

/** Declares `cdam compile` on `program`; its command module is imported only when it runs. */
export function declareCompile(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
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
        const { compileCommand } = await import('../commands/compile.js');
        setExitCode(await compileCommand(file, { automaton: raw.automaton, output: raw.output, parameters }, io));
      },
    );
}
