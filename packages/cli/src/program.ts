import { CommanderError } from 'commander';
import { CdamCommand } from './cdam-command.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { declareCapacity } from './program/declare-capacity.js';
import { declareCheck } from './program/declare-check.js';
import { declareCompile } from './program/declare-compile.js';
import { declareEquiv } from './program/declare-equiv.js';
import { declareExport } from './program/declare-export.js';
import { declareFmt } from './program/declare-fmt.js';
import { declareImport } from './program/declare-import.js';
import { declareLsp } from './program/declare-lsp.js';
import { declareModes } from './program/declare-modes.js';
import { declareRecall } from './program/declare-recall.js';
import { declareRun } from './program/declare-run.js';
import { declareStep } from './program/declare-step.js';
import { declareTest } from './program/declare-test.js';
import { declareVerify } from './program/declare-verify.js';
import { examples } from './program/help-text.js';
import type { ProgramContext } from './program/program-context.js';
import { VERSION } from './version.js';

const HELP_WIDTH = 100;

/** Every command's declarer, in the order `cdam --help` lists the commands. */
const DECLARERS = [
  declareCheck,
  declareFmt,
  declareImport,
  declareExport,
  declareCompile,
  declareRun,
  declareStep,
  declareTest,
  declareRecall,
  declareModes,
  declareCapacity,
  declareVerify,
  declareEquiv,
  declareLsp,
] as const;

const EXIT_CODES = `
Exit codes (the same kind of failure exits the same way in every command):
  0  success
  1  an input file cannot be read, is not what the command expects, or has errors (diagnostics); an
     output cannot be written; or a check failed (verify: a mismatch; equiv: not equivalent; fmt --check)
  2  usage error: unknown command or option, missing argument, bad option value
  70 internal error (please report it)
`;

/**
 * Builds the `cdam` program. Output goes through `io`; parse errors throw `CommanderError`
 * (`exitOverride`) so `runCli` can turn them into exit codes. `setExitCode` receives each
 * command's result. Each command module is imported when its command runs, so `cdam check`
 * never loads the compiler, the runtime or the terminal UI.
 */
export function buildProgram(io: Io, setExitCode: (code: ExitCode) => void): CdamCommand {
  const program = new CdamCommand('cdam');
  program
    .description(
      'Compile finite automata and temporal sequences into a Correlated Dense Associative Memory (CDAM), and run them',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: (text, write) => write(text),
      getOutHelpWidth: () => HELP_WIDTH,
      getErrHelpWidth: () => HELP_WIDTH,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .addHelpText(
      'after',
      `${examples([
        'cdam check samples/*.fsa',
        'cdam fmt --write samples/turnstile.fsa',
        'cdam export samples/turnstile.fsa --format dot -o turnstile.dot',
        'cdam compile samples/turnstile.fsa -o turnstile.cdam.json',
        'cdam run turnstile.cdam.json --input "coin push"',
        'cdam help check',
      ])}${EXIT_CODES}`,
    );

  const context: ProgramContext = { io, setExitCode };
  for (const declare of DECLARERS) declare(program, context);

  return program;
}

/**
 * Runs `cdam` with the arguments after the program name and returns the exit code.
 * Usage errors (exit 2) and help/version (exit 0) come from commander; everything else from the command.
 * Throws only on a bug; `main.ts` reports that as an internal error.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    throw error;
  }
  return exitCode;
}
