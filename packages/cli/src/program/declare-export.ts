import type { CdamCommand } from '../cdam-command.js';
import { parseChoiceOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid } from './valid-option.js';

/** Kept here, not in commands/export.ts, so `--help` and option checks load no command module. */
const EXPORT_FORMATS = ['fsa', 'json', 'jff', 'dot', 'svg', 'onnx', 'npz'] as const;

/** Declares `cdam export` on `program`; its command module is imported only when it runs. */
export function declareExport(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('export')
    .description(
      'write an automaton as .fsa, cdam JSON, JFLAP XML, Graphviz DOT or an SVG picture, a sequence as cdam JSON, or a compiled network as ONNX or NumPy',
    )
    .argument('<file>', "the .fsa file, or a compiled network ('cdam compile' output) for onnx and npz")
    .requiredOption('--format <format>', `output format (required): ${EXPORT_FORMATS.join(', ')}`)
    .option('--automaton <name>', 'the automaton to export (optional when the file has exactly one)')
    .option('--sequence <name>', 'export this sequence instead (json, onnx or npz; not with --automaton)')
    .option('-o, --output <file>', 'write to this file (default: stdout; it may not be the input)')
    .option('--determinise', 'write the deterministic automaton (subset construction)')
    .option('--minimise', 'write the minimal deterministic automaton')
    .addHelpText(
      'after',
      `
A regex or derived automaton (dfa NAME = EXPR) is written as the machine it builds.
fsa   an explicit dfa or nfa block of the .fsa language
json  the cdam-automaton (or cdam-sequence) interchange document, version 1
jff   JFLAP 7 XML (a finite automaton; epsilon as an empty read)
dot   Graphviz DOT: states (accepting ones double-circled), an arrow into each start state, one
      edge per pair of states labelled with all its symbols
svg   that graph drawn as an SVG picture (cdam bundles Graphviz; none needs to be installed)
onnx  the compiled network as an ONNX model (opset 17, float64; -o required; docs/export.md)
npz   the compiled network as a NumPy archive of .npy arrays (-o required; docs/export.md)
onnx and npz take a 'cdam compile' output (automaton or sequence, recognised by its format field), or an
.fsa file, whose automaton (or --sequence) is compiled with its own network block first.
A damaged compiled network is refused with the field that is wrong.
A file with errors is not exported: its diagnostics go to stderr.
Exit codes: 0 exported, 1 the file cannot be read or has errors, no such automaton or sequence, or -o
cannot be written, 2 a usage error.
${examples([
  'cdam export samples/turnstile.fsa --format json',
  'cdam export samples/ends-with-abb.fsa --format jff -o ends-with-abb.jff',
  'cdam export samples/turnstile.fsa --format dot -o turnstile.dot',
  'cdam export samples/ends-with-abb.fsa --format svg -o ends-with-abb.svg',
  'cdam export samples/regex.fsa --automaton EndsWithAbb --format fsa --minimise',
  'cdam export samples/sequences.fsa --sequence Melody --format json',
  'cdam compile samples/family-tree.fsa -o family.cdam.json && cdam export family.cdam.json --format onnx -o family.onnx',
  'cdam export samples/family-tree.fsa --format npz -o family.npz',
])}`,
    )
    .action(
      async (
        file: string,
        raw: {
          format: string;
          automaton?: string;
          sequence?: string;
          output?: string;
          determinise?: boolean;
          minimise?: boolean;
        },
        command: CdamCommand,
      ) => {
        const format = valid(command, parseChoiceOption('--format', raw.format, EXPORT_FORMATS));
        const { exportCommand } = await import('../commands/export.js');
        setExitCode(
          await exportCommand(
            file,
            {
              format,
              automaton: raw.automaton,
              sequence: raw.sequence,
              output: raw.output,
              determinise: raw.determinise === true,
              minimise: raw.minimise === true,
            },
            io,
          ),
        );
      },
    );
}
