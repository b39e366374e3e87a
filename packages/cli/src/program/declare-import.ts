import type { CdamCommand } from '../cdam-command.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam import` on `program`; its command module is imported only when it runs. */
export function declareImport(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
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
${examples([
  'cdam import samples/ends-with-abb.jff -o abb.fsa',
  'cdam export samples/even-parity.fsa --format json -o parity.json && cdam import parity.json',
])}`,
    )
    .action(async (file: string, raw: { output?: string }) => {
      const { importCommand } = await import('../commands/import.js');
      setExitCode(await importCommand(file, { output: raw.output }, io));
    });
}
