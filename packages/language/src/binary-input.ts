import { diagnostic, type Diagnostic } from './diagnostics.js';
import type { Locator } from './locator.js';

/** U+FFFD: what a UTF-8 decoder puts in place of a byte that starts no character. */
const REPLACEMENT = 0xfffd;

/** What the input should have been, for the FSA105 message and its hints. */
export interface ExpectedText {
  /** Ends the message: `..., not <expected>`. */
  readonly expected: string;
  /** The hint when the input is binary data. */
  readonly binaryHint: string;
  /** The hint when the input looks like UTF-16 text. */
  readonly utf16Hint: string;
}

/** A `.fsa` source file. */
export const FSA_TEXT: ExpectedText = {
  expected: '.fsa text',
  binaryHint:
    "an .fsa file is UTF-8 text; run a compiled network (.cdam.json) with 'cdam run', " +
    "and read a JFLAP (.jff) or JSON automaton with 'cdam import'",
  utf16Hint: 'this looks like UTF-16 text; save it again as UTF-8, the only encoding an .fsa file may use',
};

/**
 * FSA105 at the first NUL character when the text holds one, else undefined. No `.fsa` text has a NUL,
 * while nearly every binary file (an executable, an image, a UTF-16 document read as UTF-8) has one early,
 * so a NUL alone says "not a text file" and lexing the rest would only bury that under noise. `expected`
 * says what kind of text was wanted (a `.fsa` file unless given). O(text length).
 */
export function findBinaryInput(at: Locator, expected: ExpectedText = FSA_TEXT): Diagnostic | undefined {
  const text = at.text;
  const nul = text.indexOf('\0');
  if (nul < 0) return undefined;
  return diagnostic(
    'FSA105',
    at.span(nul, nul + 1),
    `this file holds binary data (a NUL byte at offset ${byteOffset(text, nul)}), not ${expected.expected}`,
    looksLikeUtf16(text) ? expected.utf16Hint : expected.binaryHint,
  );
}

/** UTF-16 text of mostly ASCII characters: a NUL in every other place among the first characters. */
function looksLikeUtf16(text: string): boolean {
  return /^(\uFFFD\uFFFD)?(?:[^\0]\0|\0[^\0]){4}/.test(text);
}

/**
 * The byte offset in the file of the character at `index`, as a hex dump (`xxd`, `od`) shows it: UTF-8
 * lengths of the characters before it, counting each U+FFFD as the one undecodable byte it usually stands for.
 */
function byteOffset(text: string, index: number): number {
  let bytes = 0;
  for (let i = 0; i < index; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || code === REPLACEMENT) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < index && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
