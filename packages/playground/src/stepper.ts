import { automatonOutputs } from '@cdam/automata';
import { createRng, type CompiledNetwork } from '@cdam/compiler';
import { quoteIfNeeded } from '@cdam/language';
import { Network, perturbStatePart } from '@cdam/runtime';

/** The noise levels the `n` key cycles through, as in `cdam step`. */
export const NOISE_LEVELS: readonly number[] = [0, 0.1, 0.2, 0.3];

/** One output of a tape as the page shows it. */
export interface TapeEntry {
  /** The output's name (quoted when needed, as the CLI prints it), `-` for no output. */
  readonly text: string;
  /** Whether it is not the output at the same place of the tape it is compared with. */
  readonly differs: boolean;
}

const outputText = (output: string | null | undefined) =>
  output === undefined ? '' : output === null ? '-' : quoteIfNeeded(output);

/** An output tape as shown, each entry compared with the same place of `against` when given. O(|tape|). */
export function outputTape(outputs: readonly (string | null)[], against?: readonly (string | null)[]): TapeEntry[] {
  return outputs.map((output, i) => ({
    text: outputText(output),
    differs: against !== undefined && outputText(output) !== outputText(against[i]),
  }));
}

/** What the page shows after some inputs: the network's reading and the automaton's state. */
export interface Snapshot {
  /** Symbols of the word read so far. */
  readonly consumed: number;
  /** Updates run since the last input (K after a step, more after extra iterations). */
  readonly iterations: number;
  readonly x: Float64Array;
  /** The decoded state (index into the compiled DFA's states) and its margin. */
  readonly decoded: number;
  readonly best: number;
  readonly margin: number;
  readonly quiescent: boolean;
  readonly correlations: Float64Array;
  /** A transducer network's output read from its state (null: no output); undefined for an acceptor. */
  readonly output: string | null | undefined;
  /** The automaton's state after `consumed` symbols (complete DFA, so never missing). */
  readonly automaton: number;
  /** The automaton transition that led here: [from, symbol, to], or null at the start. */
  readonly lastTransition: readonly [number, number, number] | null;
}

/**
 * Steps a word through a compiled network and its automaton side by side, keeping every snapshot so
 * `back` is exact. Each step costs K updates and one decode, O(K · kernel + states · n).
 */
export class Stepper {
  readonly compiled: CompiledNetwork;
  private readonly network: Network;
  private history: Snapshot[] = [];
  private word: readonly string[] = [];
  private readonly order: Int32Array;
  /**
   * Fraction of the state part perturbed before each input. As in `cdam step`, the perturbation at input
   * position i comes from the stream `createRng(seed, 'noise@i')`, so back and next repeat the same run.
   */
  noise = 0;

  constructor(compiled: CompiledNetwork) {
    this.compiled = compiled;
    this.network = new Network(compiled);
    this.order = new Int32Array(compiled.params.stateNeurons);
    this.reset([]);
  }

  get current(): Snapshot {
    return this.history[this.history.length - 1]!;
  }

  get symbols(): readonly string[] {
    return this.word;
  }

  /** Whether every symbol of the word has been read. */
  get done(): boolean {
    return this.current.consumed >= this.word.length;
  }

  /** Starts over at the start state with a new word. */
  reset(word: readonly string[] = this.word): void {
    this.word = word;
    this.network.reset();
    this.history = [this.read(0, 0, this.compiled.dfa.start, null)];
  }

  /** Whether the network is a transducer (Mealy or Moore), so it emits an output after each input. */
  get transducer(): boolean {
    return this.compiled.outputs !== undefined;
  }

  /**
   * The network's output tape so far: for each symbol read, the output in its state after that symbol (after
   * extra iterations for the last one); undefined for an acceptor. O(history).
   */
  networkOutputs(): (string | null)[] | undefined {
    if (!this.transducer) return undefined;
    const tape: (string | null)[] = [];
    for (const snapshot of this.history)
      if (snapshot.consumed > 0) tape[snapshot.consumed - 1] = snapshot.output ?? null;
    return tape;
  }

  /** The automaton's own output tape for the symbols read so far; undefined for an acceptor. O(|word|). */
  automatonOutputs(): (string | null)[] | undefined {
    if (!this.transducer) return undefined;
    return automatonOutputs(this.compiled.source.spec, this.word.slice(0, this.current.consumed));
  }

  /** Reads the next symbol (present it, then K updates); false at the end of the word. */
  next(): boolean {
    const from = this.current;
    if (from.consumed >= this.word.length) return false;
    const symbol = this.word[from.consumed]!;
    const s = this.compiled.dfa.alphabet.indexOf(symbol);
    if (s < 0) return false;
    this.network.state.set(from.x);
    if (this.noise > 0) {
      const { params, mean } = this.compiled;
      const rng = createRng(params.seed, `noise@${from.consumed}`);
      perturbStatePart(this.network.state, 0, mean, params.stateNeurons, this.noise, params.encoding, rng, this.order);
    }
    this.network.step(symbol);
    const to = this.compiled.dfa.delta[from.automaton]![s]!;
    this.history.push(this.read(from.consumed + 1, this.compiled.params.iterations, to, [from.automaton, s, to]));
    return true;
  }

  /** One more update without a new input (the `.` key of `cdam step`). */
  iterate(): void {
    const from = this.current;
    this.network.state.set(from.x);
    this.network.iterate();
    this.history.push(this.read(from.consumed, from.iterations + 1, from.automaton, from.lastTransition));
  }

  /** Undoes the last step or iteration; false at the start. */
  back(): boolean {
    if (this.history.length <= 1) return false;
    this.history.pop();
    return true;
  }

  /** Reads the rest of the word. */
  runToEnd(): void {
    while (this.next());
  }

  /** The network's verdict: its decoded state is accepting and active. */
  networkAccepts(snapshot: Snapshot = this.current): boolean {
    return !snapshot.quiescent && this.compiled.dfa.accepting.has(snapshot.decoded);
  }

  automatonAccepts(snapshot: Snapshot = this.current): boolean {
    return this.compiled.dfa.accepting.has(snapshot.automaton);
  }

  private read(
    consumed: number,
    iterations: number,
    automaton: number,
    lastTransition: Snapshot['lastTransition'],
  ): Snapshot {
    const d = this.network.decode();
    return {
      consumed,
      iterations,
      x: Float64Array.from(this.network.state),
      decoded: d.state,
      best: d.best,
      margin: d.margin,
      quiescent: d.quiescent,
      correlations: Float64Array.from(d.correlations),
      output: this.network.readOutput()?.output,
      automaton,
      lastTransition,
    };
  }
}
