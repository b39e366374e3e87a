import type { IToken } from 'chevrotain';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import type { Locator } from './locator.js';
import { suggest } from './suggest.js';
import { shownText } from './syntax-messages.js';
import { Identifier, KEYWORDS } from './tokens.js';

/**
 * Syntax errors that come from one typo, told as that typo: a misspelt keyword (`alphabat a, b`,
 * `strat q0`) and an arrow written wrong (`q0 - > q1`, `q0 => q1`). The parser sees a state name where a
 * keyword was meant, or stray characters where `->` was meant, and its recovery may then stumble once more
 * (after the arrow, or at the start of the next line); all of that becomes one FSA101 at the typo, with
 * "did you mean". Keywords come from `KEYWORDS` in tokens.ts, so a new keyword is suggested as soon as it
 * exists. Diagnostics unrelated to a typo are returned unchanged.
 * O(tokens log lines + diagnostics log diagnostics).
 */
export function explainTypos(tokens: readonly IToken[], diagnostics: readonly Diagnostic[], at: Locator): Diagnostic[] {
  const errors = diagnostics
    .filter((d) => d.code === 'FSA100' || d.code === 'FSA101')
    .sort((a, b) => a.span.start.offset - b.span.start.offset);
  if (errors.length === 0) return [...diagnostics];
  const typos = [...arrowTypos(at), ...keywordTypos(tokens, at)].sort((a, b) => a.from - b.from);
  const replaced = new Set<Diagnostic>();
  const told: Diagnostic[] = [];
  let next = 0; // the first error not yet passed or explained
  for (const typo of typos) {
    while (next < errors.length && errors[next].span.start.offset < typo.from) next++;
    let end = next;
    while (end < errors.length && errors[end].span.start.offset < typo.to) end++;
    const caused = errors.slice(next, end);
    if (!caused.some((d) => d.span.start.offset < typo.mustFailBefore && (typo.anyError || d.code === 'FSA101'))) {
      continue; // the parser took it in its stride: `strat -> q0 on a` names a state, `"=>"` is a string
    }
    for (const d of caused) replaced.add(d);
    told.push(typo.diagnostic);
    next = end;
  }
  return [...told, ...diagnostics.filter((d) => !replaced.has(d))];
}

/** A likely typo, and the offsets `[from, to)` where the errors it causes start. */
interface Typo {
  readonly from: number;
  readonly to: number;
  /** It is a typo only when an error starts in `[from, mustFailBefore)`... */
  readonly mustFailBefore: number;
  /** ...of any kind (stray characters included), or only a syntax error (FSA101). */
  readonly anyError: boolean;
  readonly diagnostic: Diagnostic;
}

/**
 * A name first on its line (or after `{`) that is spelt like a keyword (see `suggest`: a letter or two
 * off, or another letter case) and followed on its line by something other than `->` or `,`, so it cannot
 * start a transition. Its errors run to the end of the first token of the next line.
 */
function keywordTypos(tokens: readonly IToken[], at: Locator): Typo[] {
  const found: Typo[] = [];
  const lines = tokens.map((token) => at.position(token.startOffset).line);
  // for each token, the index of the first token on a later line (tokens.length for none): one pass back
  const nextLine = new Array<number>(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    nextLine[i] = i + 1 < tokens.length && lines[i + 1] === lines[i] ? nextLine[i + 1] : i + 1;
  }
  let depth = 0; // of braces: 0 between declarations
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.image === '{') depth++;
    else if (token.image === '}') depth = Math.max(0, depth - 1);
    if (token.tokenType !== Identifier) continue;
    const previous = tokens[i - 1];
    if (previous !== undefined && previous.image !== '{' && lines[i - 1] === lines[i]) continue;
    const following = tokens[i + 1];
    if (following === undefined || following.image === '->' || following.image === ',') continue;
    if (lines[i + 1] !== lines[i]) continue;
    const keyword = suggest(token.image, KEYWORDS);
    if (keyword === undefined) continue;
    const next = tokens[nextLine[i]];
    found.push({
      from: token.startOffset,
      to: next === undefined ? Infinity : next.startOffset + next.image.length,
      mustFailBefore: next === undefined ? Infinity : next.startOffset + 1,
      anyError: false,
      diagnostic: diagnostic(
        'FSA101',
        at.tokenSpan(token),
        `unknown keyword '${shownText(token.image)}'; did you mean '${keyword}'?`,
        depth === 0
          ? `a declaration is written '${keyword} ${shownText(following.image)} { ... }'`
          : `if '${shownText(token.image)}' is a state, a transition from it is written '${shownText(token.image)} -> to on symbol'`,
      ),
    });
  }
  return found;
}

/** `- >`, `=>`, `-->`, `= >`, `–>`, `—>`: dashes, equals signs and spaces before a `>`, other than `->`. */
const ARROW_LIKE = /(?:[-=\u2013\u2014][ \t]*)+>/g;

/**
 * Each arrow-like run of characters that itself fails to lex or parse; its errors run to the end of the
 * token after it, where the parser, still waiting for `->`, fails once more.
 */
function arrowTypos(at: Locator): Typo[] {
  const found: Typo[] = [];
  for (const match of at.text.matchAll(ARROW_LIKE)) {
    if (match[0] === '->') continue;
    const from = match.index;
    const end = from + match[0].length;
    const nextToken = /\s*[^\s,{}()]+/y;
    nextToken.lastIndex = end;
    found.push({
      from,
      to: nextToken.exec(at.text) === null ? end : nextToken.lastIndex,
      mustFailBefore: end,
      anyError: true,
      diagnostic: diagnostic(
        'FSA101',
        at.span(from, end),
        `'${shownText(match[0])}' is not an arrow; did you mean '->'?`,
        "a transition is written 'from -> to on symbol', with '->' as one word",
      ),
    });
  }
  return found;
}
