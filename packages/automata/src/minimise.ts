import { NO_EDGE, type Dfa } from './fa-types.js';
import { coReachableMask, reachableMask } from './trim.js';

/**
 * The minimal DFA of the same language (Hopcroft's partition refinement over index arrays).
 * The result is the unique minimal *trim* DFA: it has no dead state, so missing transitions (`NO_EDGE`)
 * mean rejection; `complete(minimise(d))` gives a total one. Unreachable and dead states of the input are
 * dropped first. States are numbered in breadth-first order from the start (symbols in alphabet order), so
 * two minimal DFAs of one language over one alphabet are equal up to names. Each state is named after the
 * lowest-index input state it contains. The empty language gives one non-accepting state without edges.
 * Never larger than the input; the input is untouched. Runs in O(n · k · log n).
 */
export function minimise(dfa: Dfa): Dfa {
  const k = dfa.alphabet.length;
  const reachable = reachableMask(dfa);
  const live = coReachableMask(dfa);
  if (!live[dfa.start]) {
    return {
      alphabet: [...dfa.alphabet],
      states: [dfa.states[dfa.start]],
      start: 0,
      accepting: new Set(),
      delta: [new Array<number>(k).fill(NO_EDGE)],
    };
  }

  // Useful states get indices 0..m-1 in input order; every other state and every missing edge goes to
  // one explicit sink m, so the refinement runs on a complete automaton of N = m + 1 states.
  const inputCount = dfa.states.length;
  const inner = new Int32Array(inputCount).fill(-1);
  const outer: number[] = [];
  for (let q = 0; q < inputCount; q++) {
    if (reachable[q] && live[q]) {
      inner[q] = outer.length;
      outer.push(q);
    }
  }
  const m = outer.length;
  const sink = m;
  const N = m + 1;
  const next = new Int32Array(N * k).fill(sink);
  for (let i = 0; i < m; i++) {
    const row = dfa.delta[outer[i]];
    for (let s = 0; s < k; s++) {
      const r = row[s];
      if (r !== NO_EDGE && inner[r] >= 0) next[i * k + s] = inner[r];
    }
  }

  // Predecessors on symbol s of state q: preds[predOffsets[q*k+s] .. predOffsets[q*k+s+1]).
  const predOffsets = new Int32Array(N * k + 1);
  for (let i = 0; i < N * k; i++) {
    const s = i % k;
    predOffsets[next[i] * k + s + 1]++;
  }
  for (let i = 1; i <= N * k; i++) predOffsets[i] += predOffsets[i - 1];
  const preds = new Int32Array(N * k);
  const fill = predOffsets.slice(0, N * k);
  for (let p = 0; p < N; p++) {
    for (let s = 0; s < k; s++) preds[fill[next[p * k + s] * k + s]++] = p;
  }

  const partition = createPartition(N, (q) => q < m && dfa.accepting.has(outer[q]));
  refine(partition, k, predOffsets, preds);

  // Number the blocks breadth-first from the start; the sink's block becomes NO_EDGE.
  const { blockOf, elements, first } = partition;
  const sinkBlock = blockOf[sink];
  const newIndex = new Int32Array(partition.blockCount).fill(-1);
  const order: number[] = [blockOf[inner[dfa.start]]];
  newIndex[order[0]] = 0;
  const delta: number[][] = [];
  for (let head = 0; head < order.length; head++) {
    const representative = elements[first[order[head]]];
    const row = new Array<number>(k);
    for (let s = 0; s < k; s++) {
      const target = blockOf[next[representative * k + s]];
      if (target === sinkBlock) {
        row[s] = NO_EDGE;
        continue;
      }
      if (newIndex[target] < 0) {
        newIndex[target] = order.length;
        order.push(target);
      }
      row[s] = newIndex[target];
    }
    delta.push(row);
  }

  const states = new Array<string>(order.length);
  const accepting = new Set<number>();
  for (let i = 0; i < m; i++) {
    const index = newIndex[blockOf[i]];
    if (states[index] === undefined) states[index] = dfa.states[outer[i]]; // outer is ascending: lowest first
    if (dfa.accepting.has(outer[i])) accepting.add(index);
  }
  return { alphabet: [...dfa.alphabet], states, start: 0, accepting, delta };
}

/**
 * A partition of 0..N-1 (internal). Block b holds `elements[first[b] .. end[b])`; `location[q]` is q's
 * position in `elements`. During a split the marked members are swapped to the front of their block.
 */
interface Partition {
  readonly elements: Int32Array;
  readonly location: Int32Array;
  readonly blockOf: Int32Array;
  readonly first: Int32Array;
  readonly end: Int32Array;
  readonly marked: Int32Array;
  blockCount: number;
}

function createPartition(N: number, isAccepting: (q: number) => boolean): Partition {
  const elements = new Int32Array(N);
  const location = new Int32Array(N);
  const blockOf = new Int32Array(N);
  let front = 0;
  let back = N;
  for (let q = 0; q < N; q++) {
    const position = isAccepting(q) ? front++ : --back;
    elements[position] = q;
    location[q] = position;
  }
  const partition: Partition = {
    elements,
    location,
    blockOf,
    first: new Int32Array(N),
    end: new Int32Array(N),
    marked: new Int32Array(N),
    blockCount: 0,
  };
  const addBlock = (from: number, to: number): void => {
    if (from === to) return;
    const b = partition.blockCount++;
    partition.first[b] = from;
    partition.end[b] = to;
    for (let i = from; i < to; i++) blockOf[elements[i]] = b;
  };
  addBlock(0, front);
  addBlock(front, N);
  return partition;
}

/**
 * Hopcroft's refinement: splitters (block, symbol) are processed from a worklist; after a split only the
 * smaller half is added for a symbol unless the block was still waiting, which gives O(N · k · log N).
 */
function refine(partition: Partition, k: number, predOffsets: Int32Array, preds: Int32Array): void {
  const { elements, location, blockOf, first, end, marked } = partition;
  const N = elements.length;
  const waiting = new Int32Array(N * k);
  const isWaiting = new Uint8Array(N * k);
  let waitingCount = 0;
  const push = (item: number): void => {
    isWaiting[item] = 1;
    waiting[waitingCount++] = item;
  };
  if (partition.blockCount === 2) {
    const smaller = end[0] - first[0] <= end[1] - first[1] ? 0 : 1;
    for (let s = 0; s < k; s++) push(smaller * k + s);
  }

  const splitterPreds = new Int32Array(N);
  const touched = new Int32Array(N);
  while (waitingCount > 0) {
    const item = waiting[--waitingCount];
    isWaiting[item] = 0;
    const splitter = (item / k) | 0;
    const symbol = item - splitter * k;

    // Collect first: marking permutes blocks, the splitter included.
    let predCount = 0;
    for (let i = first[splitter]; i < end[splitter]; i++) {
      const base = elements[i] * k + symbol;
      for (let e = predOffsets[base]; e < predOffsets[base + 1]; e++) splitterPreds[predCount++] = preds[e];
    }

    let touchedCount = 0;
    for (let j = 0; j < predCount; j++) {
      const p = splitterPreds[j];
      const block = blockOf[p];
      const target = first[block] + marked[block];
      const position = location[p];
      const other = elements[target];
      elements[target] = p;
      location[p] = target;
      elements[position] = other;
      location[other] = position;
      if (marked[block]++ === 0) touched[touchedCount++] = block;
    }

    for (let t = 0; t < touchedCount; t++) {
      const block = touched[t];
      const markedCount = marked[block];
      marked[block] = 0;
      const size = end[block] - first[block];
      if (markedCount === size) continue;
      const split = partition.blockCount++;
      first[split] = first[block];
      end[split] = first[block] + markedCount;
      first[block] = end[split];
      for (let i = first[split]; i < end[split]; i++) blockOf[elements[i]] = split;
      const keepSmaller = markedCount <= size - markedCount ? split : block;
      for (let s = 0; s < k; s++) {
        if (isWaiting[block * k + s]) push(split * k + s);
        else push(keepSmaller * k + s);
      }
    }
  }
}
