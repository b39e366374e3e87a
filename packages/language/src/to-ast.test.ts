import type { CstElement, CstNode } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fsaParser } from './parser.js';
import { arbCommentedSource, arbMutatedSource } from './testing/arbitraries.js';
import { propertyRuns } from './testing/property-runs.js';
import { fsaLexer } from './tokens.js';
import { tokenRange, tokenRangeByWalk } from './to-ast.js';

/** Every CST node of `text` as parsed with recovery, the file node first. */
function cstNodes(text: string): CstNode[] {
  fsaParser.load(fsaLexer.tokenize(text).tokens, text);
  const nodes: CstNode[] = [];
  const visit = (element: CstElement) => {
    if ('image' in element) return;
    nodes.push(element);
    for (const list of Object.values(element.children)) list.forEach(visit);
  };
  visit(fsaParser.file());
  return nodes;
}

describe('tokenRange', () => {
  const runs = propertyRuns(100);

  it.each([
    ['valid source', arbCommentedSource],
    ['source broken by random edits (recovery inserts and skips tokens)', arbMutatedSource],
  ])('finds the first and last real token of every CST node of %s, as a walk over all its tokens does', (_, source) => {
    fc.assert(
      fc.property(source, (text) => {
        for (const node of cstNodes(text)) expect(tokenRange(node)).toEqual(tokenRangeByWalk(node));
      }),
      runs,
    );
  });

  it('skips tokens that recovery inserted: a node with only those has no range', () => {
    const nodes = cstNodes('dfa X { q0 -> q1 on }');
    const label = nodes.find((n) => n.name === 'label');
    expect(label).toBeDefined();
    expect(tokenRange(label!)).toBeUndefined();
    expect(tokenRangeByWalk(label!)).toBeUndefined();
    const transition = nodes.find((n) => n.name === 'transition')!;
    expect(tokenRange(transition)!.last.image).toBe('on');
  });
});
