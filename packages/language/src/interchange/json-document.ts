import { diagnostic, type Span } from '../diagnostics.js';
import { importError, type ImportError } from './import-result.js';
import { parseJsonText } from './json-text.js';
import { spanAt, validateAgainstSchema } from './schema-validation.js';

export type JsonFormat = 'cdam-automaton' | 'cdam-sequence';

/** A JSON document that passed its schema, with the span of each value by JSON pointer. */
export interface CheckedDocument {
  readonly kind: 'ok';
  readonly document: Readonly<Record<string, unknown>>;
  readonly spans: ReadonlyMap<string, Span>;
}

/**
 * Reads JSON text as a document of `format`: syntax (with line and column), then the format
 * and version fields (a later version is FSA302), then the published schema. Never throws.
 */
export function readJsonDocument(text: string, format: JsonFormat): CheckedDocument | ImportError {
  const parsed = parseJsonText(text);
  if (parsed.kind === 'error') return importError([parsed.diagnostic]);
  const { value, spans } = parsed;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return importError([
      diagnostic(
        'FSA301',
        spanAt(spans, ''),
        `/: must be object`,
        `a ${format} document is an object with "format": "${format}"`,
      ),
    ]);
  }
  const document = value as Record<string, unknown>;
  const found = Object.hasOwn(document, 'format') ? document.format : undefined;
  if (found !== format && (found === 'cdam-automaton' || found === 'cdam-sequence')) {
    return importError([
      diagnostic(
        'FSA301',
        spanAt(spans, '/format'),
        `/format: this is a '${found}' document, not a '${format}' one`,
        `import it as a ${found === 'cdam-automaton' ? 'automaton' : 'sequence'}`,
      ),
    ]);
  }
  const version = Object.hasOwn(document, 'version') ? document.version : undefined;
  // Version 2 of cdam-automaton adds transducers (mealy, moore); version 1 documents read as before.
  const known = format === 'cdam-automaton' ? [1, 2] : [1];
  if (found === format && typeof version === 'number' && !known.includes(version)) {
    return importError([
      diagnostic(
        'FSA302',
        spanAt(spans, '/version'),
        `/version: version ${version} of '${format}' is not supported; this reader knows version ${known.join(' and ')}`,
      ),
    ]);
  }
  const problems = validateAgainstSchema(format, document, spans);
  if (problems.length > 0) return importError(problems);
  return { kind: 'ok', document, spans };
}
