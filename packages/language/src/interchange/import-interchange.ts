import { findBinaryInput, type ExpectedText } from '../binary-input.js';
import { diagnostic, NO_SPAN } from '../diagnostics.js';
import { Locator } from '../locator.js';
import { importAutomatonJson } from './automaton-json.js';
import { importError, type InterchangeResult } from './import-result.js';
import { importJflap } from './jflap-import.js';
import { importJflapRegex } from './jflap-regex.js';
import { childElements, parseXml, textOf, type XmlElement } from './xml-tree.js';
import { parseJsonText } from './json-text.js';
import { importSequenceJson } from './sequence-json.js';

/**
 * Imports an interchange document, choosing the reader by extension and content: `.jff`/`.xml`
 * (or text starting with `<`) is JFLAP, named after the file unless it records its name (`importJflap`);
 * `.json` (or text starting with `{`) is read by its `"format"` field, `cdam-automaton` or `cdam-sequence`.
 * Text holding a NUL is binary data, whatever the extension: one FSA105 at the first NUL. Never throws.
 */
export function importInterchange(text: string, fileName: string): InterchangeResult {
  // A NUL is in no JFLAP or JSON text, and the XML or JSON reader would only report the first odd byte.
  const binary = text.includes('\0') ? findBinaryInput(new Locator(text), INTERCHANGE_TEXT) : undefined;
  if (binary !== undefined) return importError([binary]);
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const start = text.replace(/^\uFEFF+/, '').trimStart();
  if (extension === 'jff' || extension === 'xml' || (extension !== 'json' && start.startsWith('<'))) {
    const regex = jflapRegexStructure(text);
    if (regex !== undefined) {
      const imported = importJflapRegex(regex, baseName(fileName));
      return imported.kind === 'ok' ? { kind: 'ok', format: 'jflap-re', regex: imported.spec } : imported;
    }
    const result = importJflap(text, { name: baseName(fileName) });
    return result.kind === 'ok' ? { kind: 'ok', format: 'jflap', spec: result.spec } : result;
  }
  if (extension !== 'json' && !start.startsWith('{')) {
    return importError([
      diagnostic(
        'FSA302',
        NO_SPAN,
        `'${fileName}' is not a known interchange format`,
        'use a cdam JSON document (.json) or a JFLAP file (.jff)',
      ),
    ]);
  }
  const parsed = parseJsonText(text);
  if (parsed.kind === 'error') return importError([parsed.diagnostic]);
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    return importError([diagnostic('FSA301', parsed.spans.get('') ?? NO_SPAN, '/: must be object', HINT_FORMAT)]);
  }
  const format = formatField(parsed.value);
  if (format === 'cdam-sequence') {
    const result = importSequenceJson(text);
    return result.kind === 'ok' ? { kind: 'ok', format: 'cdam-sequence', spec: result.spec } : result;
  }
  if (format === 'cdam-automaton') {
    const result = importAutomatonJson(text);
    return result.kind === 'ok' ? { kind: 'ok', format: 'cdam-automaton', spec: result.spec } : result;
  }
  const span = parsed.spans.get(format === undefined ? '' : '/format') ?? NO_SPAN;
  return importError([
    format === undefined
      ? diagnostic('FSA301', span, "/: missing required property 'format'", HINT_FORMAT)
      : diagnostic(
          'FSA302',
          span,
          `/format: ${JSON.stringify(format)} is not a supported format`,
          'supported formats: "cdam-automaton", "cdam-sequence"',
        ),
  ]);
}

/** What `cdam import` reads, for the FSA105 of a binary file. */
const INTERCHANGE_TEXT: ExpectedText = {
  expected: 'a JFLAP or JSON text file',
  binaryHint: 'import reads a JFLAP file (.jff) or a cdam JSON document (.json), both UTF-8 text',
  utf16Hint: 'this looks like UTF-16 text; save it again as UTF-8, the only encoding import reads',
};

const HINT_FORMAT = 'a cdam JSON document is an object with "format": "cdam-automaton" or "cdam-sequence"';

function formatField(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.hasOwn(value, 'format') ? (value as Record<string, unknown>).format : undefined;
}

/** `dir/Parity.jff` -> `Parity`; empty names fall back to `automaton`. */
function baseName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const stem = base.replace(/\.[^.]*$/, '');
  return stem === '' ? 'automaton' : stem;
}

/** The `<structure>` of a JFLAP file whose `<type>` is `re`, if the text is one. */
function jflapRegexStructure(text: string): XmlElement | undefined {
  const xml = parseXml(text);
  if (xml.kind === 'error') return undefined;
  const structure = xml.roots.find((r) => r.name === 'structure');
  const type = structure === undefined ? undefined : childElements(structure, 'type')[0];
  return type !== undefined && textOf(type).trim() === 're' ? structure : undefined;
}
