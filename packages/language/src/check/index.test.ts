import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkFile } from './index.js';

describe('checkFile', () => {
  it('is silent on a correct file', () => {
    const b = astBuilder();
    const parity = b.dfa(
      'Parity',
      b.alphabet('0', '1'),
      b.states('even', 'odd'),
      b.start('even'),
      b.accept('even'),
      b.transition('even', 'odd', '1'),
      b.transition('odd', 'even', '1'),
      b.transition('even', 'even', '*'),
      b.transition('odd', 'odd', '*'),
      b.network({ neurons: 512, seed: 7, beta: 8, auto: -1, hetero: 2, eta: 1, iterations: 2, encoding: 'bipolar' }),
    );
    const walk = b.sequence('Walk', b.items('A', 'B', ['A', 3], 'C'), b.loop(), b.network({ neurons: 2000 }));
    expect(checkFile(b.file(parity, walk))).toEqual([]);
  });

  it('runs every family and returns the diagnostics sorted by position', () => {
    const b = astBuilder();
    const file = b.file(
      b.sequence('S', b.items(['A', 0]), b.network({ beta: 0 })),
      b.dfa('S', b.alphabet('a', 'a'), b.start('q'), b.transition('q', 'q', 'b', 'ε'), b.network({ nurons: 3 })),
    );
    const diagnostics = checkFile(file);
    expect(diagnostics.map((d) => d.code).sort()).toEqual([
      'FSA203',
      'FSA205',
      'FSA206',
      'FSA206',
      'FSA209',
      'FSA210',
      'FSA214',
      'FSA243',
    ]);
    const offsets = diagnostics.map((d) => d.span.start.offset);
    expect(offsets).toEqual([...offsets].sort((x, y) => x - y));
  });

  it('holds back follow-on warnings: no unused symbol next to FSA203, no reachability warning for FSA201', () => {
    const b = astBuilder();
    const members = (symbol: string, target: string) => [
      b.alphabet('a', 'b'),
      b.states('q', 'r'),
      b.start('q'),
      b.accept('q'),
      b.transition('q', target, symbol),
      b.transition('r', 'q', 'a'),
    ];
    const codes = (target: string, symbol: string) =>
      checkFile(b.file(b.dfa('D', ...members(symbol, target))))
        .map((d) => d.code)
        .sort();
    expect(codes('q', 'a')).toEqual(['FSA240', 'FSA242']);
    expect(codes('q', 'c')).toEqual(['FSA203', 'FSA240']);
    expect(codes('x', 'a')).toEqual(['FSA201', 'FSA240', 'FSA242']);
  });
});
