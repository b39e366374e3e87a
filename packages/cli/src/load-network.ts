import {
  compileAutomaton,
  loadArtifact,
  type ArtifactError,
  type CompiledNetwork,
  type CompileResult,
  findAutomatonSpec,
} from '@cdam/compiler';
import type { NetworkParameters } from '@cdam/language';
import type { Io } from './io.js';
import { readCheckedFile } from './read-checked-file.js';
import { visiblePath, visibleText } from './visible-path.js';

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
  io.err(`cdam: ${visiblePath(fileName)}: cannot compile '${name}': ${result.error.message}\n`);
}

/** What to do about an artifact that is damaged, foreign or of an older version. */
const RECOMPILE_ADVICE = "compile the .fsa source again with 'cdam compile'";

/**
 * Reads the artifact `fileName` and loads it with `load` (the compiled value, or the loader's error),
 * checking that it was compiled from `wanted` when given. Problems are printed on stderr as
 * `cdam: <file>: <message>`, followed by advice to compile again unless the file is another kind of cdam
 * artifact (whose message already names the commands that read it); then undefined, and the caller exits 1.
 */
export async function loadArtifactFile<T extends { readonly name: string }>(
  io: Io,
  fileName: string,
  wanted: string | undefined,
  load: (text: string) => { readonly kind: 'ok'; readonly value: T } | ArtifactError,
): Promise<T | undefined> {
  const read = await io.readFile(fileName);
  if (!read.ok) {
    io.err(`cdam: ${read.message}\n`);
    return undefined;
  }
  const loaded = load(read.value);
  if (loaded.kind === 'error') {
    const advice = loaded.otherFormat === undefined ? `; ${RECOMPILE_ADVICE}` : '';
    io.err(`cdam: ${visiblePath(fileName)}: ${visibleText(loaded.message)}${advice}\n`);
    return undefined;
  }
  if (wanted !== undefined && loaded.value.name !== wanted) {
    io.err(
      `cdam: ${visiblePath(fileName)}: the network was compiled from '${visibleText(loaded.value.name)}', not '${visibleText(wanted)}'\n`,
    );
    return undefined;
  }
  return loaded.value;
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
    let warnings: readonly string[] = [];
    const network = await loadArtifactFile(io, fileName, options.automaton, (text) => {
      const loaded = loadArtifact(text);
      if (loaded.kind !== 'ok') return loaded;
      warnings = loaded.warnings;
      return { kind: 'ok', value: loaded.network };
    });
    if (network === undefined) return { ok: false };
    // An artifact whose parameters no longer give the exactness it claims runs, with the reason on stderr.
    for (const warning of warnings) io.err(`cdam: warning: ${visiblePath(fileName)}: ${visibleText(warning)}\n`);
    return { ok: true, network };
  }
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return { ok: false };
  const found = findAutomatonSpec(checked.file, options.automaton);
  if (!found.ok) {
    io.err(`cdam: ${visiblePath(fileName)}: ${found.message}\n`);
    return { ok: false };
  }
  const spec = found.declaration;
  const compiled = compileAutomaton(spec, { ...options.parameters, sourceText: checked.source });
  if (compiled.kind === 'error') {
    reportCompileError(io, fileName, spec.name, compiled);
    return { ok: false };
  }
  return { ok: true, network: compiled.network };
}
