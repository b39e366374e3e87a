import type { OptionValue } from './option-values.js';

/** Largest built-in graph: the experiment keeps a p × p distance table and runs p starts at once. */
export const MAX_GRAPH_VERTICES = 2000;

/** What `--graph` names: a built-in graph or a `.fsa` file whose memory graph is used. */
export type GraphSpec =
  | { readonly kind: 'cycle' | 'path'; readonly size: number }
  | { readonly kind: 'karate' }
  | { readonly kind: 'file'; readonly path: string };

/** `cycle:N`, `path:N`, `karate`, or a path to a `.fsa` file. Loads nothing, so `--help` stays light. */
export function parseGraphOption(text: string): OptionValue<GraphSpec> {
  const sized = /^(cycle|path):(\d+)$/.exec(text);
  if (sized) {
    const kind = sized[1] as 'cycle' | 'path';
    const size = Number(sized[2]);
    const min = kind === 'cycle' ? 3 : 2;
    if (!(size >= min && size <= MAX_GRAPH_VERTICES)) {
      return {
        ok: false,
        message: `option '--graph' ${kind}:N needs N from ${min} to ${MAX_GRAPH_VERTICES}, got '${text}'`,
      };
    }
    return { ok: true, value: { kind, size } };
  }
  if (text === 'karate') return { ok: true, value: { kind: 'karate' } };
  if (/\.fsa$/i.test(text)) return { ok: true, value: { kind: 'file', path: text } };
  return { ok: false, message: `option '--graph' must be cycle:N, path:N, karate or a .fsa file, got '${text}'` };
}
