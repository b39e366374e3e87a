import { toDot, fromSpec } from '@cdam/automata';
import { findAutomatonSpec } from '@cdam/compiler';
import { findSequence, toAutomatonJson, toJflap, toSequenceJson, toSequenceSpec } from '@cdam/language';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { emitOutput, refuseToOverwriteInput } from '../output.js';
import { readCheckedFile } from '../read-checked-file.js';
import { inputError, usageError } from '../usage.js';

export type ExportFormat = 'json' | 'jff' | 'dot';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly automaton?: string;
  readonly sequence?: string;
  /** Output file; stdout when absent. */
  readonly output?: string;
}

/**
 * `cdam export <file.fsa> --format json|jff|dot`: one automaton (or, with `--sequence`, one sequence
 * as JSON) in an interchange format. A file with errors prints its diagnostics and exits 1.
 */
export async function exportCommand(fileName: string, options: ExportOptions, io: Io): Promise<ExitCode> {
  if (options.automaton !== undefined && options.sequence !== undefined) {
    return usageError(io, 'export', "options '--automaton' and '--sequence' cannot be used together");
  }
  if (options.sequence !== undefined && options.format !== 'json') {
    return usageError(io, 'export', `a sequence can only be exported as json, not '${options.format}'`);
  }
  const overwrite = refuseToOverwriteInput(io, 'export', fileName, [['-o', options.output]]);
  if (overwrite !== undefined) return overwrite;
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return ExitCode.Errors;

  // A file of sequences only: `--format json` needs no flag when there is nothing else to export.
  const onlySequences =
    options.automaton === undefined &&
    options.format === 'json' &&
    checked.file.declarations.length > 0 &&
    checked.file.declarations.every((d) => d.kind === 'sequence');
  if (options.sequence !== undefined || onlySequences) {
    const selected = findSequence(checked.file, options.sequence);
    if (!selected.ok) return inputError(io, `${fileName}: ${selected.message}`);
    return emitOutput(io, toSequenceJson(toSequenceSpec(selected.declaration)), options.output);
  }
  const selected = findAutomatonSpec(checked.file, options.automaton);
  if (!selected.ok) return inputError(io, `${fileName}: ${selected.message}`);
  const spec = selected.declaration;
  const text =
    options.format === 'json'
      ? toAutomatonJson(spec)
      : options.format === 'jff'
        ? toJflap(spec)
        : toDot(fromSpec(spec), { name: spec.name });
  return emitOutput(io, text, options.output);
}
