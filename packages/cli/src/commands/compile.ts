import {
  automatonSpecOf,
  capacityRatios,
  compileAutomaton,
  compileSequence,
  toArtifact,
  toSequenceArtifact,
} from '@cdam/compiler';
import {
  findChosenDeclaration,
  toSequenceSpec,
  type AutomatonSpec,
  type NetworkParameters,
  type SequenceSpec,
} from '@cdam/language';
import { threadedSequenceGaps } from '@cdam/runtime/parallel';
import { formatCompileReport, formatSequenceReport } from '../compile-report.js';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { reportCompileError } from '../load-network.js';
import { refuseToOverwriteInput } from '../output.js';
import { readCheckedFile } from '../read-checked-file.js';
import { inputError, usageError } from '../usage.js';
import { visiblePath } from '../visible-path.js';

export interface CompileCommandOptions {
  readonly automaton?: string;
  readonly sequence?: string;
  /** Artifact path; `-` writes it to stdout (the report then goes to stderr). Default `<name>.cdam.json`. */
  readonly output?: string;
  /** Network parameters from the flags; they override the file's `network { ... }` block. */
  readonly parameters?: NetworkParameters;
  /** Print the report as JSON (the compiler's report, with `capacity` and `output`) instead of text. */
  readonly json?: boolean;
}

/** A file name made from an automaton name: letters, digits, `.`, `_` and `-` kept, anything else `-`. */
export function artifactFileName(name: string): string {
  const safe = name.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  return `${safe === '' ? 'network' : safe}.cdam.json`;
}

/** A compiled artifact and its report, or the exit code of a failure already printed. */
type Compiled =
  | {
      readonly ok: true;
      readonly name: string;
      readonly artifact: string;
      readonly report: string;
      /** The report as JSON fields (the compiler's report and its capacity ratios). */
      readonly fields: object;
    }
  | { readonly ok: false; readonly code: ExitCode };

/**
 * `cdam compile <file.fsa>`: compiles one automaton (a `cdam-network` artifact) or one sequence (a
 * `cdam-sequence-network` artifact), chosen with `--automaton` or `--sequence`, or the file's only
 * declaration; writes the artifact (`-o`, default `<name>.cdam.json` in the working directory) and prints the
 * compile report. A file with errors, a missing declaration or a network that cannot be made safe exits 1
 * with the reason; both flags at once, or `--iterations` for a sequence, is a usage error (2).
 */
export async function compileCommand(fileName: string, options: CompileCommandOptions, io: Io): Promise<ExitCode> {
  if (options.automaton !== undefined && options.sequence !== undefined) {
    return usageError(io, 'compile', "options '--automaton' and '--sequence' cannot be used together");
  }
  const overwrite = refuseToOverwriteInput(io, 'compile', fileName, [['-o', options.output]]);
  if (overwrite !== undefined) return overwrite;
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return ExitCode.Errors;
  const found = findChosenDeclaration(checked.file, options);
  if (!found.ok) return inputError(io, `${fileName}: ${found.message}`);
  let compiled: ReturnType<typeof buildSequence>;
  if (found.declaration.kind === 'sequence') {
    compiled = buildSequence(io, fileName, toSequenceSpec(found.declaration), options.parameters ?? {}, checked.source);
  } else {
    const spec = automatonSpecOf(checked.file, found.declaration);
    if (!spec.ok) return inputError(io, `${fileName}: ${spec.message}`);
    compiled = buildAutomaton(io, fileName, spec.spec, options.parameters ?? {}, checked.source);
  }
  if (!compiled.ok) return compiled.code;
  const output = options.output ?? artifactFileName(compiled.name);
  const json = () => `${JSON.stringify({ ...compiled.fields, output })}\n`;
  if (output === '-') {
    io.out(compiled.artifact);
    io.err(options.json ? json() : `compiled '${compiled.name}' from ${fileName}\n${compiled.report}`);
    return ExitCode.Ok;
  }
  const written = await io.writeFile(output, compiled.artifact);
  if (!written.ok) return inputError(io, written.message);
  io.out(options.json ? json() : `compiled '${compiled.name}' from ${fileName} -> ${output}\n${compiled.report}`);
  return ExitCode.Ok;
}

function buildAutomaton(
  io: Io,
  fileName: string,
  spec: AutomatonSpec,
  parameters: NetworkParameters,
  sourceText: string,
): Compiled {
  const result = compileAutomaton(spec, { ...parameters, sourceText });
  if (result.kind === 'error') {
    reportCompileError(io, fileName, spec.name, result);
    return { ok: false, code: ExitCode.Errors };
  }
  const { network } = result;
  const { report } = network;
  return {
    ok: true,
    name: spec.name,
    artifact: toArtifact(network),
    report: formatCompileReport(report),
    fields: { kind: 'automaton', ...report, capacity: capacityRatios(report.states, report.neurons, report.patterns) },
  };
}

function buildSequence(
  io: Io,
  fileName: string,
  spec: SequenceSpec,
  parameters: NetworkParameters,
  sourceText: string,
): Compiled {
  if (parameters.iterations !== undefined) {
    const message = `option '--iterations' does not apply to sequence '${spec.name}': recall makes one update per tick`;
    return { ok: false, code: usageError(io, 'compile', message) };
  }
  // The exact gap check of a long sequence runs on both cores (the same gaps).
  const result = compileSequence(spec, {
    ...parameters,
    sourceText,
    gapCheck: (codes, positions) => threadedSequenceGaps(codes, positions),
  });
  if (result.kind === 'error') {
    io.err(`cdam: ${visiblePath(fileName)}: cannot compile '${spec.name}': ${result.error.message}\n`);
    return { ok: false, code: ExitCode.Errors };
  }
  const { sequence } = result;
  return {
    ok: true,
    name: spec.name,
    artifact: toSequenceArtifact(sequence),
    report: formatSequenceReport(sequence.report),
    fields: {
      kind: 'sequence',
      ...sequence.report,
      capacity: capacityRatios(sequence.report.patterns, sequence.report.neurons, sequence.report.patterns),
    },
  };
}
