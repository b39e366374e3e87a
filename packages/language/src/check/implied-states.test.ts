import { describe, expect, it } from 'vitest';
import { checkSource } from '../check-source.js';

/** Each diagnostic as `code message`. */
function reported(source: string): string[] {
  return checkSource(source).diagnostics.map((d) => `${d.code} ${d.message}`);
}

const door = (start: string, accept: string, states = '') => `dfa D {
  alphabet a, b${states}
  start ${start}
  accept ${accept}
  q0 -> q1 on a
  q1 -> q0 on b
}
`;

describe('FSA216: a name only in start or accept, spelt like a state of the transitions', () => {
  it('is an error with "did you mean", and no further warning about it', () => {
    expect(reported(door('q0', 'qq1'))).toEqual([
      "FSA216 state 'qq1' of 'D' appears only in 'accept'; did you mean 'q1'?",
    ]);
    expect(reported(door('Q0', 'q1'))).toEqual([
      "FSA216 state 'Q0' of 'D' appears only in 'start'; did you mean 'q0'?",
    ]);
    expect(reported(door('q0', 'q1, q11'))).toEqual([
      "FSA216 state 'q11' of 'D' appears only in 'accept'; did you mean 'q1'?",
    ]);
  });

  it('leaves names that are not close, declared states and automata without transitions alone', () => {
    expect(reported(door('q0', 'finish')).map((r) => r.slice(0, 6))).toEqual(['FSA246', 'FSA240']);
    expect(reported(door('q0', 'q2', '\n  states q0, q1')).map((r) => r.slice(0, 6))).toEqual(['FSA201']);
    expect(reported('dfa E {\n  alphabet a\n  start s\n  accept t\n}\n')).not.toContain(
      expect.stringMatching(/^FSA216/),
    );
    expect(reported(door('q0', 'q1'))).toEqual([]);
  });
});
