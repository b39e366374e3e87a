import { compileSequence, loadSequenceArtifact, type CompiledSequence } from '@cdam/compiler';
import { findSequence, toSequenceSpec, type NetworkParameters } from '@cdam/language';
import { threadedSequenceGaps } from '@cdam/runtime/parallel';
import type { Io } from './io.js';
import { isArtifactPath, loadArtifactFile } from './load-network.js';
import { readCheckedFile } from './read-checked-file.js';
import { visiblePath, visibleText } from './visible-path.js';

export type LoadedSequence = { readonly ok: true; readonly sequence: CompiledSequence } | { readonly ok: false };

/**
 * The sequence to recall: loaded from a `cdam-sequence-network` artifact (whose name must be `sequence` when
 * given), or the sequence `sequence` of a `.fsa` file (the file's only sequence when omitted), compiled with
 * `parameters` overriding its network block. Problems are printed on stderr; the caller exits 1.
 */
export async function loadSequence(
  io: Io,
  fileName: string,
  options: { readonly sequence?: string; readonly parameters?: NetworkParameters } = {},
): Promise<LoadedSequence> {
  if (isArtifactPath(fileName)) {
    const sequence = await loadArtifactFile(io, fileName, options.sequence, (text) => {
      const loaded = loadSequenceArtifact(text);
      return loaded.kind === 'ok' ? { kind: 'ok', value: loaded.sequence } : loaded;
    });
    return sequence !== undefined ? { ok: true, sequence } : { ok: false };
  }
  const checked = await readCheckedFile(io, fileName);
  if (!checked.ok) return { ok: false };
  const found = findSequence(checked.file, options.sequence);
  if (!found.ok) {
    io.err(`cdam: ${visiblePath(fileName)}: ${visibleText(found.message)}\n`);
    return { ok: false };
  }
  const spec = toSequenceSpec(found.declaration);
  // The exact gap check of a long sequence runs on both cores (the same gaps).
  const compiled = compileSequence(spec, {
    ...options.parameters,
    sourceText: checked.source,
    gapCheck: (codes, positions) => threadedSequenceGaps(codes, positions),
  });
  if (compiled.kind === 'error') {
    io.err(
      `cdam: ${visiblePath(fileName)}: cannot compile '${visibleText(spec.name)}': ${visibleText(compiled.error.message)}\n`,
    );
    return { ok: false };
  }
  return { ok: true, sequence: compiled.sequence };
}
