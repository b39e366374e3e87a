import { compileAutomaton, toArtifact } from '@cdam/compiler';
import { findAutomaton, toAutomatonSpec, type NetworkParameters } from '@cdam/language';
import { formatCompileReport } from '../compile-report.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { reportCompileError } from '../load-network.js';
import { refuseToOverwriteInput } from '../output.js';
import { readCheckedFile } from '../read-checked-file.js';
import { inputError } from '../usage.js';

export interface CompileCommandOptions {
  readonly automaton?: string;
  /** Artifact path; `-` writes it to stdout (the report then goes to stderr). Default `<automaton>.cdam.json`. */
  readonly output?: string;
  /** Network parameters from the flags; they override the file's `network { ... }` block. */
  readonly parameters?: NetworkParameters;
}

/** A file name made from an automaton name: letters, digits, `.`, `_` and `-` kept, anything else `-`. */
export function artifactFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  return `${safe === '' ? 'network' : safe}.cdam.json`;
}

/**
 * `cdam compile <file.fsa>`: compiles one automaton into a CDAM network, writes the artifact
 * (`-o`, default `<automaton-name>.cdam.json` in the working directory) and prints the compile report.
 * A file with errors or a network that cannot be made safe exits 1 with the reason.
 */
export async function compileCommand(fileName: string, options: CompileCommandOptions, io: Io): Promise<ExitCode> {
  const overwrite = refuseToOverwriteInput(io, 'compile', fileName, [['-o', options.output]]);
  if (overwrite !== undefined) return overwrite;
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return ExitCode.Errors;
  const found = findAutomaton(checked.file, options.automaton);
  if (!found.ok) return inputError(io, `${fileName}: ${found.message}`);
  const spec = toAutomatonSpec(found.declaration);
  const result = compileAutomaton(spec, { ...options.parameters, sourceText: checked.source });
  if (result.kind === 'error') {
    reportCompileError(io, fileName, spec.name, result);
    return ExitCode.Errors;
  }
  const artifact = toArtifact(result.network);
  const output = options.output ?? artifactFileName(spec.name);
  const report = formatCompileReport(result.network.report);
  if (output === '-') {
    io.out(artifact);
    io.err(`compiled '${spec.name}' from ${fileName}\n${report}`);
    return ExitCode.Ok;
  }
  const written = await io.writeFile(output, artifact);
  if (!written.ok) return inputError(io, written.message);
  io.out(`compiled '${spec.name}' from ${fileName} -> ${output}\n${report}`);
  return ExitCode.Ok;
}
