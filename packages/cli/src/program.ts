import { CommanderError } from 'commander';
import { CdamCommand } from './cdam-command.js';
import { ExitCode } from './exit-code.js';
import type { Io } from './io.js';
import { parseChoiceOption, type OptionValue } from './option-values.js';
import { VERSION } from './version.js';

/** Kept here, not in commands/export.ts, so `--help` and option checks load no command module. */
const EXPORT_FORMATS = ['json', 'jff', 'dot'] as const;

const HELP_WIDTH = 100;

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** The value of a validated option, or a usage error (exit 2) naming the flag. */
function valid<T>(command: CdamCommand, result: OptionValue<T>): T {
  if (!result.ok) command.usageError(result.message);
  return result.value;
}

const EXIT_CODES = `
Exit codes:
  0  success
  1  the input has errors (diagnostics), a file cannot be read or written, or a check failed
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
        'cdam help check',
      ])}${EXIT_CODES}`,
    );

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
${examples(['cdam check samples/*.fsa', 'cdam check --format json broken.fsa'])}`,
    )
    .action(async (files: string[], raw: { format: string }, command: CdamCommand) => {
      const format = valid(command, parseChoiceOption('--format', raw.format, ['text', 'json'] as const));
      const { checkCommand } = await import('./commands/check.js');
      setExitCode(await checkCommand(files, { format }, io));
    });

  program
    .command('fmt')
    .description('print a .fsa file in canonical layout (or rewrite it, or check it)')
    .argument('<file>', 'the .fsa file')
    .option('--write', 'rewrite the file in place (only when its layout changes)')
    .option('--check', 'exit 1 if the file is not formatted; print nothing else on success')
    .addHelpText(
      'after',
      `
Without --write or --check the formatted text goes to stdout. Comments are kept.
A file with syntax errors is not formatted: its diagnostics go to stderr (exit 1).
${examples(['cdam fmt samples/turnstile.fsa', 'cdam fmt --write my.fsa', 'cdam fmt --check my.fsa'])}`,
    )
    .action(async (file: string, raw: { write?: boolean; check?: boolean }) => {
      const { fmtCommand } = await import('./commands/fmt.js');
      setExitCode(await fmtCommand(file, { write: raw.write === true, check: raw.check === true }, io));
    });

  program
    .command('import')
    .description('convert a JFLAP .jff or a cdam JSON interchange file to .fsa text')
    .argument('<file>', 'a .jff (JFLAP finite automaton) or .json (cdam-automaton or cdam-sequence) file')
    .option('-o, --output <file>', 'write the .fsa text to this file instead of stdout')
    .addHelpText(
      'after',
      `
The format is recognised from the content. Problems in the input are printed as diagnostics (exit 1).
${examples(['cdam import machine.jff -o machine.fsa', 'cdam import parity.json'])}`,
    )
    .action(async (file: string, raw: { output?: string }) => {
      const { importCommand } = await import('./commands/import.js');
      setExitCode(await importCommand(file, { output: raw.output }, io));
    });

  program
    .command('export')
    .description('write an automaton as cdam JSON, JFLAP XML or Graphviz DOT, or a sequence as cdam JSON')
    .argument('<file>', 'the .fsa file')
    .requiredOption('--format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`)
    .option('--automaton <name>', 'the automaton to export (optional when the file has exactly one)')
    .option('--sequence <name>', 'export this sequence instead (json only)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addHelpText(
      'after',
      `
json  the cdam-automaton (or cdam-sequence) interchange document, version 1
jff   JFLAP 7 XML (a finite automaton; epsilon as an empty read)
dot   Graphviz DOT (render with 'dot -Tsvg')
A file with errors is not exported: its diagnostics go to stderr (exit 1).
${examples([
  'cdam export samples/turnstile.fsa --format json',
  'cdam export samples/ends-with-abb.fsa --format jff -o ends-with-abb.jff',
  'cdam export samples/turnstile.fsa --format dot | dot -Tsvg > turnstile.svg',
  'cdam export samples/sequences.fsa --sequence Melody --format json',
])}`,
    )
    .action(
      async (
        file: string,
        raw: { format: string; automaton?: string; sequence?: string; output?: string },
        command: CdamCommand,
      ) => {
        const format = valid(command, parseChoiceOption('--format', raw.format, EXPORT_FORMATS));
        const { exportCommand } = await import('./commands/export.js');
        setExitCode(
          await exportCommand(
            file,
            { format, automaton: raw.automaton, sequence: raw.sequence, output: raw.output },
            io,
          ),
        );
      },
    );

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
