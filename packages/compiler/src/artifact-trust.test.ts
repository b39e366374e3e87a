import { describe, expect, it } from 'vitest';
import { toArtifact } from './artifact.js';
import { loadArtifact } from './artifact-load.js';
import { compileAutomaton } from './compile.js';
import { compileSequence } from './sequence/compile-sequence.js';
import { loadSequenceArtifact } from './sequence/sequence-artifact-load.js';
import { toSequenceArtifact } from './sequence/sequence-artifact.js';
import { parity, sequenceSpec } from './testing/index.js';

/** The parity artifact, edited by `edit` (on its parsed JSON). */
function parityArtifact(edit: (json: Record<string, any>) => void = () => {}): string {
  const result = compileAutomaton(parity);
  if (result.kind !== 'ok') throw new Error(result.error.message);
  const json = JSON.parse(toArtifact(result.network)) as Record<string, any>;
  edit(json);
  return JSON.stringify(json);
}

function loadError(text: string): string {
  const loaded = loadArtifact(text);
  return loaded.kind === 'error' ? loaded.message : 'loaded';
}

describe('an artifact shows what runs', () => {
  it('loads an unedited artifact without warnings', () => {
    const loaded = loadArtifact(parityArtifact());
    expect(loaded.kind === 'ok' && loaded.warnings).toEqual([]);
  });

  it('refuses a report that disagrees with the parameters, naming both values', () => {
    const beta = JSON.parse(parityArtifact()).parameters.beta as number;
    expect(loadError(parityArtifact((j) => (j.report.beta = 99)))).toBe(
      `invalid cdam-network artifact: report.beta: is 99 but parameters.beta is ${beta}: the file was edited`,
    );
    expect(loadError(parityArtifact((j) => (j.parameters.iterations = 7)))).toBe(
      'invalid cdam-network artifact: report.iterations: is 2 but parameters.iterations is 7: the file was edited',
    );
  });

  it('runs parameters that no longer give exactness (beta lowered in both places) with a warning naming beta', () => {
    const loaded = loadArtifact(
      parityArtifact((j) => {
        j.parameters.beta = 0.5;
        j.report.beta = 0.5;
      }),
    );
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(/^exactness is not guaranteed: beta = 0\.5 is below \d/);
    expect(loaded.network.report.exact).toBe(false);
    expect(loaded.network.report.warnings).toContain(loaded.warnings[0]);
  });

  it('names changed strengths when a and h were edited alike in report and parameters', () => {
    const loaded = loadArtifact(
      parityArtifact((j) => {
        j.parameters.hetero = j.report.hetero = j.report.hetero + 1;
        j.parameters.auto = j.report.auto = j.report.auto - 1;
      }),
    );
    if (loaded.kind !== 'ok') throw new Error(loaded.message);
    expect(loaded.warnings[0]).toMatch(/^exactness is not guaranteed: .*(auto|hetero|a =|h =)/);
    expect(loaded.network.report.exact).toBe(false);
  });
});

describe('an artifact automaton table is the one its source gives', () => {
  it.each([
    [
      'accepting',
      (j: Record<string, any>) => (j.automaton.accepting = [0, 1]),
      /^invalid cdam-network artifact: automaton\.accepting: lists "odd", which the source does not accept: the file was edited$/,
    ],
    [
      'start',
      (j: Record<string, any>) => (j.automaton.start = 1),
      /^invalid cdam-network artifact: automaton\.start: is 1 \("odd"\) but the source starts in "even": the file was edited$/,
    ],
    [
      'delta',
      (j: Record<string, any>) => (j.automaton.delta[0][1] = 0),
      /^invalid cdam-network artifact: automaton\.delta\[0\]\[1\]: is 0 \("even"\) but the source goes from "even" on "1" to "odd": the file was edited$/,
    ],
  ])('refuses an edited %s, naming the field', (_, edit, message) => {
    expect(loadError(parityArtifact(edit))).toMatch(message);
  });
});

describe('a sequence artifact shows what runs', () => {
  it('refuses a report that disagrees with the parameters, naming both values', () => {
    const compiled = compileSequence(sequenceSpec(['A', 'B', 'C'], { loop: true }));
    if (compiled.kind !== 'ok') throw new Error('does not compile');
    const json = JSON.parse(toSequenceArtifact(compiled.sequence)) as Record<string, any>;
    const eta = json.parameters.eta as number;
    json.report.eta = 0.9;
    const loaded = loadSequenceArtifact(JSON.stringify(json));
    expect(loaded.kind === 'error' ? loaded.message : 'loaded').toBe(
      `invalid cdam-sequence-network artifact: report.eta: is 0.9 but parameters.eta is ${eta}: the file was edited`,
    );
  });
});
