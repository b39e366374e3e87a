import type { SequenceAst } from '../ast.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { quote } from './hints.js';
import { keywordSpan } from './members.js';
import { DWELL_RANGE, isValidDwell } from './parameter-rules.js';

const SINGLE_MEMBERS = ['items', 'loop', 'network'] as const;

/**
 * The shape of one sequence: repeated members (FSA212), no items (FSA213) and dwell counts outside
 * whole 1..10000 ticks (FSA214). Network parameters are checked by `checkNetwork`. O(items).
 */
export function checkSequence(sequence: SequenceAst): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const owner = quote(sequence.name.value);
  for (const kind of SINGLE_MEMBERS) {
    const [first, ...rest] = sequence.members.filter((m) => m.kind === kind);
    for (const repeat of rest) {
      diagnostics.push(
        diagnostic(
          'FSA212',
          keywordSpan(repeat, kind),
          `${quote(kind)} appears more than once in sequence ${owner}`,
          kind === 'loop'
            ? `remove the repeated 'loop'`
            : `merge it into the ${quote(kind)} on line ${first.span.start.line}`,
        ),
      );
    }
  }

  const itemLists = sequence.members.flatMap((m) => (m.kind === 'items' ? [m] : []));
  if (itemLists.length === 0) {
    diagnostics.push(
      diagnostic('FSA213', sequence.name.span, `sequence ${owner} has no items`, `add a line such as 'items A, B, C'`),
    );
  } else if (itemLists.every((list) => list.items.length === 0)) {
    diagnostics.push(
      diagnostic(
        'FSA213',
        keywordSpan(itemLists[0], 'items'),
        `sequence ${owner} has no items`,
        `list the items after the keyword, e.g. 'items A, B, C'`,
      ),
    );
  }

  for (const list of itemLists) {
    for (const item of list.items) {
      if (item.dwell === undefined || isValidDwell(item.dwell.value)) continue;
      diagnostics.push(
        diagnostic(
          'FSA214',
          item.dwell.span,
          `bad dwell count ${quote(item.dwell.text)} for item ${quote(item.name.value)} in sequence ${owner}`,
          `a dwell is a whole number of ticks from ${DWELL_RANGE.min} to ${DWELL_RANGE.max}`,
        ),
      );
    }
  }
  return diagnostics;
}
