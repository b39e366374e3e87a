import fc from 'fast-check';
import type {
  AutomatonAst,
  AutomatonMemberAst,
  DeclarationAst,
  FileAst,
  ItemAst,
  LabelAst,
  NameAst,
  NetworkAst,
  ParameterAst,
  SequenceAst,
  SequenceMemberAst,
} from '../ast.js';
import { NO_SPAN } from '../diagnostics.js';
import { formatFile } from '../format.js';
import { canonicalNameForm } from '../source-name.js';
import { fsaLexer, KEYWORDS } from '../tokens.js';

const KEYWORD_SET: ReadonlySet<string> = new Set(KEYWORDS);

/** A name node made by a program: canonical form for its value, no span. */
export function nameAst(value: string): NameAst {
  return { kind: 'name', value, form: canonicalNameForm(value), span: NO_SPAN };
}

const FIRST_CHARS = ['a', 'q', 'Z', '_', 'é', 'ß', 'Ж', 'ǅ', 'ʰ', '状', 'ε', '𝒜'];
const NEXT_CHARS = [...FIRST_CHARS, '0', '7', '_', '٣', '²', '〇'];

/** Bare identifiers (`[\p{L}_][\p{L}\p{N}_]*`, not keywords), ASCII and beyond. */
export const arbIdentifier: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...FIRST_CHARS), fc.array(fc.constantFrom(...NEXT_CHARS), { maxLength: 6 }))
  .map(([first, rest]) => first + rest.join(''))
  .filter((word) => !KEYWORD_SET.has(word));

/** Integer names such as `0`, `1`, `01` (the text is the name, so `01` differs from `1`). */
export const arbIntegerName: fc.Arbitrary<string> = fc
  .array(fc.constantFrom('0', '1', '2', '5', '9'), { minLength: 1, maxLength: 4 })
  .map((digits) => digits.join(''));

/** Names spelled like a keyword; they must be quoted. */
export const arbKeywordName: fc.Arbitrary<string> = fc.constantFrom(...KEYWORDS);

const AWKWARD_NAMES = [
  'SYN-ACK',
  'passive open',
  '"quoted"',
  "it's",
  'back\\slash',
  'tab\there',
  'line\nbreak',
  'cr\rhere',
  '😀',
  '',
  ' ',
  '1.5',
  '-1',
  'a->b',
  '/* not a comment */',
  '// nor this',
  '\u0000\u007f\u0085\u2028',
  'e\u0301',
];

/** Names that need quotes: spaces, quotes, backslashes, control characters, emoji, lone surrogates. */
export const arbQuotedName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...AWKWARD_NAMES),
  fc.string({ unit: 'grapheme', maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 2 }),
);

/** Any name value: identifiers most often, then integers, awkward quoted names and keywords. */
export const arbNameValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: arbIdentifier },
  { weight: 1, arbitrary: arbIntegerName },
  { weight: 2, arbitrary: arbQuotedName },
  { weight: 1, arbitrary: arbKeywordName },
);

export const arbNameAst: fc.Arbitrary<NameAst> = arbNameValue.map(nameAst);

/** Source text of a number as the lexer reads it: `-1`, `0.5`, `1e3`, `.25`, `007`. */
export const arbNumberText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.oneof(
      arbIntegerName,
      fc.tuple(arbIntegerName, arbIntegerName).map(([whole, fraction]) => `${whole}.${fraction}`),
      arbIntegerName.map((fraction) => `.${fraction}`),
    ),
    fc.constantFrom('', 'e3', 'E-2', 'e+1'),
  )
  .map(([sign, digits, exponent]) => sign + digits + exponent);

const arbNames = (maxLength: number) => fc.array(arbNameAst, { minLength: 1, maxLength });

const arbLabel: fc.Arbitrary<LabelAst> = fc.oneof(
  { weight: 4, arbitrary: arbNameAst.map((name): LabelAst => ({ kind: 'symbol', name, span: NO_SPAN })) },
  { weight: 1, arbitrary: fc.constant<LabelAst>({ kind: 'otherwise', span: NO_SPAN }) },
  { weight: 1, arbitrary: fc.constant<LabelAst>({ kind: 'epsilon', span: NO_SPAN }) },
);

const arbParameter: fc.Arbitrary<ParameterAst> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom('neurons', 'seed', 'beta', 'auto', 'hetero', 'eta', 'iterations', 'encoding'),
      arbIdentifier,
    ),
    fc.oneof(
      arbNumberText.map((text) => ({ kind: 'number' as const, value: Number(text), text, span: NO_SPAN })),
      arbIdentifier.map((value) => ({ kind: 'word' as const, value, span: NO_SPAN })),
    ),
  )
  .map(([name, value]) => ({ kind: 'parameter', name, nameSpan: NO_SPAN, value, span: NO_SPAN }));

export const arbNetworkAst: fc.Arbitrary<NetworkAst> = fc
  .array(arbParameter, { maxLength: 4 })
  .map((parameters) => ({ kind: 'network', parameters, span: NO_SPAN }));

const arbAutomatonMember: fc.Arbitrary<AutomatonMemberAst> = fc.oneof(
  arbNames(4).map((symbols): AutomatonMemberAst => ({ kind: 'alphabet', symbols, span: NO_SPAN })),
  arbNames(4).map((states): AutomatonMemberAst => ({ kind: 'states', states, span: NO_SPAN })),
  arbNames(2).map((states): AutomatonMemberAst => ({ kind: 'start', states, span: NO_SPAN })),
  arbNames(3).map((states): AutomatonMemberAst => ({ kind: 'accept', states, span: NO_SPAN })),
  fc
    .tuple(arbNameAst, arbNameAst, fc.array(arbLabel, { minLength: 1, maxLength: 3 }))
    .map(([from, to, labels]): AutomatonMemberAst => ({ kind: 'transition', from, to, labels, span: NO_SPAN })),
  arbNetworkAst,
);

/** Syntactically valid automata (not necessarily well-formed: members may repeat or conflict). */
export const arbAutomatonAst: fc.Arbitrary<AutomatonAst> = fc
  .tuple(fc.constantFrom('dfa' as const, 'nfa' as const), arbNameAst, fc.array(arbAutomatonMember, { maxLength: 8 }))
  .map(([type, name, members]) => ({ kind: 'automaton', type, name, members, span: NO_SPAN }));

const arbItem: fc.Arbitrary<ItemAst> = fc
  .tuple(arbNameAst, fc.option(arbNumberText, { nil: undefined }))
  .map(([name, dwell]) =>
    dwell === undefined
      ? { kind: 'item', name, span: NO_SPAN }
      : { kind: 'item', name, dwell: { value: Number(dwell), text: dwell, span: NO_SPAN }, span: NO_SPAN },
  );

const arbSequenceMember: fc.Arbitrary<SequenceMemberAst> = fc.oneof(
  fc
    .array(arbItem, { minLength: 1, maxLength: 5 })
    .map((items): SequenceMemberAst => ({ kind: 'items', items, span: NO_SPAN })),
  fc.constant<SequenceMemberAst>({ kind: 'loop', span: NO_SPAN }),
  arbNetworkAst,
);

/** Syntactically valid sequences (members in any order, possibly repeated). */
export const arbSequenceAst: fc.Arbitrary<SequenceAst> = fc
  .tuple(arbNameAst, fc.array(arbSequenceMember, { maxLength: 4 }))
  .map(([name, members]) => ({ kind: 'sequence', name, members, span: NO_SPAN }));

export const arbDeclarationAst: fc.Arbitrary<DeclarationAst> = fc.oneof(
  { weight: 2, arbitrary: arbAutomatonAst },
  { weight: 1, arbitrary: arbSequenceAst },
);

/** Whole files as a program would build them: NO_SPAN everywhere and no comments. */
export const arbFileAst: fc.Arbitrary<FileAst> = fc
  .array(arbDeclarationAst, { maxLength: 4 })
  .map((declarations) => ({ kind: 'file', declarations, comments: [], span: NO_SPAN }));

const COMMENTS = [
  '// note',
  '//',
  '// ünïcödé 😀 "quotes" /* inside */',
  '/* block */',
  '/**/',
  '/* two\n   lines */',
  '/* a // b */',
];

/**
 * Valid source with comments between tokens: a formatted `arbFileAst` with comments inserted at
 * token boundaries (a line comment always brings its own line break).
 */
export const arbCommentedSource: fc.Arbitrary<string> = arbFileAst.chain((file) => {
  const text = formatFile(file);
  const gaps = [0, ...fsaLexer.tokenize(text).tokens.map((t) => t.startOffset + t.image.length)];
  const insertion = fc.tuple(fc.integer({ min: 0, max: gaps.length - 1 }), fc.constantFrom(...COMMENTS));
  return fc.array(insertion, { maxLength: 6 }).map((insertions) => {
    const byGap = new Map<number, string[]>();
    for (const [gap, comment] of insertions) {
      const at = gaps[gap];
      byGap.set(at, [...(byGap.get(at) ?? []), comment.startsWith('//') ? ` ${comment}\n` : ` ${comment} `]);
    }
    let out = '';
    let previous = 0;
    for (const at of [...byGap.keys()].sort((a, b) => a - b)) {
      out += text.slice(previous, at) + (byGap.get(at) ?? []).join('');
      previous = at;
    }
    return out + text.slice(previous);
  });
});

const NOISE = [
  '{',
  '}',
  '"',
  '\\',
  '/*',
  '//',
  '*/',
  '->',
  ',',
  '(',
  ')',
  '=',
  '*',
  '\n',
  'on',
  'dfa',
  'ε',
  '😀',
  '$',
  '-',
];

/** Valid source broken by random edits: deleted slices, inserted punctuation and keywords, duplicated slices. */
export const arbMutatedSource: fc.Arbitrary<string> = arbCommentedSource.chain((text) => {
  const edit = fc.tuple(
    fc.constantFrom('delete', 'insert', 'duplicate'),
    fc.nat({ max: Math.max(0, text.length) }),
    fc.nat({ max: 12 }),
    fc.constantFrom(...NOISE),
  );
  return fc.array(edit, { minLength: 1, maxLength: 4 }).map((edits) =>
    edits.reduce((source, [kind, at, length, noise]) => {
      const start = Math.min(at, source.length);
      const end = Math.min(source.length, start + length);
      if (kind === 'delete') return source.slice(0, start) + source.slice(end);
      if (kind === 'insert') return source.slice(0, start) + noise + source.slice(start);
      return source.slice(0, end) + source.slice(start, end) + source.slice(end);
    }, text),
  );
});

/**
 * A deep copy without `span`/`nameSpan` and without the file's comments, for comparing ASTs by content.
 * With `ignoreForms`, names also lose `form` (how they were written), so `"a"` equals `a`.
 */
export function stripSpans(file: FileAst, options: { ignoreForms?: boolean } = {}): unknown {
  const { comments: _comments, ...rest } = file;
  const dropped = new Set(['span', 'nameSpan', ...(options.ignoreForms ? ['form'] : [])]);
  return strip(rest, dropped);
}

function strip(value: unknown, dropped: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, dropped));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (dropped.has(key) || field === undefined) continue;
    out[key] = strip(field, dropped);
  }
  return out;
}
