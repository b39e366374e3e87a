import type { CdamCommand } from '../cdam-command.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam fmt` on `program`; its command module is imported only when it runs. */
export function declareFmt(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
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
${examples([
  'cdam fmt samples/turnstile.fsa',
  'cdam fmt --check samples/turnstile.fsa',
  'cdam fmt --write samples/turnstile.fsa',
])}`,
    )
    .action(async (file: string, raw: { write?: boolean; check?: boolean }) => {
      const { fmtCommand } = await import('../commands/fmt.js');
      setExitCode(await fmtCommand(file, { write: raw.write === true, check: raw.check === true }, io));
    });
}
