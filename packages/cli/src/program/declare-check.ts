import type { CdamCommand } from '../cdam-command.js';
import { parseChoiceOption } from '../option-values.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';
import { valid } from './valid-option.js';

/** Declares `cdam check` on `program`; its command module is imported only when it runs. */
export function declareCheck(program: CdamCommand, { io, setExitCode }: ProgramContext): void {
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
${examples(['cdam check samples/*.fsa', 'cdam check --format json samples/turnstile.fsa'])}`,
    )
    .action(async (files: string[], raw: { format: string }, command: CdamCommand) => {
      const format = valid(command, parseChoiceOption('--format', raw.format, ['text', 'json'] as const));
      const { checkCommand } = await import('../commands/check.js');
      setExitCode(await checkCommand(files, { format }, io));
    });
}
