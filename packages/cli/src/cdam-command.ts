import { Command, type Option } from 'commander';
import { closestMatch } from './did-you-mean.js';
import { ExitCode } from './exit-code.js';
import { usageMessage } from './usage.js';

/**
 * A commander `Command` whose parse errors read like the rest of cdam:
 * `cdam: unknown option '--formt' for 'check'; did you mean '--format'? (see 'cdam check --help')`.
 * Every such error exits with `ExitCode.Usage`. The overridden methods are commander's own
 * error paths (commander 14); each ends in `this.error`, which `exitOverride` turns into a throw.
 */
export class CdamCommand extends Command {
  override createCommand(name?: string): CdamCommand {
    return new CdamCommand(name);
  }

  /** `cdam` or `cdam check`, as the user typed it. */
  commandPath(): string {
    const names: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) names.unshift(c.name());
    return names.join(' ');
  }

  private forCommand(): string {
    return this.parent ? ` for '${this.name()}'` : '';
  }

  /** Reports a usage problem found after parsing (e.g. two options that exclude each other). */
  usageError(message: string): never {
    this.error(usageMessage(this.commandPath(), message), { exitCode: ExitCode.Usage, code: 'cdam.usage' });
  }

  unknownOption(flag: string): void {
    const candidates: string[] = [];
    for (let c: Command | null = this; c; c = c.parent) {
      for (const option of c.createHelp().visibleOptions(c)) if (option.long) candidates.push(option.long);
    }
    const suggestion = flag.startsWith('--') ? closestMatch(flag, candidates) : undefined;
    const hint = suggestion ? `; did you mean '${suggestion}'?` : '';
    this.error(usageMessage(this.commandPath(), `unknown option '${flag}'${this.forCommand()}${hint}`), {
      exitCode: ExitCode.Usage,
      code: 'commander.unknownOption',
    });
  }

  unknownCommand(): void {
    const name = this.args[0];
    const candidates = this.commands.map((c) => c.name());
    const suggestion = closestMatch(name, candidates);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : `; commands are ${candidates.join(', ')}`;
    this.error(usageMessage(this.commandPath(), `unknown command '${name}'${hint}`), {
      exitCode: ExitCode.Usage,
      code: 'commander.unknownCommand',
    });
  }

  missingArgument(name: string): void {
    this.error(usageMessage(this.commandPath(), `missing argument <${name}>${this.forCommand()}`), {
      exitCode: ExitCode.Usage,
      code: 'commander.missingArgument',
    });
  }

  optionMissingArgument(option: Option): void {
    this.error(usageMessage(this.commandPath(), `option '${option.long ?? option.flags}' needs a value`), {
      exitCode: ExitCode.Usage,
      code: 'commander.optionMissingArgument',
    });
  }

  missingMandatoryOptionValue(option: Option): void {
    this.error(
      usageMessage(this.commandPath(), `option '${option.long ?? option.flags}' is required${this.forCommand()}`),
      {
        exitCode: ExitCode.Usage,
        code: 'commander.missingMandatoryOptionValue',
      },
    );
  }

  _excessArguments(received: readonly string[]): void {
    const expected = this.registeredArguments.length;
    const extra = received.slice(expected).map((a) => `'${a}'`);
    this.error(
      usageMessage(
        this.commandPath(),
        `too many arguments${this.forCommand()}: expected ${expected}, got ${received.length} (unexpected ${extra.join(', ')})`,
      ),
      { exitCode: ExitCode.Usage, code: 'commander.excessArguments' },
    );
  }
}
