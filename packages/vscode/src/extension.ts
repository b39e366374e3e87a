import { execFile } from 'node:child_process';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/**
 * Starts the bundled `.fsa` language server (dist/server.cjs, the server of `cdam lsp`) for `.fsa` files and
 * registers the commands that run the cdam command line on the current file.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const server = context.asAbsolutePath('dist/server.cjs');
  const serverOptions: ServerOptions = {
    run: { module: server, transport: TransportKind.stdio },
    debug: { module: server, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = { documentSelector: [{ language: 'fsa' }] };
  client = new LanguageClient('cdam', 'cdam language server', serverOptions, clientOptions);

  const output = vscode.window.createOutputChannel('cdam');
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('cdam.compile', () => runOnCurrentFile(output, (file) => ['compile', file])),
    vscode.commands.registerCommand('cdam.runWord', async () => {
      const word = await vscode.window.showInputBox({
        prompt: 'The word to run: symbols separated by spaces or commas, or one character per symbol',
        placeHolder: 'coin push coin',
      });
      if (word !== undefined) await runOnCurrentFile(output, (file) => ['run', file, '--input', word]);
    }),
    vscode.commands.registerCommand('cdam.verify', () => runOnCurrentFile(output, (file) => ['verify', file])),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** Saves the current `.fsa` file, runs `cdam <args>` beside it and shows what it printed in the output channel. */
async function runOnCurrentFile(output: vscode.OutputChannel, args: (file: string) => string[]): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined || document.languageId !== 'fsa') {
    void vscode.window.showErrorMessage('cdam: open a .fsa file first');
    return;
  }
  if (document.isUntitled) {
    void vscode.window.showErrorMessage('cdam: save the file first; the command line reads it from disk');
    return;
  }
  if (document.isDirty && !(await document.save())) return;
  const cli = vscode.workspace.getConfiguration('cdam').get<string>('cli.path', 'cdam');
  const file = document.uri.fsPath;
  const argv = args(basename(file));
  output.show(true);
  output.appendLine(`$ ${cli} ${argv.map(quoteArgument).join(' ')}`);
  await new Promise<void>((resolve) => {
    execFile(cli, argv, { cwd: dirname(file), maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (stdout) output.append(stdout);
      if (stderr) output.append(stderr);
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : undefined;
      if (code === undefined) {
        output.appendLine(
          `could not run '${cli}': ${error?.message ?? 'unknown error'}; install the cdam command line or set cdam.cli.path`,
        );
      } else output.appendLine(`[exit code ${code}]`);
      resolve();
    });
  });
}

function quoteArgument(arg: string): string {
  return /^[\w./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
