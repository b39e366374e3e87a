import { loadArtifact, loadSequenceArtifact, type CompiledNetwork, type CompiledSequence } from '@cdam/compiler';
import { automatonToNpz, automatonToOnnx, npzProblem, onnxProblem, sequenceToNpz, sequenceToOnnx } from '@cdam/export';
import { ExitCode } from '../exit-code.js';
import type { Io } from '../io.js';
import { loadArtifactFile, loadNetwork } from '../load-network.js';
import { loadSequence } from '../load-sequence.js';
import { refuseToOverwriteInput } from '../output.js';
import { inputError, usageError } from '../usage.js';
import { visiblePath } from '../visible-path.js';

/** The formats of a compiled network that leaves cdam. */
export type NetworkFormat = 'onnx' | 'npz';

export interface ExportNetworkOptions {
  readonly format: NetworkFormat;
  readonly automaton?: string;
  readonly sequence?: string;
  readonly output?: string;
}

type Loaded =
  | { readonly kind: 'automaton'; readonly network: CompiledNetwork }
  | {
      readonly kind: 'sequence';
      readonly sequence: CompiledSequence;
    };

/** The `format` field of a JSON document, or undefined when the text is not a JSON object. O(text). */
function formatField(text: string): unknown {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    return (JSON.parse(text) as { format?: unknown }).format;
  } catch {
    return undefined;
  }
}

/**
 * The network to export: a `cdam compile` output recognised by its `format` field (a sequence when it is
 * `cdam-sequence-network`, else read as an automaton, whose loader names any other format), or a `.fsa`
 * source compiled with its own network block. Problems are printed; undefined then.
 */
async function loadForExport(io: Io, fileName: string, options: ExportNetworkOptions): Promise<Loaded | undefined> {
  const read = await io.readFile(fileName);
  if (!read.ok) {
    io.err(`cdam: ${read.message}\n`);
    return undefined;
  }
  const text = read.value;
  // The loaders below read the file again through `io`: hand them the text already read.
  const readIo: Io = { ...io, readFile: async (path) => (path === fileName ? read : io.readFile(path)) };
  if (text.trimStart().startsWith('{')) {
    const sequenceArtifact = formatField(text) === 'cdam-sequence-network';
    const [flag, other] = sequenceArtifact ? ['--automaton', 'sequence'] : ['--sequence', 'automaton'];
    if ((sequenceArtifact ? options.automaton : options.sequence) !== undefined) {
      io.err(`cdam: ${visiblePath(fileName)}: this is a compiled ${other}; leave out ${flag}\n`);
      return undefined;
    }
    if (sequenceArtifact) {
      const sequence = await loadArtifactFile(readIo, fileName, options.sequence, (t) => {
        const loaded = loadSequenceArtifact(t);
        return loaded.kind === 'ok' ? { kind: 'ok', value: loaded.sequence } : loaded;
      });
      return sequence && { kind: 'sequence', sequence };
    }
    const network = await loadArtifactFile(readIo, fileName, options.automaton, (t) => {
      const loaded = loadArtifact(t);
      return loaded.kind === 'ok' ? { kind: 'ok', value: loaded.network } : loaded;
    });
    return network && { kind: 'automaton', network };
  }
  if (options.sequence !== undefined) {
    const loaded = await loadSequence(readIo, fileName, { sequence: options.sequence });
    return loaded.ok ? { kind: 'sequence', sequence: loaded.sequence } : undefined;
  }
  const loaded = await loadNetwork(readIo, fileName, { automaton: options.automaton });
  return loaded.ok ? { kind: 'automaton', network: loaded.network } : undefined;
}

/**
 * `cdam export <artifact|file.fsa> --format onnx|npz -o FILE`: the compiled network as an ONNX model or a
 * NumPy archive (docs/export.md). Binary, so `-o` is required. Exit 0 written, 1 an unreadable, damaged or
 * unexportable input or an unwritable output, 2 a usage error.
 */
export async function exportNetwork(fileName: string, options: ExportNetworkOptions, io: Io): Promise<ExitCode> {
  if (options.output === undefined || options.output === '-') {
    return usageError(io, 'export', `--format ${options.format} writes a binary file; give its name with -o FILE`);
  }
  const overwrite = refuseToOverwriteInput(io, 'export', fileName, [['-o', options.output]]);
  if (overwrite !== undefined) return overwrite;
  const loaded = await loadForExport(io, fileName, options);
  if (loaded === undefined) return ExitCode.Errors;
  const { name, patterns } =
    loaded.kind === 'automaton'
      ? { name: loaded.network.name, patterns: loaded.network.patterns.count }
      : { name: loaded.sequence.name, patterns: loaded.sequence.positions.length };
  const neurons = loaded.kind === 'automaton' ? loaded.network.params.neurons : loaded.sequence.params.neurons;
  const problems = { onnx: onnxProblem(neurons, patterns), npz: npzProblem(patterns) };
  const problem = problems[options.format];
  if (problem !== undefined) {
    const instead = options.format === 'onnx' ? 'npz' : 'onnx';
    const fix = problems[instead] === undefined ? `use --format ${instead}` : 'it is too large for either format';
    return inputError(io, `${visiblePath(fileName)}: cannot export '${name}' as ${options.format}: ${problem}; ${fix}`);
  }
  const bytes =
    loaded.kind === 'automaton'
      ? options.format === 'onnx'
        ? automatonToOnnx(loaded.network)
        : automatonToNpz(loaded.network)
      : options.format === 'onnx'
        ? sequenceToOnnx(loaded.sequence)
        : sequenceToNpz(loaded.sequence);
  const written = await io.writeBytes(options.output, bytes);
  if (!written.ok) return inputError(io, written.message);
  const what = options.format === 'onnx' ? 'ONNX model' : 'NumPy archive';
  io.err(
    `wrote the ${what} of ${loaded.kind} '${name}' (${patterns} patterns, ${bytes.length} bytes) to ${options.output}\n`,
  );
  return ExitCode.Ok;
}
