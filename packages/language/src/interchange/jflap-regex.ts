import { diagnostic, NO_SPAN } from '../diagnostics.js';
import type { RegexAst } from '../expression-ast.js';
import { parse } from '../parse.js';
import { formatName } from '../source-name.js';
import { importError, type ImportResult } from './import-result.js';
import { childElements, textOf, type XmlElement } from './xml-tree.js';

/**
 * The `.fsa` text of a JFLAP regular expression: JFLAP reads one character per symbol, `+` as union, `!`
 * as the empty word, `*` as star and parentheses as grouping; each other character becomes a quoted
 * symbol (`"a"`), so the meaning never depends on the splitting rule. O(length).
 */
export function jflapRegexText(expression: string): string {
  const parts: string[] = [];
  for (const c of expression) {
    if (/\s/u.test(c)) continue;
    if (c === '+') parts.push('|');
    else if (c === '!') parts.push('""');
    else if (c === '*' || c === '(' || c === ')') parts.push(c);
    else parts.push(formatName(c) === c && /^\p{L}$/u.test(c) ? c : JSON.stringify(c));
  }
  return parts.join(' ');
}

/**
 * A JFLAP structure of `<type>re</type>` as a `regex` declaration named `name`. An empty or malformed
 * expression (say an unbalanced parenthesis) is FSA301, naming the expression. Never throws.
 */
export function importJflapRegex(structure: XmlElement, name: string): ImportResult<RegexAst> {
  const element = childElements(structure, 'expression')[0];
  const expression = element === undefined ? '' : textOf(element).trim();
  if (expression === '') {
    return importError([
      diagnostic(
        'FSA301',
        NO_SPAN,
        'the JFLAP regular expression is empty',
        'write the expression in JFLAP and save it again',
      ),
    ]);
  }
  const text = `regex ${formatName(name)} = ${jflapRegexText(expression)}\n`;
  const parsed = parse(text);
  const declaration = parsed.file.declarations[0];
  if (parsed.diagnostics.length > 0 || declaration?.kind !== 'regex') {
    return importError([
      diagnostic(
        'FSA301',
        NO_SPAN,
        `the JFLAP regular expression '${expression}' is not well formed`,
        "JFLAP writes union as '+', the empty word as '!', and needs balanced parentheses",
      ),
    ]);
  }
  return { kind: 'ok', spec: declaration };
}
