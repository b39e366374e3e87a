import * as automata from '@cdam/automata';
import * as compiler from '@cdam/compiler';
import * as runtime from '@cdam/runtime';
import type { RecallFigure } from './bench-result.js';

/** Names a sequence-recall API would go by; their appearance is reported so this bench gets wired to it. */
const RECALL_API_NAMES = ['compileSequence', 'recall', 'recallSequence', 'benchRecall', 'SequenceNetwork'];

/**
 * Recall ticks per second of a compiled sequence network: the place for that figure. No package exports
 * a sequence-recall API yet, so this reports why there is no figure (and which names appeared, if any).
 */
export function benchRecall(log: (line: string) => void): RecallFigure {
  const found = Object.entries({ automata, compiler, runtime }).flatMap(([pkg, exports]) =>
    RECALL_API_NAMES.filter((name) => name in exports).map((name) => `@cdam/${pkg}.${name}`),
  );
  const reason =
    found.length === 0
      ? `no sequence-recall API (${RECALL_API_NAMES.join(', ')}) in @cdam/compiler or @cdam/runtime yet`
      : `${found.join(', ')} exported, but bench/recall-bench.ts does not time it yet`;
  log(`recall: not measured (${reason})`);
  return { available: false, reason };
}
