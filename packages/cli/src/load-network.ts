import { compileAutomaton, loadArtifact, type CompiledNetwork, type CompileResult } from '@cdam/compiler';
import { findAutomaton, toAutomatonSpec, type NetworkParameters } from '@cdam/language';
import type { Io } from './io.js';
import { readCheckedFile } from './read-checked-file.js';

export type LoadedNetwork = { readonly ok: true; readonly network: CompiledNetwork } | { readonly ok: false };

/** Whether `fileName` names a compiled artifact (`*.cdam.json`, or any `.json`) rather than `.fsa` source. */
export function isArtifactPath(fileName: string): boolean {
  return /\.json$/i.test(fileName);
}

/** Prints a compiler failure as one line naming the automaton and the file. */
export function reportCompileError(
  io: Io,
  fileName: string,
  name: string,
  result: Extract<CompileResult, { kind: 'error' }>,
): void {
  io.err(`cdam: ${fileName}: cannot compile '${name}': ${result.error.message}\n`);
}

/**
 * Reads the artifact `fileName` and loads it with `load` (a compiled network, or the message of why not),
 * checking that it was compiled from `wanted` when given. Problems are printed on stderr as
 * `cdam: <file>: not a valid <what>: <message>`; then undefined, and the caller exits 1.
 */
export async function loadArtifactFile<T extends { readonly name: string }>(
  io: Io,
  fileName: string,
  what: string,
  wanted: string | undefined,
  load: (text: string) => T | string,
): Promise<T | undefined> {
  const read = await io.readFile(fileName);
  if (!read.ok) {
    io.err(`cdam: ${read.message}\n`);
    return undefined;
  }
  const loaded = load(read.value);
  if (typeof loaded === 'string') {
    io.err(`cdam: ${fileName}: not a valid ${what}: ${loaded}\n`);
    return undefined;
  }
  if (wanted !== undefined && loaded.name !== wanted) {
    io.err(`cdam: ${fileName}: the network was compiled from '${loaded.name}', not '${wanted}'\n`);
    return undefined;
  }
  return loaded;
}

/**
 * The network to run: loaded from an artifact, or compiled from the automaton `automaton` of a `.fsa` file
 * (with `parameters` overriding its network block). Problems are printed on stderr; the caller exits 1.
 */
export async function loadNetwork(
  io: Io,
  fileName: string,
  options: { readonly automaton?: string; readonly parameters?: NetworkParameters } = {},
): Promise<LoadedNetwork> {
  if (isArtifactPath(fileName)) {
    const network = await loadArtifactFile(io, fileName, 'cdam network', options.automaton, (text) => {
      const loaded = loadArtifact(text);
      return loaded.kind === 'ok' ? loaded.network : loaded.message;
    });
    return network !== undefined ? { ok: true, network } : { ok: false };
  }
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return { ok: false };
  const found = findAutomaton(checked.file, options.automaton);
  if (!found.ok) {
    io.err(`cdam: ${fileName}: ${found.message}\n`);
    return { ok: false };
  }
  const spec = toAutomatonSpec(found.declaration);
  const compiled = compileAutomaton(spec, { ...options.parameters, sourceText: checked.source });
  if (compiled.kind === 'error') {
    reportCompileError(io, fileName, spec.name, compiled);
    return { ok: false };
  }
  return { ok: true, network: compiled.network };
}
