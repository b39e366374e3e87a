import {
  compileAutomaton,
  cycleGraph,
  karateClubGraph,
  pathGraph,
  patternMeaning,
  sequenceEdges,
  sequenceLayout,
  sequencePatternLabels,
  toUndirectedGraph,
  type UndirectedGraph,
  automatonSpecOf,
} from '@cdam/compiler';
import { findChosenDeclaration, toSequenceSpec } from '@cdam/language';
import type { Io } from './io.js';
import type { GraphSpec } from './graph-spec.js';
import { readCheckedFile } from './read-checked-file.js';
import { visiblePath } from './visible-path.js';

/**
 * The graph `--graph` names: a built-in one, or the memory graph of a `.fsa` file (`loadFileGraph`).
 * Problems go to stderr and give undefined.
 */
export async function loadGraph(
  io: Io,
  spec: GraphSpec,
  choose: { readonly automaton?: string; readonly sequence?: string },
): Promise<UndirectedGraph | undefined> {
  switch (spec.kind) {
    case 'cycle':
      return cycleGraph(spec.size);
    case 'path':
      return pathGraph(spec.size);
    case 'karate':
      return karateClubGraph();
    case 'file':
      return loadFileGraph(io, spec.path, choose);
  }
}

/**
 * The memory graph of a `.fsa` file's automaton or sequence, read as undirected: a sequence's chain (or
 * cycle), or a compiled automaton's patterns (states `q`, conjunctions `q·σ`) with their transition edges.
 * Chooses with `sequence` or `automaton`, else as `cdam compile` does (`findDeclaration`: the file's only
 * automaton, else its only sequence, else the message asks for a flag). Problems go to stderr.
 */
export async function loadFileGraph(
  io: Io,
  path: string,
  choose: { readonly automaton?: string; readonly sequence?: string },
): Promise<UndirectedGraph | undefined> {
  const checked = await readCheckedFile(io, path);
  if (!checked.ok) return undefined;
  const found = findChosenDeclaration(checked.file, choose);
  if (!found.ok) {
    io.err(`cdam: ${visiblePath(path)}: ${found.message}\n`);
    return undefined;
  }
  if (found.declaration.kind === 'sequence') {
    const spec = toSequenceSpec(found.declaration);
    const layout = sequenceLayout(spec);
    const edges = sequenceEdges(layout.positions.length, spec.loop);
    return toUndirectedGraph(spec.name, sequencePatternLabels(layout), edges.from, edges.to);
  }
  const built = automatonSpecOf(checked.file, found.declaration);
  if (!built.ok) {
    io.err(`cdam: ${visiblePath(path)}: ${built.message}\n`);
    return undefined;
  }
  const spec = built.spec;
  const compiled = compileAutomaton(spec, { sourceText: checked.source });
  if (compiled.kind === 'error') {
    io.err(`cdam: ${visiblePath(path)}: cannot compile '${spec.name}': ${compiled.error.message}\n`);
    return undefined;
  }
  const { dfa, patterns, edges } = compiled.network;
  const labels = Array.from({ length: patterns.count }, (_, mu) => {
    const meaning = patternMeaning(patterns, mu);
    const state = dfa.states[meaning.state];
    return meaning.kind === 'state' ? state : `${state}·${dfa.alphabet[meaning.symbol]}`;
  });
  return toUndirectedGraph(spec.name, labels, edges.from, edges.to);
}
