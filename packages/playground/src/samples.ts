/** The `.fsa` files of samples/, bundled into the page: file name -> text. */
const files = import.meta.glob<string>('../../../samples/*.fsa', { query: '?raw', import: 'default', eager: true });

export const SAMPLES: ReadonlyMap<string, string> = new Map(
  Object.entries(files)
    .map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);

/** A word to start with for some samples (others start empty). */
export const SAMPLE_WORDS: Readonly<Record<string, string>> = {
  'family-tree.fsa': 'wife daughter brother',
  'turnstile.fsa': 'coin push coin',
  'contains-101.fsa': '0101',
  'vending-machine.fsa': 'coin coin push',
  'traffic-light-outputs.fsa': 'tick tick tick tick',
};
