import type { NetworkParameters } from '@cdam/language';
import { parseChoiceOption, parseIntegerOption, parseNumberOption, type OptionValue } from './option-values.js';

/** The network flags of `cdam compile` and `cdam run`, as commander hands them over (text). */
export interface RawNetworkOptions {
  readonly neurons?: string;
  readonly seed?: string;
  readonly beta?: string;
  readonly auto?: string;
  readonly hetero?: string;
  readonly eta?: string;
  readonly iterations?: string;
  readonly encoding?: string;
}

/** Flag, help text and parser of each network parameter; the ranges are those of the `.fsa` language. */
export const NETWORK_FLAGS = [
  ['neurons', '--neurons <n>', 'number of neurons n, an integer from 2 to 1000000 (default: the smallest safe size)'],
  ['seed', '--seed <s>', 'seed of the pattern codes, an integer from 0 to 4294967295 (default 0)'],
  ['beta', '--beta <b>', 'softmax inverse temperature, > 0 and <= 1e6 (default: chosen from the worst gap)'],
  ['auto', '--auto <a>', 'auto-association strength a, from -100 to 100 (default -1)'],
  ['hetero', '--hetero <h>', 'hetero-association strength h, from -100 to 100 (default 2)'],
  ['eta', '--eta <e>', 'step size, > 0 and <= 1 (default 1)'],
  ['iterations', '--iterations <k>', 'iterations per input symbol K, an integer from 1 to 10000 (default 2)'],
  ['encoding', '--encoding <e>', 'pattern codes: bipolar or uniform (default bipolar)'],
] as const satisfies readonly (readonly [keyof RawNetworkOptions, string, string])[];

function parseOne(key: keyof RawNetworkOptions, text: string): OptionValue<number | 'bipolar' | 'uniform'> {
  const flag = `--${key}`;
  switch (key) {
    case 'neurons':
      return parseIntegerOption(flag, text, { min: 2, max: 1_000_000 });
    case 'seed':
      return parseIntegerOption(flag, text, { min: 0, max: 4_294_967_295 });
    case 'beta':
      return parseNumberOption(flag, text, { min: 0, max: 1e6, minExclusive: true });
    case 'auto':
    case 'hetero':
      return parseNumberOption(flag, text, { min: -100, max: 100 });
    case 'eta':
      return parseNumberOption(flag, text, { min: 0, max: 1, minExclusive: true });
    case 'iterations':
      return parseIntegerOption(flag, text, { min: 1, max: 10_000 });
    case 'encoding':
      return parseChoiceOption(flag, text, ['bipolar', 'uniform'] as const);
  }
}

/** The given flags as network parameters (they override the file's `network { ... }` block), or the first bad one. */
export function parseNetworkOptions(raw: RawNetworkOptions): OptionValue<NetworkParameters> {
  const parameters: Record<string, number | string> = {};
  for (const [key] of NETWORK_FLAGS) {
    const text = raw[key];
    if (text === undefined) continue;
    const parsed = parseOne(key, text);
    if (!parsed.ok) return parsed;
    parameters[key] = parsed.value;
  }
  return { ok: true, value: parameters as NetworkParameters };
}

/** Defaults of the strength flags for a sequence, whose exact tick needs other ones (docs/sequences.md, section 2). */
export const SEQUENCE_DEFAULTS = { auto: '-(1 - eta)/eta: -4', hetero: '1/eta: 5', eta: '0.2' } as const;

/**
 * `[key, flags, description]` of the network flags of a command that compiles sequences only (`'sequence'`:
 * no `--iterations`, the sequence defaults) or both kinds (`'both'`: each default named per kind).
 */
export function networkFlagsFor(target: 'sequence' | 'both'): [keyof RawNetworkOptions, string, string][] {
  const entries: [keyof RawNetworkOptions, string, string][] = [];
  for (const [key, flags, description] of NETWORK_FLAGS) {
    if (key === 'iterations') {
      if (target === 'both') entries.push([key, flags, description.replace(/\)$/, '; automata only)')]);
    } else if (key === 'auto' || key === 'hetero' || key === 'eta') {
      const sequence = SEQUENCE_DEFAULTS[key];
      const replaced = description.replace(/\(default ([^)]*)\)$/, (_, automaton: string) =>
        target === 'sequence' ? `(default ${sequence})` : `(default ${automaton}; for a sequence ${sequence})`,
      );
      entries.push([key, flags, replaced]);
    } else {
      entries.push([key, flags, description]);
    }
  }
  return entries;
}
