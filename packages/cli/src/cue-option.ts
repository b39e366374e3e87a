import type { CompiledSequence } from '@cdam/compiler';
import { closestMatch } from './did-you-mean.js';

/** Which step to cue, and a note for the user when the choice was not obvious. */
export type CueChoice =
  | { readonly ok: true; readonly step: number; readonly note?: string }
  | { readonly ok: false; readonly message: string };

/**
 * The step a recall starts from: `--cue-index I` (a step of the items list, 0-based), or `--cue ITEM` (its
 * first occurrence, with a note when it occurs more than once), or step 0.
 */
export function chooseCue(sequence: CompiledSequence, cue?: string, cueIndex?: number): CueChoice {
  const steps = sequence.spec.items;
  if (cueIndex !== undefined) {
    if (cueIndex >= steps.length) {
      return {
        ok: false,
        message: `--cue-index ${cueIndex} is past the end of '${sequence.name}': its steps are 0..${steps.length - 1}`,
      };
    }
    return { ok: true, step: cueIndex };
  }
  if (cue === undefined) return { ok: true, step: 0 };
  const at = steps.flatMap((item, step) => (item === cue ? [step] : []));
  if (at.length === 0) {
    const guess = closestMatch(cue, sequence.items);
    const items = `its items are ${sequence.items.join(', ')}`;
    const help = guess !== undefined ? `; did you mean '${guess}'? ${items}` : `; ${items}`;
    return { ok: false, message: `'${cue}' is not an item of '${sequence.name}'${help}` };
  }
  if (at.length === 1) return { ok: true, step: at[0] };
  return {
    ok: true,
    step: at[0],
    note: `'${cue}' occurs ${at.length} times (steps ${at.join(', ')}); cueing the first (step ${at[0]}); choose another with --cue-index`,
  };
}
