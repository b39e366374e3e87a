import {
  diagnostic,
  formatFile,
  examplesTest,
  fromAutomatonSpec,
  readJsonExamples,
  fromSequenceSpec,
  importInterchange,
  NO_SPAN,
} from '@cdam/language';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { diagnosticsText } from '../diagnostics-text.js';
import { emitOutput, refuseToOverwriteInput } from '../output.js';
import { inputError } from '../usage.js';
import { visiblePath } from '../visible-path.js';

export interface ImportOptions {
  /** Output `.fsa` file; stdout when absent. */
  readonly output?: string;
}

/**
 * `cdam import <file>`: a JFLAP `.jff` or a cdam JSON interchange document (format recognised from
 * the content) as `.fsa` text in canonical layout. Problems in the input print as diagnostics, exit 1.
 */
export async function importCommand(fileName: string, options: ImportOptions, io: Io): Promise<ExitCode> {
  const overwrite = refuseToOverwriteInput(io, 'import', fileName, [['-o', options.output]]);
  if (overwrite !== undefined) return overwrite;
  const read = await io.readFile(fileName);
  if (!read.ok) return inputError(io, read.message);
  const result = importInterchange(read.value, fileName);
  if (result.kind === 'error') {
    io.err(diagnosticsText(result.diagnostics, { fileName, source: read.value }));
    return ExitCode.Errors;
  }
  if (result.format === 'jflap-re') {
    const file = { kind: 'file', declarations: [result.regex], comments: [], span: result.regex.span } as const;
    return emitOutput(io, formatFile(file), options.output);
  }
  if (result.format !== 'cdam-sequence' && result.spec.alphabet.length === 0) {
    // .fsa text cannot state an empty alphabet (FSA208): the file written would fail cdam check
    const problem = diagnostic(
      'FSA302',
      NO_SPAN,
      `automaton '${result.spec.name}' reads no symbol, and a .fsa automaton needs at least one in its alphabet`,
      result.format === 'jflap' ? 'add a transition that reads a symbol in JFLAP' : 'list its symbols in "alphabet"',
    );
    io.err(diagnosticsText([problem], { fileName, source: read.value }));
    return ExitCode.Errors;
  }
  const declaration =
    result.format === 'cdam-sequence' ? fromSequenceSpec(result.spec) : fromAutomatonSpec(result.spec);
  // expected verdicts stored beside a JSON automaton become a test block
  const examples = result.format === 'cdam-automaton' ? readJsonExamples(JSON.parse(read.value)) : undefined;
  const declarations = examples === undefined ? [declaration] : [declaration, examplesTest(result.spec.name, examples)];
  const file = { kind: 'file', declarations, comments: [], span: declaration.span } as const;
  // the path as given, on one line (control characters escaped)
  const origin = result.format === 'jflap' ? `// Imported from the JFLAP file '${visiblePath(fileName)}'.\n` : '';
  return emitOutput(io, origin + formatFile(file), options.output);
}
