import type { AutomatonKind, AutomatonSpec, NetworkParameters } from '../spec.js';
import { networkFromJson, networkToJson } from './network-json.js';

/**
 * What a `.jff` written by cdam records beyond what JFLAP can say, in XML comments that JFLAP
 * ignores: `<!--cdam:name "Turnstile"-->`, one comment per field, each value JSON. Every field
 * is optional on reading; one that is missing, repeated or malformed is left out.
 */
export interface JflapMetadata {
  readonly name?: string;
  readonly kind?: AutomatonKind;
  /** A transducer's output symbols in order. */
  readonly outputs?: readonly string[];
  /** The exact symbols in declaration order, unused ones included; a `<read>` of one of them is that symbol. */
  readonly alphabet?: readonly string[];
  /** The start states in order (JFLAP has one initial state; see `toJflap`). */
  readonly start?: readonly string[];
  /** The accepting states in order. */
  readonly accept?: readonly string[];
  readonly network?: NetworkParameters;
}

const PREFIX = 'cdam:';

/**
 * The metadata comments for `spec`, one per line, `network` only when it has parameters.
 * The JSON is made XML-comment-safe by writing `-` before another `-`, `>` and the characters XML
 * discourages as `\uXXXX` escapes inside its strings, so `JSON.parse` reads the exact value back. O(size).
 */
export function toJflapMetadataComments(spec: AutomatonSpec): string[] {
  const fields: [string, unknown][] = [
    ['name', spec.name],
    ['kind', spec.kind],
    ['alphabet', spec.alphabet],
    ['start', spec.start],
    ['accept', spec.accept],
  ];
  if (spec.outputAlphabet !== undefined) fields.push(['outputs', spec.outputAlphabet]);
  const network = networkToJson(spec.network);
  if (network !== undefined) fields.push(['network', network]);
  return fields.map(([key, value]) => `<!--${PREFIX}${key} ${commentSafeJson(value)}-->`);
}

function commentSafeJson(value: unknown): string {
  // Outside strings JSON has no `>` and never two `-` in a row, so every match is inside a string.
  return JSON.stringify(value).replace(
    /-(?=-)|[>\u007f-\u009f\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Reads the `cdam:` comments of a well-formed XML text (comments inside CDATA sections and
 * processing instructions do not count). Never throws. O(length of text).
 */
export function readJflapMetadata(text: string): JflapMetadata {
  const values = new Map<string, unknown>();
  const repeated = new Set<string>();
  for (const comment of xmlComments(text)) {
    const match = /^\s*cdam:([a-z]+)\s([\s\S]*)$/.exec(comment);
    if (match === null) continue;
    const [, key, json] = match;
    if (values.has(key) || repeated.has(key)) {
      values.delete(key);
      repeated.add(key);
      continue;
    }
    try {
      values.set(key, JSON.parse(json));
    } catch {
      repeated.add(key); // malformed: treat like an ambiguous field and drop it
    }
  }
  const metadata: { -readonly [K in keyof JflapMetadata]: JflapMetadata[K] } = {};
  const name = values.get('name');
  if (typeof name === 'string' && name !== '') metadata.name = name;
  const kind = values.get('kind');
  if (kind === 'dfa' || kind === 'nfa' || kind === 'mealy' || kind === 'moore') metadata.kind = kind;
  const outputs = values.get('outputs');
  if (isNameList(outputs)) metadata.outputs = outputs;
  const alphabet = values.get('alphabet');
  if (isNameList(alphabet) && !alphabet.includes('')) metadata.alphabet = alphabet;
  const start = values.get('start');
  if (isNameList(start) && start.length > 0) metadata.start = start;
  const accept = values.get('accept');
  if (isNameList(accept)) metadata.accept = accept;
  if (values.has('network')) metadata.network = networkFromJson({ network: values.get('network') });
  return metadata;
}

/** An array of distinct strings. */
function isNameList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') && new Set(value).size === value.length;
}

/** The text of each `<!-- ... -->` comment, in document order, skipping CDATA and processing instructions. */
function xmlComments(text: string): string[] {
  const comments: string[] = [];
  const skips: readonly (readonly [open: string, close: string])[] = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
  ];
  let at = text.indexOf('<');
  while (at >= 0) {
    const skip = skips.find(([open]) => text.startsWith(open, at));
    let next = at + 1;
    if (skip !== undefined) {
      const [open, close] = skip;
      const end = text.indexOf(close, at + open.length);
      if (end < 0) break; // nothing after an unclosed section can be a comment
      if (open === '<!--') comments.push(text.slice(at + open.length, end));
      next = end + close.length;
    }
    at = text.indexOf('<', next);
  }
  return comments;
}
