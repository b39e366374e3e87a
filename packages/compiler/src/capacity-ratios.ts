/**
 * Capacity three ways (docs/compiler.md, "Capacity"): what a network holds (automaton states, or the
 * patterns of a sequence, one per tick of its cycle) per neuron, per neuron and pattern together (the
 * softmax keeps one hidden slot per pattern, so a dense associative memory's size is n + p), and per
 * stored number (the n · p entries of the pattern matrix Xi that every update reads).
 */
export interface CapacityRatios {
  /** What is held: states of the automaton, or patterns of the sequence. */
  readonly states: number;
  readonly neurons: number;
  readonly patterns: number;
  /** n · p, the entries of Xi. */
  readonly storedNumbers: number;
  /** states / n. */
  readonly perNeuron: number;
  /** states / (n + p). */
  readonly perNeuronAndPattern: number;
  /** states / (n · p). */
  readonly perStoredNumber: number;
}

/** The three ratios of `states` held in n neurons and p patterns. O(1). */
export function capacityRatios(states: number, neurons: number, patterns: number): CapacityRatios {
  const storedNumbers = neurons * patterns;
  const ratio = (of: number) => (of > 0 ? states / of : 0);
  return {
    states,
    neurons,
    patterns,
    storedNumbers,
    perNeuron: ratio(neurons),
    perNeuronAndPattern: ratio(neurons + patterns),
    perStoredNumber: ratio(storedNumbers),
  };
}
