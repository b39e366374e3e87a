import { describe, expect, it } from 'vitest';
import { astBuilder } from '../testing/ast-builders.js';
import { checkNetwork } from './parameters.js';

const check = (values: Record<string, number | string> | [string, number | string][]) => {
  const network = astBuilder().network(values);
  return { network, diagnostics: checkNetwork(network, 'P') };
};

describe('checkNetwork', () => {
  it('accepts every parameter at the edges of its range', () => {
    const low = {
      neurons: 2,
      seed: 0,
      beta: 1e-9,
      auto: -100,
      hetero: -100,
      eta: 1e-9,
      iterations: 1,
      encoding: 'bipolar',
    };
    const high = {
      neurons: 1e6,
      seed: 4294967295,
      beta: 1e6,
      auto: 100,
      hetero: 100,
      eta: 1,
      iterations: 10000,
      encoding: 'uniform',
    };
    expect(check(low).diagnostics).toEqual([]);
    expect(check(high).diagnostics).toEqual([]);
  });

  it.each([
    ['neurons', 1],
    ['neurons', 1000001],
    ['neurons', 2.5],
    ['seed', -1],
    ['seed', 4294967296],
    ['beta', 0],
    ['beta', 1000001],
    ['beta', Infinity],
    ['auto', -100.5],
    ['hetero', 101],
    ['eta', 0],
    ['eta', 1.01],
    ['iterations', 0],
    ['iterations', 10001],
    ['encoding', 3],
    ['encoding', 'binary'],
    ['neurons', 'many'],
  ] as const)('FSA209: %s = %s is out of range, reported at the value', (name, value) => {
    const { network, diagnostics } = check({ [name]: value });
    expect(diagnostics.map((d) => d.code)).toEqual(['FSA209']);
    expect(diagnostics[0].span).toEqual(network.parameters[0].value.span);
    expect(diagnostics[0].message).toBe(`bad value '${value}' for parameter '${name}' in 'P'`);
  });

  it('FSA209 hints state the range, and suggest a close encoding', () => {
    expect(check({ neurons: 1 }).diagnostics[0].hint).toBe(`'neurons' must be an integer from 2 to 1000000`);
    expect(check({ eta: 2 }).diagnostics[0].hint).toBe(`'eta' must be a number above 0 and at most 1`);
    expect(check({ encoding: 'bipolr' }).diagnostics[0].hint).toBe(
      `did you mean 'bipolar'? 'encoding' must be 'bipolar' or 'uniform'`,
    );
  });

  it('FSA210: an unknown parameter at its name, with a suggestion or the list of names', () => {
    const { network, diagnostics } = check({ nurons: 5, colour: 1 });
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([
      ['FSA210', network.parameters[0].nameSpan],
      ['FSA210', network.parameters[1].nameSpan],
    ]);
    expect(diagnostics[0].message).toBe(`unknown parameter 'nurons' in 'P'`);
    expect(diagnostics[0].hint).toBe(`did you mean 'neurons'?`);
    expect(diagnostics[1].hint).toBe('known parameters: neurons, seed, beta, auto, hetero, eta, iterations, encoding');
  });

  it('FSA212: a parameter set twice, at the second name; its value is not checked again', () => {
    const { network, diagnostics } = check([
      ['beta', 4],
      ['beta', -1],
    ]);
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['FSA212', network.parameters[1].nameSpan]]);
    expect(diagnostics[0].message).toBe(`parameter 'beta' is set more than once in 'P'`);
  });
});
