import {
  toDot,
  fromSpec,
  minimise,
  minimiseTransducer,
  toDfa,
  toSpec,
  transducerOf,
  transducerToSpec,
} from '@cdam/automata';
import { findAutomatonSpec } from '@cdam/compiler';
import {
  findSequence,
  formatFile,
  fromAutomatonSpec,
  NO_SPAN,
  toAutomatonJson,
  toJflap,
  toSequenceJson,
  toSequenceSpec,
  type AutomatonSpec,
} from '@cdam/language';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { emitOutput, refuseToOverwriteInput } from '../output.js';
import { readCheckedFile } from '../read-checked-file.js';
import { inputError, usageError } from '../usage.js';

export type ExportFormat = 'fsa' | 'json' | 'jff' | 'dot' | 'svg' | 'onnx' | 'npz';

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly automaton?: string;
  readonly sequence?: string;
  /** Output file; stdout when absent. */
  readonly output?: string;
  /** Write the subset construction of the automaton (a dfa). */
  readonly determinise?: boolean;
  /** Write the minimal dfa (implies determinising). */
  readonly minimise?: boolean;
}

/**
 * `cdam export <file.fsa> --format fsa|json|jff|dot|svg`: one automaton (or, with `--sequence`, one
 * sequence as JSON) in an interchange format, as an explicit `.fsa` block, or drawn (`svg`: the `dot`
 * graph laid out by the Graphviz that @cdam/figures bundles as WebAssembly; no system Graphviz). A regex
 * or derived automaton is written as the machine it builds; `--determinise` and `--minimise` apply before
 * writing. A file with errors prints its diagnostics and exits 1. `onnx` and `npz` write a compiled network.
 */
export async function exportCommand(fileName: string, options: ExportOptions, io: Io): Promise<ExitCode> {
  if (options.format === 'onnx' || options.format === 'npz') {
    // A compiled network (or a source compiled on the spot), written for other tools: docs/export.md.
    const { exportNetwork } = await import('./export-network.js');
    return exportNetwork(fileName, { ...options, format: options.format }, io);
  }
  if (options.automaton !== undefined && options.sequence !== undefined) {
    return usageError(io, 'export', "options '--automaton' and '--sequence' cannot be used together");
  }
  if (options.sequence !== undefined && (options.determinise === true || options.minimise === true)) {
    return usageError(io, 'export', "options '--determinise' and '--minimise' apply to automata, not sequences");
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
  const transformed = transform(selected.declaration, options);
  if (!transformed.ok) return inputError(io, `${fileName}: ${transformed.message}`);
  const spec = transformed.spec;
  if (options.format === 'svg') {
    const { renderDot } = await import('@cdam/figures');
    return emitOutput(io, await renderDot(dotOf(spec)), options.output);
  }
  const text =
    options.format === 'fsa'
      ? formatFile({ kind: 'file', declarations: [fromAutomatonSpec(spec)], comments: [], span: NO_SPAN })
      : options.format === 'json'
        ? toAutomatonJson(spec)
        : options.format === 'jff'
          ? toJflap(spec)
          : dotOf(spec);
  return emitOutput(io, text, options.output);
}

/** The DOT graph of a spec; a transducer's outputs are drawn after a slash (on edges or states). */
function dotOf(spec: AutomatonSpec): string {
  const transducer = transducerOf(spec);
  return transducer === undefined
    ? toDot(fromSpec(spec), { name: spec.name })
    : toDot(transducer.dfa, { name: spec.name, transducer });
}

/**
 * The spec as asked: as built, determinised (subset construction), or minimised (then minimal and trim).
 * A transducer keeps its outputs: `--minimise` gives the smallest transducer with the same output tapes.
 */
function transform(
  spec: AutomatonSpec,
  options: ExportOptions,
): { readonly ok: true; readonly spec: AutomatonSpec } | { readonly ok: false; readonly message: string } {
  if (options.determinise !== true && options.minimise !== true) return { ok: true, spec };
  // A transducer is deterministic already; minimising merges states with the same outputs.
  const transducer = transducerOf(spec);
  if (transducer !== undefined) {
    if (options.minimise !== true) return { ok: true, spec };
    return {
      ok: true,
      spec: transducerToSpec(minimiseTransducer(transducer), { name: spec.name, network: spec.network }),
    };
  }
  const determinised = toDfa(spec);
  if (determinised.kind === 'too-many-states') {
    return {
      ok: false,
      message: `'${spec.name}' has more than ${determinised.limit} states when made deterministic; export it without --determinise or --minimise`,
    };
  }
  const dfa = options.minimise === true ? minimise(determinised.dfa) : determinised.dfa;
  return { ok: true, spec: toSpec(dfa, { name: spec.name, network: spec.network }) };
}
