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
 * The network to run: loaded from an artifact, or compiled from the automaton `automaton` of a `.fsa` file
 * (with `parameters` overriding its network block). Problems are printed on stderr; the caller exits 1.
 */
export async function loadNetwork(
  io: Io,
  fileName: string,
  options: { readonly automaton?: string; readonly parameters?: NetworkParameters } = {},
): Promise<LoadedNetwork> {
  if (isArtifactPath(fileName)) {
    const read = await io.readFile(fileName);
    if (!read.ok) {
      io.err(`cdam: ${read.message}\n`);
      return { ok: false };
    }
    const loaded = loadArtifact(read.value);
    if (loaded.kind === 'error') {
      io.err(`cdam: ${fileName}: not a valid cdam network: ${loaded.message}\n`);
      return { ok: false };
    }
    if (options.automaton !== undefined && loaded.network.name !== options.automaton) {
      io.err(`cdam: ${fileName}: the network was compiled from '${loaded.network.name}', not '${options.automaton}'\n`);
      return { ok: false };
    }
    return { ok: true, network: loaded.network };
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
