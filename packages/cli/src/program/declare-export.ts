import type { CdamCommand } from '../cdam-command.js';
import { parseChoiceOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid } from './valid-option.js';

/** Kept here, not in commands/export.ts, so `--help` and option checks load no command module. */
const EXPORT_FORMATS = ['fsa', 'json', 'jff', 'dot'] as const;

/** Declares `cdam export` on `program`; its command module is imported only when it runs. */
export function declareExport(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
  program
    .command('export')
    .description('write an automaton as .fsa, cdam JSON, JFLAP XML or Graphviz DOT, or a sequence as cdam JSON')
    .argument('<file>', 'the .fsa file')
    .requiredOption('--format <format>', `output format (required): ${EXPORT_FORMATS.join(', ')}`)
    .option('--automaton <name>', 'the automaton to export (optional when the file has exactly one)')
    .option('--sequence <name>', 'export this sequence instead (json only; not with --automaton)')
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
dot   Graphviz DOT (render with 'dot -Tsvg')
A file with errors is not exported: its diagnostics go to stderr.
Exit codes: 0 exported, 1 the file cannot be read or has errors, no such automaton or sequence, or -o
cannot be written, 2 a usage error.
${examples([
  'cdam export samples/turnstile.fsa --format json',
  'cdam export samples/ends-with-abb.fsa --format jff -o ends-with-abb.jff',
  'cdam export samples/turnstile.fsa --format dot | dot -Tsvg > turnstile.svg',
  'cdam export samples/regex.fsa --automaton EndsWithAbb --format fsa --minimise',
  'cdam export samples/sequences.fsa --sequence Melody --format json',
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
