import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { diagnostic, type Diagnostic, type Position } from '../diagnostics.js';
import { leadingByteOrderMarks, Locator } from '../locator.js';

/** An XML element with decoded attribute values and text. */
export interface XmlElement {
  readonly name: string;
  /** Offset of the element's `<` in the text given to `parseXml`, for diagnostics that point at it. */
  readonly offset?: number;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** Character data (text or CDATA), already decoded. */
export interface XmlText {
  readonly text: string;
}

export type XmlNode = XmlElement | XmlText;

export type XmlResult =
  | { readonly kind: 'ok'; readonly roots: readonly XmlElement[] }
  | { readonly kind: 'error'; readonly diagnostic: Diagnostic };

// Entities are decoded here rather than by the parser: it leaves numeric references such as
// JFLAP's `&#13;` undecoded, and no DOCTYPE entity is ever expanded (no entity-expansion attacks).
const PARSER = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  cdataPropName: '#cdata',
  captureMetaData: true,
});

// Typed `Symbol` by the library; it is the unique symbol under which each element's offsets are kept.
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

/** A reference to an entity other than the five XML predefines (`&lt;` ...): one declared in a DOCTYPE. */
const FOREIGN_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)[^\s&;<>"']+;/;

/**
 * Parses XML into plain elements, keeping text verbatim (not trimmed). Malformed XML is one
 * FSA301 diagnostic with the line and column the validator reports. Never throws.
 */
export function parseXml(text: string): XmlResult {
  // A BOM or blank lines before `<?xml ...?>` are common in hand-edited files; skip them,
  // keeping reported positions relative to the original text.
  const lead = /^[\uFEFF\s]*/.exec(text)?.[0] ?? '';
  const leadLines = lead.split('\n');
  let raw: unknown;
  try {
    const valid = XMLValidator.validate(text.slice(lead.length));
    if (valid !== true) {
      const { msg, line, col } = valid.err;
      // A byte order mark takes no column, as in .fsa files (locator.ts).
      const column = line === 1 ? col + leadLines[leadLines.length - 1].replace(/^\uFEFF+/, '').length : col;
      return { kind: 'error', diagnostic: malformed(text, msg, line + leadLines.length - 1, column) };
    }
    raw = PARSER.parse(text.slice(lead.length));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const declaration = text.indexOf('<!ENTITY');
    if (/entit/i.test(message) && declaration >= 0)
      return { kind: 'error', diagnostic: entityError(text, declaration) };
    return { kind: 'error', diagnostic: malformed(text, message, 1, 1) };
  }
  const reference: EntityReference = {};
  const roots = toNodes(raw, { shift: lead.length, offset: 0, reference }).filter(isElement);
  if (reference.entity !== undefined) {
    return { kind: 'error', diagnostic: entityError(text, reference.offset ?? 0, reference.entity) };
  }
  return { kind: 'ok', roots };
}

/**
 * FSA302 for an entity that a DOCTYPE declares: no entity is ever expanded (no file is read, no text
 * multiplied), and keeping `&name;` as literal text would silently change the automaton.
 */
function entityError(text: string, offset: number, entity?: string): Diagnostic {
  const start = new Locator(text).position(offset);
  const what = entity === undefined ? 'the DOCTYPE declares an entity' : `entity reference '${entity}'`;
  return diagnostic(
    'FSA302',
    { start, end: start },
    `${what}: cdam does not expand XML entities`,
    entity === undefined
      ? 'remove the DOCTYPE (JFLAP files have none) and write the text itself'
      : `write the text itself in place of '${entity}' (and a literal '&' as &amp;)`,
  );
}

/** Whether `node` is an element rather than text. */
export function isElement(node: XmlNode): node is XmlElement {
  return 'name' in node;
}

/** The child elements of `element` with the given name. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && c.name === name);
}

/** The concatenated character data directly inside `element`. */
export function textOf(element: XmlElement): string {
  return element.children.map((c) => (isElement(c) ? '' : c.text)).join('');
}

/** The first reference to a DOCTYPE entity met while converting, and where its element starts. */
interface EntityReference {
  entity?: string;
  offset?: number;
}

interface Conversion {
  /** Added to the parser's offsets: the length of the lead skipped before parsing. */
  readonly shift: number;
  /** Offset of the enclosing element, for a reference found in its text. */
  readonly offset: number;
  readonly reference: EntityReference;
}

function toNodes(raw: unknown, at: Conversion): XmlNode[] {
  if (!Array.isArray(raw)) return [];
  const nodes: XmlNode[] = [];
  for (const entry of raw as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const record = entry as Record<string, unknown>;
    const start = (record as Record<symbol, { startIndex?: unknown } | undefined>)[META]?.startIndex;
    const offset = typeof start === 'number' ? start + at.shift : at.offset;
    for (const key of Object.keys(record)) {
      if (key === ':@') continue;
      if (key === '#text') nodes.push({ text: decodeText(String(record[key]), at) });
      else if (key === '#cdata') nodes.push({ text: rawText(record[key]) });
      else if (!key.startsWith('?') && !key.startsWith('!')) {
        const inner = { ...at, offset };
        const attributes = toAttributes(record[':@'], inner);
        nodes.push({ name: key, offset, attributes, children: toNodes(record[key], inner) });
      }
    }
  }
  return nodes;
}

/** Decodes `text` (see `decodeEntities`), noting the first reference to an entity it cannot decode. */
function decodeText(text: string, at: Conversion): string {
  const foreign = at.reference.entity === undefined ? FOREIGN_ENTITY.exec(text) : null;
  if (foreign !== null) {
    at.reference.entity = foreign[0];
    at.reference.offset = at.offset;
  }
  return decodeEntities(text);
}

function toAttributes(raw: unknown, at: Conversion): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (raw === null || typeof raw !== 'object') return attributes;
  for (const [key, value] of Object.entries(raw)) {
    Object.defineProperty(attributes, key, { value: decodeText(String(value), at), enumerable: true });
  }
  return attributes;
}

/** CDATA content as the parser gives it: `[{ '#text': '...' }]`, kept undecoded. */
function rawText(raw: unknown): string {
  if (!Array.isArray(raw)) return '';
  return (raw as unknown[])
    .map((part) =>
      part !== null && typeof part === 'object' ? String((part as Record<string, unknown>)['#text'] ?? '') : '',
    )
    .join('');
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric character references; leaves anything else. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (whole, dec, hex, name) => {
    if (name !== undefined) return NAMED[name as string];
    const code = dec !== undefined ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function malformed(text: string, message: string, line: number, column: number | undefined): Diagnostic {
  const start = positionOf(text, line, column ?? 1);
  return diagnostic(
    'FSA301',
    { start, end: start },
    `malformed XML at line ${start.line}, column ${start.column}: ${message.replace(/\.$/, '')}`,
  );
}

function positionOf(text: string, reportedLine: number, reportedColumn: number): Position {
  const line = Number.isInteger(reportedLine) && reportedLine >= 1 ? reportedLine : 1;
  const column = Number.isInteger(reportedColumn) && reportedColumn >= 1 ? reportedColumn : 1;
  let offset = line === 1 ? leadingByteOrderMarks(text) : 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) break;
    offset = next + 1;
  }
  return { offset: Math.min(offset + column - 1, text.length), line, column };
}
