import type { CdamCommand } from '../cdam-command.js';
import { VERSION } from '../version.js';
import { examples } from './help-text.js';
import type { ProgramContext } from './program-context.js';

/** Declares `cdam lsp` on `program`; the language server is imported only when it runs. */
export function declareLsp(program: CdamCommand, _context: ProgramContext): void {
  program
    .command('lsp')
    .description('run the .fsa language server (LSP 3.17) on stdin and stdout, for editors')
    .option('--stdio', 'talk over stdin and stdout (the default and only transport; editors pass it)')
    .addHelpText(
      'after',
      `
Speaks the Language Server Protocol 3.17 over stdin and stdout until the editor sends 'exit' or closes
stdin: diagnostics as you type (the same as cdam check), hover, go to definition, references, rename,
completion, outline, folding, formatting (as cdam fmt), semantic tokens and quick fixes.
Exit codes: 0 after 'shutdown' then 'exit', 1 when stdin closes or 'exit' comes without 'shutdown'.
${examples(['cdam lsp --stdio'])}`,
    )
    .action(async () => {
      const { runStdioServer } = await import('@cdam/lsp');
      runStdioServer({ version: VERSION });
      // the server ends the process itself (on 'exit' or when stdin closes)
      await new Promise<never>(() => undefined);
    });
}
