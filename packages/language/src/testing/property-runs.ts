/**
 * Property-run settings from the environment (re-exported by `@cdam/automata/testing`): fixed seed (`CDAM_PROP_SEED`),
 * a modest run count (`CDAM_PROP_RUNS`, else `defaultRuns`) multiplied by `CDAM_PROP_RUNS_FACTOR`
 * (default 1; `pnpm test:long` sets 50). Pass the result to `fc.assert` so a failure prints its seed.
 */
export function propertyRuns(defaultRuns = 100): { seed: number; numRuns: number } {
  const factor = Number(process.env.CDAM_PROP_RUNS_FACTOR ?? 1);
  const runs = Number(process.env.CDAM_PROP_RUNS ?? defaultRuns);
  return {
    seed: Number(process.env.CDAM_PROP_SEED ?? 424242),
    numRuns: Math.max(1, Math.round(runs * (Number.isFinite(factor) && factor > 0 ? factor : 1))),
  };
}
