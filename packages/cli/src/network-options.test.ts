import {
  DEFAULT_AUTO,
  DEFAULT_ENCODING,
  DEFAULT_ETA,
  DEFAULT_HETERO,
  DEFAULT_ITERATIONS,
  DEFAULT_SEED,
  SEQUENCE_ETA,
  sequenceStrengths,
} from '@cdam/compiler';
import { describe, expect, it } from 'vitest';
import { NETWORK_FLAGS, networkFlagsFor, parseNetworkOptions } from './network-options.js';

describe('parseNetworkOptions', () => {
  it('converts every given flag and leaves the others out', () => {
    expect(
      parseNetworkOptions({
        neurons: '512',
        seed: '7',
        beta: '8',
        auto: '-1',
        hetero: '2',
        eta: '0.5',
        iterations: '3',
        encoding: 'uniform',
      }),
    ).toEqual({
      ok: true,
      value: { neurons: 512, seed: 7, beta: 8, auto: -1, hetero: 2, eta: 0.5, iterations: 3, encoding: 'uniform' },
    });
    expect(parseNetworkOptions({})).toEqual({ ok: true, value: {} });
  });

  it.each([
    [{ neurons: 'abc' }, "option '--neurons' must be an integer from 2 to 1000000, got 'abc'"],
    [{ neurons: '1e99' }, "option '--neurons' must be an integer from 2 to 1000000, got '1e99'"],
    [{ neurons: '-4' }, "option '--neurons' must be an integer from 2 to 1000000, got '-4'"],
    [{ seed: '4294967296' }, "option '--seed' must be an integer from 0 to 4294967295, got '4294967296'"],
    [{ beta: '0' }, "option '--beta' must be a number greater than 0 and at most 1000000, got '0'"],
    [{ auto: '-101' }, "option '--auto' must be a number from -100 to 100, got '-101'"],
    [{ eta: '1.5' }, "option '--eta' must be a number greater than 0 and at most 1, got '1.5'"],
    [{ iterations: '0' }, "option '--iterations' must be an integer from 1 to 10000, got '0'"],
    [{ encoding: 'binary' }, "option '--encoding' must be one of bipolar, uniform, got 'binary'"],
  ])('rejects %j naming the flag and its range', (raw, message) => {
    expect(parseNetworkOptions(raw)).toEqual({ ok: false, message });
  });
});

describe('NETWORK_FLAGS', () => {
  // The help text names the compiler's defaults without importing the compiler (so `cdam check` stays light).
  it('states the defaults the compiler uses', () => {
    const help = Object.fromEntries(NETWORK_FLAGS.map(([key, , description]) => [key, description]));
    expect(help.seed).toContain(`(default ${DEFAULT_SEED})`);
    expect(help.auto).toContain(`(default ${DEFAULT_AUTO})`);
    expect(help.hetero).toContain(`(default ${DEFAULT_HETERO})`);
    expect(help.eta).toContain(`(default ${DEFAULT_ETA})`);
    expect(help.iterations).toContain(`(default ${DEFAULT_ITERATIONS})`);
    expect(help.encoding).toContain(`(default ${DEFAULT_ENCODING})`);
  });
});

describe('networkFlagsFor', () => {
  const helpOf = (target: 'sequence' | 'both') =>
    Object.fromEntries(networkFlagsFor(target).map(([key, , description]) => [key, description]));

  it("states the sequence compiler's defaults for recall, without --iterations", () => {
    const help = helpOf('sequence');
    const { a, h } = sequenceStrengths(SEQUENCE_ETA);
    expect(help.auto).toMatch(new RegExp(`\\(default -\\(1 - eta\\)/eta: ${a}\\)$`));
    expect(help.hetero).toMatch(new RegExp(`\\(default 1/eta: ${h}\\)$`));
    expect(help.eta).toMatch(new RegExp(`\\(default ${SEQUENCE_ETA}\\)$`));
    expect(help.iterations).toBeUndefined();
    expect(help.seed).toContain(`(default ${DEFAULT_SEED})`);
  });

  it('names both defaults for compile, and marks --iterations as for automata only', () => {
    const help = helpOf('both');
    expect(help.auto).toContain(`(default ${DEFAULT_AUTO}; for a sequence -(1 - eta)/eta: -4)`);
    expect(help.eta).toContain(`(default ${DEFAULT_ETA}; for a sequence ${SEQUENCE_ETA})`);
    expect(help.iterations).toContain(`(default ${DEFAULT_ITERATIONS}; automata only)`);
  });
});
