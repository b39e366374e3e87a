import { sha256Hex, utf8Bytes } from './bytes.js';

/** Which text a compiled network's source hash was taken of. */
export interface SourceHash {
  /** sha256 (hex) of the source text, or of the spec's canonical JSON when no text was given. */
  readonly sha256: string;
  readonly hashOf: 'text' | 'spec';
}

/** The hash an artifact records of its source: of `sourceText` when given, else of `canonicalSpec`'s JSON. O(length). */
export function hashSource(canonicalSpec: unknown, sourceText: string | undefined): SourceHash {
  const hashed = sourceText ?? JSON.stringify(canonicalSpec);
  return {
    sha256: sha256Hex(utf8Bytes(hashed)),
    hashOf: sourceText !== undefined ? 'text' : 'spec',
  };
}
