import { diagnostic, type Diagnostic } from './diagnostics.js';
import type { Locator } from './locator.js';

/**
 * FSA106 when the text is another format that users hand to `cdam check` by mistake, else undefined: XML
 * (a JFLAP `.jff` file) or JSON (a cdam interchange document, or a compiled network). A `.fsa` file starts,
 * after blank space and comments, with a declaration keyword, so a first `<`, `{` or `[` can only be one
 * of these; one error with the command that reads the file is clearer than a syntax error per line.
 * O(text length) at worst (it looks at the start, and scans JSON for its `format`).
 */
export function findForeignFormat(at: Locator): Diagnostic | undefined {
  const text = at.text;
  const start = firstSignificant(text);
  if (start >= text.length) return undefined;
  const first = text[start];
  const span = at.span(start, start + 1);
  if (first === '<') {
    const jflap = /<structure[\s>]/.test(text.slice(start, start + 4096));
    return diagnostic(
      'FSA106',
      span,
      `this file is XML${jflap ? ' (a JFLAP automaton)' : ''}, not .fsa text`,
      "convert a JFLAP .jff file with 'cdam import FILE -o NAME.fsa', then check that",
    );
  }
  if (first === '{' || first === '[') {
    const format = /"format"\s*:\s*"(cdam-[a-z-]+)"/.exec(text)?.[1];
    const hint =
      format === 'cdam-network'
        ? "it is a compiled automaton: run it with 'cdam run FILE --input WORD', or check it with 'cdam verify FILE'"
        : format === 'cdam-sequence-network'
          ? "it is a compiled sequence: recall it with 'cdam recall FILE'"
          : "convert a cdam JSON automaton or sequence with 'cdam import FILE -o NAME.fsa', then check that";
    return diagnostic('FSA106', span, `this file is JSON${format ? ` ('${format}')` : ''}, not .fsa text`, hint);
  }
  return undefined;
}

/** Index of the first character that is neither blank space nor inside a comment (text.length if none). */
function firstSignificant(text: string): number {
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n' || char === '\uFEFF') {
      i++;
    } else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return text.length; // an unterminated comment is the parser's FSA103
      i = end + 2;
    } else {
      return i;
    }
  }
  return i;
}
